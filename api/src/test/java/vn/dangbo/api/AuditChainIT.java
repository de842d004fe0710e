package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The audit log's hash chain: sealed shortly after it is written, checked on demand, and a changed, removed or
 * recomputed entry is named as the first break. Tampering is done straight in the database, as an intruder
 * would, and undone before each test ends so the shared test database stays whole.
 */
class AuditChainIT extends ServerTest {

    @Test
    void anUntouchedLogIsIntactAndAnAnchorNotedEarlierStillMatches() {
        world.member("Hồ Thị Chuỗi " + World.suffix(), world.cell("Chi bộ Nhật ký"));
        JsonObject check = chain("");
        assertTrue(check.getBoolean("intact"), check.toString());
        assertEquals(0, check.getInt("unsealed"), "everything committed is sealed before the check");
        assertEquals(check.getJsonNumber("sealed").longValue(), check.getJsonNumber("headSeq").longValue());
        assertTrue(check.getString("headHash").matches("[0-9a-f]{64}"), check.toString());

        long seq = check.getJsonNumber("headSeq").longValue();
        String hash = check.getString("headHash");
        assertTrue(chain("?anchorSeq=" + seq + "&anchorHash=" + hash.toUpperCase()).getBoolean("intact"));
        JsonObject recomputed = chain("?anchorSeq=" + seq + "&anchorHash=" + "ab".repeat(32));
        assertFalse(recomputed.getBoolean("intact"));
        assertEquals("ANCHOR_MISMATCH", recomputed.getJsonObject("firstBreak").getString("problem"));
        assertEquals(seq, recomputed.getJsonObject("firstBreak").getJsonNumber("seq").longValue());
    }

    @Test
    void newEntriesAreSealedWithinSecondsWithoutAnyoneAsking() throws Exception {
        world.member("Mai Thị Niêm " + World.suffix(), world.cell("Chi bộ Nhật ký"));
        try (Connection c = db()) {
            long deadline = System.nanoTime() + 30_000_000_000L;
            long unsealed;
            do {
                Thread.sleep(500);
                unsealed = Long.parseLong(value(c, "SELECT COUNT(*) FROM audit_entry WHERE chain_seq IS NULL AND id > ?",
                        0L));
            } while (unsealed > 0 && System.nanoTime() < deadline);
            assertEquals(0, unsealed, "the sealer's timer seals new entries every few seconds");
        }
    }

    @Test
    void anEntryChangedInTheDatabaseIsNamedAsTheFirstBreak() throws SQLException {
        long member = world.member("Đinh Văn Sửa " + World.suffix(), world.cell("Chi bộ Nhật ký"));
        chain("");
        try (Connection c = db()) {
            long id = entryAbout(c, member);
            String original = value(c, "SELECT detail FROM audit_entry WHERE id = ?", id);
            try {
                update(c, "UPDATE audit_entry SET detail = 'không có gì' WHERE id = ?", id);
                JsonObject check = chain("");
                assertFalse(check.getBoolean("intact"), check.toString());
                JsonObject b = check.getJsonObject("firstBreak");
                assertEquals("ALTERED", b.getString("problem"));
                assertEquals(id, b.getJsonNumber("entryId").longValue());
                assertEquals("MEMBER_CREATED", b.getString("action"));
            } finally {
                try (PreparedStatement u = c.prepareStatement("UPDATE audit_entry SET detail = ? WHERE id = ?")) {
                    u.setString(1, original);
                    u.setLong(2, id);
                    u.executeUpdate();
                }
            }
            assertTrue(chain("").getBoolean("intact"), "whole again once the entry is restored");
        }
    }

    @Test
    void aRemovedEntryLeavesAGapAtTheNextOne() throws SQLException {
        long member = world.member("Tạ Thị Xóa " + World.suffix(), world.cell("Chi bộ Nhật ký"));
        world.member("Lò Văn Sau " + World.suffix(), world.cell("Chi bộ Nhật ký"));
        chain("");
        try (Connection c = db()) {
            long id = entryAbout(c, member);
            long seq = Long.parseLong(value(c, "SELECT chain_seq FROM audit_entry WHERE id = ?", id));
            Map<String, Object> row = row(c, id);
            update(c, "DELETE FROM audit_entry WHERE id = ?", id);
            try {
                JsonObject b = chain("").getJsonObject("firstBreak");
                assertEquals("MISSING_BEFORE", b.getString("problem"), b.toString());
                assertEquals(seq + 1, b.getJsonNumber("seq").longValue());
            } finally {
                reinsert(c, row);
            }
            assertTrue(chain("").getBoolean("intact"));
        }
    }

    @Test
    void aBadAnchorIsRefusedNamingTheField() {
        Http.Reply r = officer.get("/api/audit/chain?anchorSeq=3&anchorHash=xyz");
        assertEquals(400, r.status(), r.toString());
        assertEquals(Map.of("anchorHash", "audit.anchorHash"), DossierApiIT.codes(r.json()));
        Http.Reply half = officer.get("/api/audit/chain?anchorSeq=3");
        assertEquals(Map.of("anchorHash", "audit.anchorPair"), DossierApiIT.codes(half.json()));
        assertEquals(403, anonymous.as(world.secretaryOf(world.cell("Chi bộ Nhật ký"))).get("/api/audit/chain")
                .status());
    }

    private JsonObject chain(String query) {
        Http.Reply r = officer.get("/api/audit/chain" + query);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + System.getProperty("it.db.port") + "/"
                + System.getProperty("it.db.name") + "?sslMode=DISABLED", "root", "");
    }

    private static long entryAbout(Connection c, long member) throws SQLException {
        String id = value(c, "SELECT id FROM audit_entry WHERE action = 'MEMBER_CREATED' AND subject_id = ?"
                + " AND chain_seq IS NOT NULL", member);
        return Long.parseLong(id);
    }

    private static String value(Connection c, String sql, Object arg) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setObject(1, arg instanceof Long l ? String.valueOf(l) : arg);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next(), sql + " " + arg);
                return rs.getString(1);
            }
        }
    }

    private static void update(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement u = c.prepareStatement(sql)) {
            u.setLong(1, id);
            assertEquals(1, u.executeUpdate(), sql);
        }
    }

    private static Map<String, Object> row(Connection c, long id) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT * FROM audit_entry WHERE id = ?")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                ResultSetMetaData md = rs.getMetaData();
                Map<String, Object> out = new java.util.LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    out.put(md.getColumnName(i), rs.getObject(i));
                }
                return out;
            }
        }
    }

    private static void reinsert(Connection c, Map<String, Object> row) throws SQLException {
        List<String> names = new ArrayList<>(row.keySet());
        try (PreparedStatement i = c.prepareStatement("INSERT INTO audit_entry (" + String.join(", ", names)
                + ") VALUES (" + String.join(", ", names.stream().map(n -> "?").toList()) + ")")) {
            for (int k = 0; k < names.size(); k++) {
                i.setObject(k + 1, row.get(names.get(k)));
            }
            assertEquals(1, i.executeUpdate());
        }
    }
}
