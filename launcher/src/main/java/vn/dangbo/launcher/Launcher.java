package vn.dangbo.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Starts the whole system as real processes, in order: MariaDB (embedded, unless WARD_DB_URL is
 * set), Keycloak (the distribution from Maven Central, unless WARD_AUTH_URL is set), then Payara
 * Micro with the WAR. Ctrl-C stops everything it started, in reverse order.
 */
public final class Launcher {

    /** Payara Micro's JVM option naming the JSON provider (see where the server is started). */
    public static final String JSON_PROVIDER = "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl";

    private final Settings settings;
    private final Children children = new Children();
    private final EmbeddedDatabase database = new EmbeddedDatabase();

    private Launcher(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        Path launcherDir = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        Settings settings;
        try {
            settings = Settings.from(System.getenv(), args, launcherDir);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Launcher launcher = new Launcher(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "stop"));
        try {
            launcher.start();
        } catch (Exception e) {
            System.err.println();
            System.err.println("Could not start: " + e.getMessage());
            System.exit(1);
        }
        launcher.watch();
    }

    private void start() throws Exception {
        Files.createDirectories(settings.home().resolve("logs"));
        checkFiles();
        checkPortsFree();
        if (settings.embeddedDb()) {
            step("MariaDB (embedded) on port " + settings.dbPort() + ", data in " + settings.home().resolve("db"));
            database.start(settings.home(), settings.dbPort());
        } else {
            step("MariaDB/MySQL: external, " + settings.externalDbUrl().replaceAll("password=[^&]*", "password=…"));
        }
        if (settings.embeddedKeycloak()) {
            startKeycloak();
        } else {
            step("Keycloak: external, " + settings.externalAuthUrl());
        }
        startPayara();
        printBanner();
        if (settings.readyFile() != null) {
            Files.writeString(settings.readyFile(), Long.toString(ProcessHandle.current().pid()));
        }
    }

    private void startKeycloak() throws Exception {
        Path zip = settings.runtime().resolve("keycloak-quarkus-dist.zip");
        Path dist = unpackOnce(zip, settings.home());
        Path imports = dist.resolve("data/import");
        Files.createDirectories(imports);
        Files.copy(settings.realmFile(), imports.resolve("realm-ward.json"), StandardCopyOption.REPLACE_EXISTING);
        step("Keycloak on port " + settings.keycloakPort() + " (first start builds itself: about 40 s)");
        Map<String, String> env = new HashMap<>();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        env.put("JAVA_OPTS_KC_HEAP", "-Xms32m -Xmx384m");
        env.put("JAVA_HOME", javaHome());
        List<String> cmd = List.of("bash", "bin/kc.sh", "start-dev",
                "--http-port=" + settings.keycloakPort(),
                "--http-management-port=" + settings.keycloakManagementPort(),
                "--hostname=" + settings.authUrl(),
                "--health-enabled=true", "--import-realm");
        var kc = children.start("Keycloak", cmd, dist, env, settings.home().resolve("logs/keycloak.log"));
        Children.awaitHttp200(kc, "http://localhost:" + settings.keycloakManagementPort() + "/health/ready",
                Duration.ofSeconds(300));
        Children.awaitHttp200(kc, settings.authUrl() + "/realms/ward/.well-known/openid-configuration",
                Duration.ofSeconds(60));
    }

    private void startPayara() throws Exception {
        step("Payara Micro on port " + settings.httpPort() + " with " + settings.war().getFileName());
        Map<String, String> env = new HashMap<>();
        env.put("WARD_DB_URL", settings.dbUrl());
        env.put("WARD_DB_USER", settings.dbUser());
        env.put("WARD_DB_PASSWORD", settings.dbPassword());
        env.put("WARD_DEMO_SEED", Boolean.toString(settings.seedDemo()));
        env.put("WARD_AUTH_PUBLIC_URL", settings.authUrl());
        env.putIfAbsent("MP_JWT_VERIFY_ISSUER", settings.authUrl() + "/realms/ward");
        // Tokens are checked against a copy of Keycloak's signing keys that the application refreshes every
        // minute and keeps when Keycloak is down, so signed-in users carry on until their tokens expire. The
        // first copy is made here, so it is there before the first request.
        String certs = settings.authUrl() + "/realms/ward/protocol/openid-connect/certs";
        if (System.getenv("MP_JWT_VERIFY_PUBLICKEY_LOCATION") == null) {
            Path keys = settings.home().resolve("auth/jwks.json");
            if (!Children.saveKeysIfOk(certs, keys) && !Files.isRegularFile(keys)) {
                System.err.println("Warning: could not read the sign-in service's keys from " + certs
                        + "; sign-in will fail until it answers");
            }
            env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.toUri().toString());
            env.put("WARD_AUTH_JWKS_SOURCE", certs);
            env.put("WARD_AUTH_JWKS_FILE", keys.toString());
        }
        // Handbook accounts: the application manages members' logins as the ward-accounts client; the
        // demo realm's secret only for the embedded Keycloak, an external one needs WARD_ACCOUNTS_CLIENT_SECRET.
        env.put("WARD_ACCOUNTS_KEYCLOAK_URL", settings.authUrl());
        if (settings.embeddedKeycloak()) {
            env.put("WARD_ACCOUNTS_CLIENT_SECRET", "demo-accounts-secret");
        }
        System.getenv().forEach((k, v) -> {
            if (k.startsWith("MP_JWT_") || k.startsWith("WARD_ACCOUNTS_")) {
                env.put(k, v);
            }
        });
        Path root = settings.home().resolve("payara");
        Files.createDirectories(root);
        // The JSON provider named up front: otherwise every Json.createReader (Payara parses each token's claims
        // with it) searches the class path for one: a sixth of the server's CPU samples in a profile under load.
        List<String> cmd = new ArrayList<>(List.of(javaExecutable(), "-Xmx1g", JSON_PROVIDER,
                "-Djava.io.tmpdir=" + settings.home().resolve("tmp"),
                "-jar", settings.runtime().resolve("payara-micro.jar").toString(),
                "--deploy", settings.war().toString(), "--contextroot", "/",
                "--port", Integer.toString(settings.httpPort()), "--nocluster",
                "--rootdir", root.toString()));
        var payara = children.start("Payara Micro", cmd, settings.home(), env, settings.home().resolve("logs/payara.log"));
        Children.awaitHttp200(payara, settings.appUrl() + "/health/ready", Duration.ofSeconds(300));
        Children.awaitHttp200(payara, settings.appUrl() + "/api/config", Duration.ofSeconds(30));
    }

    /** Waits until Ctrl-C, or ends everything if the database or the application server dies. */
    private void watch() throws InterruptedException {
        while (true) {
            Thread.sleep(1000);
            Children.Named dead = children.dead();
            if (dead != null && dead.name().equals("Keycloak")) {
                // Signing in stops, but nothing else needs Keycloak: tokens already issued keep working.
                System.err.println("Keycloak stopped unexpectedly (exit " + dead.process().exitValue() + "); see "
                        + dead.log() + ". Signing in is unavailable until ./run.sh is restarted; the application "
                        + "keeps serving signed-in users.");
                children.forget(dead);
            } else if (dead != null) {
                System.err.println(dead.name() + " stopped unexpectedly (exit " + dead.process().exitValue()
                        + "); see " + dead.log() + ". Stopping the rest.");
                System.exit(1);
            }
        }
    }

    private void stop() {
        System.out.println();
        System.out.println("Stopping…");
        children.stopAll();
        database.stop();
        if (settings.readyFile() != null) {
            try {
                Files.deleteIfExists(settings.readyFile());
            } catch (IOException ignored) {
                // nothing to clean
            }
        }
    }

    private void checkFiles() {
        for (Path p : List.of(settings.war(), settings.runtime().resolve("payara-micro.jar"))) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalStateException(p + " is missing: build first (./mvnw -DskipTests package)");
            }
        }
        if (settings.embeddedKeycloak() && !Files.isRegularFile(settings.realmFile())) {
            throw new IllegalStateException("realm file " + settings.realmFile() + " is missing");
        }
    }

    private void checkPortsFree() {
        List<Integer> ports = new ArrayList<>(List.of(settings.httpPort()));
        if (settings.embeddedDb()) {
            ports.add(settings.dbPort());
        }
        if (settings.embeddedKeycloak()) {
            ports.add(settings.keycloakPort());
            ports.add(settings.keycloakManagementPort());
        }
        for (int port : ports) {
            try (ServerSocket s = new ServerSocket(port)) {
                s.setReuseAddress(true);
            } catch (IOException e) {
                throw new IllegalStateException("port " + port + " is already in use (another ./run.sh?). "
                        + "Stop it, or choose other ports: see WARD_*_PORT in the README");
            }
        }
    }

    /** Unzips the Keycloak distribution into the home folder the first time; later runs reuse it. */
    private static Path unpackOnce(Path zip, Path home) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException(zip + " is missing: build first (./mvnw -DskipTests package)");
        }
        String top;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            top = in.getNextEntry().getName().split("/")[0];
        }
        Path dist = home.resolve(top);
        if (Files.isRegularFile(dist.resolve("bin/kc.sh"))) {
            return dist;
        }
        step("Unpacking " + top + " into " + home);
        Path partial = home.resolve(top + ".partial");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                Path target = partial.resolve(e.getName().substring(top.length()).replaceFirst("^/", "")).normalize();
                if (!target.startsWith(partial)) {
                    throw new IOException("unsafe path in zip: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    copy(in, target);
                }
            }
        }
        partial.resolve("bin/kc.sh").toFile().setExecutable(true);
        Files.move(partial, dist);
        return dist;
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static String javaHome() {
        return System.getProperty("java.home");
    }

    private static void step(String text) {
        System.out.println("▶ " + text);
    }

    private void printBanner() {
        String app = settings.appUrl();
        System.out.println();
        System.out.println("Sổ tay Đảng viên — hệ thống đã sẵn sàng / the system is ready");
        System.out.println("  Web app    " + app + "/");
        System.out.println("  API        " + app + "/api");
        System.out.println("  OpenAPI    " + app + "/openapi");
        System.out.println("  Health     " + app + "/health");
        System.out.println("  Keycloak   " + settings.authUrl() + (settings.embeddedKeycloak()
                ? "  (admin console: admin / admin)" : ""));
        if (settings.embeddedKeycloak()) {
            System.out.println();
            System.out.println("  Demo accounts (password: demo)");
            System.out.println("    canbo.tochuc   party-building officer (whole ward)");
            System.out.println("    bithu.cb01     cell secretary");
            System.out.println("    bithu.cb02     cell secretary (a cell under the sub-committee)");
            System.out.println("    dangvien.01    member");
            System.out.println("    dangvien.02    member (probationary)");
            System.out.println("    daibieu.01     member and congress delegate");
            System.out.println("    quantri        administrator");
        }
        System.out.println();
        System.out.println("  Logs in " + settings.home().resolve("logs") + ". Ctrl-C stops everything.");
    }
}
