package vn.dangbo.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The processes the launcher started, stopped in reverse order with everything they spawned. */
final class Children {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    private final List<Named> started = new ArrayList<>();

    record Named(String name, Process process, Path log) {
    }

    Named start(String name, List<String> command, Path workDir, Map<String, String> env, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(env);
        Named n = new Named(name, pb.start(), log);
        synchronized (started) {
            started.add(n);
        }
        return n;
    }

    /** Polls a URL until it answers 200, the process dies, or time runs out. */
    static void awaitHttp200(Named child, String url, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
        while (System.nanoTime() < deadline) {
            if (child != null && !child.process().isAlive()) {
                throw new IllegalStateException(child.name() + " stopped (exit " + child.process().exitValue()
                        + "); see " + child.log());
            }
            try {
                if (HTTP.send(req, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException((child == null ? url : child.name()) + " did not become ready within "
                + timeout.toSeconds() + " s" + (child == null ? "" : "; see " + child.log()));
    }

    /**
     * Saves a key set (JWKS) to a file, written aside then moved in, if the URL answers 200 with a "keys" member
     * (a proxy's error page must not replace the keys). The application refreshes the file itself afterwards.
     */
    static boolean saveKeysIfOk(String url, Path file) {
        try {
            HttpResponse<String> res = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (res.statusCode() != 200 || !res.body().contains("\"keys\"")) {
                return false;
            }
            Files.createDirectories(file.getParent());
            Path next = file.resolveSibling(file.getFileName() + ".next");
            Files.writeString(next, res.body());
            Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** No longer watched (it died and the rest carries on without it). */
    void forget(Named child) {
        synchronized (started) {
            started.remove(child);
        }
    }

    /** The first child that died on its own, if any. */
    Named dead() {
        synchronized (started) {
            return started.stream().filter(n -> !n.process().isAlive()).findFirst().orElse(null);
        }
    }

    void stopAll() {
        List<Named> reversed;
        synchronized (started) {
            reversed = new ArrayList<>(started);
            started.clear();
        }
        java.util.Collections.reverse(reversed);
        for (Named n : reversed) {
            stop(n);
        }
    }

    private static void stop(Named n) {
        ProcessHandle handle = n.process().toHandle();
        List<ProcessHandle> tree = new ArrayList<>(handle.descendants().toList());
        tree.add(handle);
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle h : tree) {
            try {
                h.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception slow) {
                h.destroyForcibly();
            }
        }
        System.out.println("  stopped " + n.name());
    }
}
