package vn.dangbo.launcher;

import java.nio.file.Path;
import java.util.Map;

/**
 * What to start and where, from environment variables (documented in the README) and a few
 * command-line options. Setting WARD_DB_URL or WARD_AUTH_URL switches that part to an external
 * service, and then nothing embedded is started for it.
 */
record Settings(Path home, Path war, Path runtime, Path realmFile, int httpPort, int dbPort, int keycloakPort,
                int keycloakManagementPort, String externalDbUrl, String dbUser, String dbPassword,
                String externalAuthUrl, boolean seedDemo, Path readyFile) {

    static Settings from(Map<String, String> env, String[] args, Path launcherDir) {
        Path home = Path.of(env.getOrDefault("WARD_HOME", "data")).toAbsolutePath();
        Path war = Path.of("handbook-web/target/handbook-web.war");
        Path runtime = launcherDir.resolve("runtime");
        Path realm = Path.of("keycloak/realm-ward.json");
        Path ready = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--war" -> war = Path.of(args[i + 1]);
                case "--runtime" -> runtime = Path.of(args[i + 1]);
                case "--realm" -> realm = Path.of(args[i + 1]);
                case "--ready-file" -> ready = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        String dbUrl = blankToNull(env.get("WARD_DB_URL"));
        String authUrl = blankToNull(env.get("WARD_AUTH_URL"));
        return new Settings(home, war.toAbsolutePath(), runtime.toAbsolutePath(), realm.toAbsolutePath(),
                port(env, "WARD_HTTP_PORT", 8080), port(env, "WARD_DB_PORT", 3306),
                port(env, "WARD_KEYCLOAK_PORT", 8180), port(env, "WARD_KEYCLOAK_MANAGEMENT_PORT", 9180),
                dbUrl, env.getOrDefault("WARD_DB_USER", "root"),
                env.getOrDefault("WARD_DB_PASSWORD", "embedded"),
                authUrl == null ? null : authUrl.replaceAll("/+$", ""),
                Boolean.parseBoolean(env.getOrDefault("WARD_DEMO_SEED", dbUrl == null ? "true" : "false")),
                ready == null ? null : ready.toAbsolutePath());
    }

    boolean embeddedDb() {
        return externalDbUrl == null;
    }

    boolean embeddedKeycloak() {
        return externalAuthUrl == null;
    }

    String dbUrl() {
        return embeddedDb()
                ? "jdbc:mysql://127.0.0.1:" + dbPort + "/ward?createDatabaseIfNotExist=true&characterEncoding=UTF-8"
                  + "&connectionCollation=utf8mb4_vietnamese_ci&sslMode=DISABLED&allowPublicKeyRetrieval=true"
                : externalDbUrl;
    }

    /** The Keycloak base URL browsers and the server use; one host name everywhere keeps the issuer stable. */
    String authUrl() {
        return embeddedKeycloak() ? "http://localhost:" + keycloakPort : externalAuthUrl;
    }

    String appUrl() {
        return "http://localhost:" + httpPort;
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String v = env.get(name);
        try {
            return v == null || v.isBlank() ? fallback : Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, not '" + v + "'");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
