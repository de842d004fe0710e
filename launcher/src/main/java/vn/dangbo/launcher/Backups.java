package vn.dangbo.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Backup and restore of the ward's database with the MariaDB tools ({@code ./backup.sh}, {@code ./restore.sh}).
 *
 * <p>The dump is consistent while the system runs ({@code --single-transaction}: one InnoDB snapshot, no locks
 * held against the application). Every backup is proved by a trial restore into a scratch database on the same
 * server; the manifest beside it lists each table's row count and each dossier's checksum as restored, so a
 * later restore can say "every dossier matches" or name those that do not. Files are written under a temporary
 * name and renamed when complete: a backup cut short leaves nothing that looks like a backup.
 */
public final class Backups {

    static final String MANIFEST_SUFFIX = ".manifest";
    private static final Pattern JDBC = Pattern.compile("jdbc:(?:mysql|mariadb)://([^:/?]+)(?::(\\d+))?/([^?]+).*");

    /** Where the database is and which client tools reach it. */
    record Target(String host, int port, String database, String user, String password, Path toolDir) {

        static Target of(String jdbcUrl, String user, String password, Path toolDir) {
            Matcher m = JDBC.matcher(jdbcUrl);
            if (!m.matches()) {
                throw new IllegalArgumentException("Not a jdbc:mysql:// URL with a database name: " + jdbcUrl);
            }
            return new Target(m.group(1), m.group(2) == null ? 3306 : Integer.parseInt(m.group(2)), m.group(3), user,
                    password, toolDir);
        }

        Target withDatabase(String name) {
            return new Target(host, port, name, user, password, toolDir);
        }

        String url(String database) {
            return "jdbc:mysql://" + host + ":" + port + "/" + database
                    + "?characterEncoding=UTF-8&sslMode=DISABLED&allowPublicKeyRetrieval=true";
        }

        String tool(String... names) {
            for (String n : names) {
                if (toolDir != null && Files.isExecutable(toolDir.resolve(n))) {
                    return toolDir.resolve(n).toString();
                }
            }
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                for (String n : names) {
                    if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, n))) {
                        return Path.of(dir, n).toString();
                    }
                }
            }
            throw new IllegalStateException("None of " + String.join(", ", names) + " was found (MariaDB/MySQL client"
                    + " tools): install them or put them on the PATH");
        }
    }

    /** Row counts per table and a checksum per dossier, in a stable order. */
    record Manifest(Map<String, Long> rows, Map<Long, String> dossiers) {

        void write(Path file) throws IOException {
            StringBuilder b = new StringBuilder("# ward backup manifest: table row counts and dossier checksums\n");
            rows.forEach((t, n) -> b.append("table ").append(t).append(' ').append(n).append('\n'));
            dossiers.forEach((id, h) -> b.append("dossier ").append(id).append(' ').append(h).append('\n'));
            Path tmp = file.resolveSibling(file.getFileName() + ".part");
            Files.writeString(tmp, b, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }

        static Manifest read(Path file) throws IOException {
            Map<String, Long> rows = new TreeMap<>();
            Map<Long, String> dossiers = new TreeMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] p = line.split(" ");
                if (p.length == 3 && p[0].equals("table")) {
                    rows.put(p[1], Long.parseLong(p[2]));
                } else if (p.length == 3 && p[0].equals("dossier")) {
                    dossiers.put(Long.parseLong(p[1]), p[2]);
                }
            }
            return new Manifest(rows, dossiers);
        }

        /** What differs from {@code other} (the expected one), in words; empty when everything matches. */
        List<String> differences(Manifest expected) {
            List<String> out = new ArrayList<>();
            expected.rows.forEach((t, n) -> {
                Long got = rows.get(t);
                if (!n.equals(got)) {
                    out.add("table " + t + ": " + got + " rows, the backup had " + n);
                }
            });
            expected.dossiers.forEach((id, h) -> {
                String got = dossiers.get(id);
                if (got == null) {
                    out.add("dossier " + id + " is missing");
                } else if (!got.equals(h)) {
                    out.add("dossier " + id + " differs");
                }
            });
            dossiers.keySet().stream().filter(id -> !expected.dossiers.containsKey(id))
                    .forEach(id -> out.add("dossier " + id + " was not in the backup"));
            return out;
        }
    }

    private Backups() {
    }

    /** Dumps {@code t} into {@code file} (.sql.gz), proves it by a trial restore and writes its manifest. */
    static Manifest backup(Target t, Path file) throws IOException, SQLException, InterruptedException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path part = file.resolveSibling(file.getFileName() + ".part");
        List<String> cmd = List.of(t.tool("mariadb-dump", "mysqldump"), "--host=" + t.host(), "--port=" + t.port(),
                "--user=" + t.user(), "--single-transaction", "--quick", "--hex-blob", "--routines", "--triggers",
                "--default-character-set=utf8mb4", "--skip-ssl", t.database());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(part), 1 << 16)) {
            run(cmd, t, null, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        String scratch = t.database() + "_backup_check";
        Manifest manifest;
        try {
            manifest = load(part, t.withDatabase(scratch), true);
        } finally {
            try (Connection c = DriverManager.getConnection(t.url(t.database()), t.user(), t.password());
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS `" + scratch + "`");
            }
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        manifest.write(manifestOf(file));
        return manifest;
    }

    /**
     * Restores {@code file} into {@code t}'s database, which must be empty or not exist yet, then compares the
     * result with the backup's manifest. Answers the differences (empty: everything matches).
     */
    static List<String> restore(Path file, Target t) throws IOException, SQLException, InterruptedException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No such backup: " + file);
        }
        Path manifestFile = manifestOf(file);
        if (!Files.isRegularFile(manifestFile)) {
            throw new IllegalArgumentException("The backup's manifest is missing: " + manifestFile);
        }
        Manifest restored = load(file, t, false);
        return restored.differences(Manifest.read(manifestFile));
    }

    static Path manifestOf(Path backup) {
        return backup.resolveSibling(backup.getFileName() + MANIFEST_SUFFIX);
    }

    static String defaultName() {
        return "ward-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".sql.gz";
    }

    private static Manifest load(Path dump, Target t, boolean replace) throws IOException, SQLException,
            InterruptedException {
        try (Connection c = DriverManager.getConnection(t.url("information_schema"), t.user(), t.password());
             Statement s = c.createStatement()) {
            if (replace) {
                s.execute("DROP DATABASE IF EXISTS `" + t.database() + "`");
            } else {
                try (PreparedStatement q = c.prepareStatement(
                        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ?")) {
                    q.setString(1, t.database());
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            throw new IllegalArgumentException("The database " + t.database() + " is not empty ("
                                    + rs.getLong(1) + " tables): a restore goes into an empty database only."
                                    + " Stop the system and move its data aside first (see the README).");
                        }
                    }
                }
            }
            s.execute("CREATE DATABASE IF NOT EXISTS `" + t.database()
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_vietnamese_ci");
        }
        List<String> cmd = List.of(t.tool("mariadb", "mysql"), "--host=" + t.host(), "--port=" + t.port(),
                "--user=" + t.user(), "--default-character-set=utf8mb4", "--skip-ssl", t.database());
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dump), 1 << 16)) {
            run(cmd, t, in, OutputStream.nullOutputStream());
        }
        try (Connection c = DriverManager.getConnection(t.url(t.database()), t.user(), t.password())) {
            return manifest(c);
        }
    }

    /**
     * Each table's row count and each dossier's checksum: SHA-256 over every column of the member row (HEX of
     * its value or a NULL mark) and over its events, computed by the server so the figure does not depend on
     * how a client reads types.
     */
    static Manifest manifest(Connection c) throws SQLException {
        Map<String, Long> rows = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables"
                     + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String table : tables) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
                rs.next();
                rows.put(table, rs.getLong(1));
            }
        }
        Map<Long, String> dossiers = new TreeMap<>();
        if (tables.contains("member")) {
            String member = rowHash(c, "member", "m");
            String events = tables.contains("member_event")
                    ? "(SELECT GROUP_CONCAT(" + rowHash(c, "member_event", "e") + " ORDER BY e.id SEPARATOR ',')"
                      + " FROM member_event e WHERE e.member_id = m.id)"
                    : "''";
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT m.id, " + member + ", IFNULL(" + events + ", '') FROM member m")) {
                while (rs.next()) {
                    dossiers.put(rs.getLong(1), sha256(rs.getString(2) + "|" + rs.getString(3)));
                }
            }
        }
        return new Manifest(rows, dossiers);
    }

    private static String rowHash(Connection c, String table, String alias) throws SQLException {
        List<String> parts = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = DATABASE() AND table_name = ? ORDER BY ordinal_position")) {
            q.setString(1, table);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    parts.add("IFNULL(HEX(" + alias + ".`" + rs.getString(1) + "`), '-')");
                }
            }
        }
        return "SHA2(CONCAT_WS('|', " + String.join(", ", parts) + "), 256)";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a client tool with the password in its environment (never on its command line), piping in and out. */
    private static void run(List<String> cmd, Target t, InputStream stdin, OutputStream stdout)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("MYSQL_PWD", t.password() == null ? "" : t.password());
        Process p = pb.start();
        CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        CompletableFuture<Void> feeding = CompletableFuture.runAsync(() -> {
            try (OutputStream toProcess = p.getOutputStream()) {
                if (stdin != null) {
                    stdin.transferTo(toProcess);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try (InputStream fromProcess = p.getInputStream()) {
            fromProcess.transferTo(stdout);
        }
        int exit = p.waitFor();
        String err = errors.join();
        try {
            feeding.join();
        } catch (RuntimeException e) {
            if (exit == 0) {
                throw e;
            }
        }
        if (exit != 0) {
            throw new IOException(Path.of(cmd.get(0)).getFileName() + " failed (exit " + exit + "): " + err.strip());
        }
    }

    // ------------------------------------------------------------------ the commands

    /** {@code backup.sh [FILE]} and {@code restore.sh FILE}: see the README's Operations section. */
    public static void main(String[] args) {
        if (args.length == 0 || !(args[0].equals("backup") || args[0].equals("restore"))) {
            System.err.println("usage: backup.sh [FILE.sql.gz] | restore.sh FILE.sql.gz");
            System.exit(1);
        }
        Settings s = Settings.from(System.getenv(), new String[0], Path.of("launcher/target"));
        Target t = Target.of(s.dbUrl(), s.dbUser(), s.dbPassword(),
                s.embeddedDb() ? s.home().resolve("mariadb/bin") : null);
        EmbeddedDatabase embedded = null;
        int exit;
        try {
            if (s.embeddedDb() && !AuditVerify.listening(s.dbPort())) {
                System.out.println("▶ Starting the embedded database (" + s.home().resolve("db") + ")");
                embedded = new EmbeddedDatabase();
                embedded.start(s.home(), s.dbPort());
            }
            exit = args[0].equals("backup") ? backupCommand(t, args) : restoreCommand(t, args);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println(e.getMessage());
            exit = 1;
        } catch (Exception e) {
            System.err.println("Failed: " + e.getMessage());
            exit = 1;
        } finally {
            if (embedded != null) {
                embedded.stop();
            }
        }
        System.exit(exit);
    }

    private static int backupCommand(Target t, String[] args) throws Exception {
        Path file = args.length > 1 ? Path.of(args[1]) : Path.of("backups", defaultName());
        System.out.println("▶ Dumping " + t.database() + " (one consistent snapshot; the system may keep running)");
        long started = System.nanoTime();
        Manifest m = backup(t, file);
        System.out.printf("✔ %s (%,d bytes) in %.1f s, proved by a trial restore: %d tables, %,d dossiers%n", file,
                Files.size(file), (System.nanoTime() - started) / 1e9, m.rows().size(), m.dossiers().size());
        System.out.println("  manifest: " + manifestOf(file));
        return 0;
    }

    private static int restoreCommand(Target t, String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: restore.sh FILE.sql.gz");
        }
        Path file = Path.of(args[1]);
        System.out.println("▶ Restoring " + file + " into the empty database " + t.database());
        List<String> differences = restore(file, t);
        if (differences.isEmpty()) {
            Manifest m = Manifest.read(manifestOf(file));
            System.out.printf("✔ Restored: every table's row count and all %,d dossier checksums match the backup.%n",
                    m.dossiers().size());
            return 0;
        }
        System.out.println("✘ The restored database differs from the backup:");
        differences.stream().limit(50).forEach(d -> System.out.println("  " + d));
        return 3;
    }
}
