package vn.dangbo.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Payara Micro with the application's WAR, run as a child process of the benchmark. */
final class PayaraServer implements AutoCloseable {

    private final Path microJar;
    private final Path war;
    private final Path work;
    private final int port;
    private final String maxHeap;
    private Process process;

    PayaraServer(Path microJar, Path war, Path work, int port) {
        this(microJar, war, work, port, "1g");
    }

    /** {@code maxHeap} as -Xmx takes it ("512m"): the import benchmark holds the server to its memory target. */
    PayaraServer(Path microJar, Path war, Path work, int port, String maxHeap) {
        this.microJar = microJar;
        this.war = war;
        this.work = work;
        this.port = port;
        this.maxHeap = maxHeap;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The server's process id (-1 before it starts), to read its resident memory from /proc. */
    long pid() {
        Process p = process;
        return p == null ? -1 : p.pid();
    }

    Path log() {
        return work.resolve("payara.log");
    }

    void start(Map<String, String> env) throws IOException {
        Path root = work.resolve("payara-root");
        Path tmp = work.resolve("payara-tmp");
        BenchDatabase.deleteTree(root);
        BenchDatabase.deleteTree(tmp);
        Files.createDirectories(tmp);
        // As run.sh starts it: the JSON provider named, not searched for on every token parsed.
        List<String> cmd = new ArrayList<>(List.of(javaExecutable(), "-Xmx" + maxHeap,
                "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl", "-Djava.io.tmpdir=" + tmp));
        // BENCH_SERVER_JVM_OPTS: extra options for the server's JVM, e.g. a flight recording to see where time goes.
        String extra = System.getenv("BENCH_SERVER_JVM_OPTS");
        if (extra != null && !extra.isBlank()) {
            cmd.addAll(List.of(extra.trim().split("\\s+")));
        }
        cmd.addAll(List.of("-jar", microJar.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", Integer.toString(port),
                "--nocluster",
                "--rootdir", root.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(log().toFile());
        pb.environment().putAll(env);
        process = pb.start();
    }

    /** Waits until /health/ready and /api/config answer 200; fails if Payara exits or time runs out. */
    void awaitReady(Duration limit) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with code " + process.exitValue()
                        + "; see " + log() + "\n" + tail(40));
            }
            if (ok(http, "/health/ready") && ok(http, "/api/config")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Payara Micro not ready after " + limit.toSeconds() + " s; see " + log()
                + "\n" + tail(40));
    }

    private boolean ok(HttpClient http, String path) throws InterruptedException {
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** Lines of the Payara log at SEVERE level (a deployment that "worked" may still have failed). */
    long severeLines() throws IOException {
        try (var lines = Files.lines(log(), StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.contains("SEVERE")).count();
        } catch (java.io.UncheckedIOException e) {
            return -1; // a line that is not UTF-8: not worth failing over
        }
    }

    String tail(int n) {
        try {
            List<String> lines = Files.readAllLines(log(), StandardCharsets.ISO_8859_1);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public synchronized void close() {
        if (process == null) {
            return;
        }
        Process p = process;
        process = null;
        if (p.isAlive()) {
            p.destroy(); // SIGTERM: Payara shuts down through its own hook
            try {
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    System.err.println("  Payara Micro did not stop in 30 s: killing it");
                    p.destroyForcibly();
                    p.waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        System.out.println("  Payara Micro stopped");
    }

    static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
