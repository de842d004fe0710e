package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Handbook accounts with the sign-in service unreachable: the server under test points at a Keycloak
 * address that refuses connections, so every call that must reach Keycloak answers 503 with a clear
 * problem and stores nothing, and an ended membership leaves the login waiting to be disabled, while the
 * rules decided before Keycloak (who may ask, who is eligible) answer as they always do. Creating and
 * disabling real Keycloak users is tested in the browser test (e2e/accounts.spec.ts) against the real one.
 */
class AccountApiIT extends ServerTest {

    @Test
    void officersOnly() {
        long cell = world.cell("Chi bộ Tài khoản");
        long member = world.member("Phan Thị Ngọc " + World.suffix(), cell);
        Http secretary = anonymous.as(world.secretaryOf(cell));
        Http self = anonymous.as(World.memberToken(member));
        for (Http who : List.of(secretary, self)) {
            assertEquals(403, who.get("/api/accounts?cellId=" + cell).status());
            Http.Reply create = who.post("/api/accounts", Json.createObjectBuilder().add("memberId", member).build());
            assertEquals(403, create.status(), create.toString());
            assertEquals(403, who.post("/api/accounts/batches",
                    Json.createObjectBuilder().add("cellId", cell).build()).status());
            assertEquals(403, who.get("/api/accounts/members/" + member).status(), "not even one's own");
        }
        JsonObject own = officer.get("/api/accounts/members/" + member).json();
        assertTrue(own.getBoolean("eligible"));
        assertFalse(own.containsKey("account"));
        assertEquals(404, officer.get("/api/accounts/members/999999999").status());
        assertEquals(401, anonymous.get("/api/accounts?cellId=" + cell).status());
    }

    @Test
    void theCellListShowsWhoMayHaveALogin() {
        long cell = world.cell("Chi bộ Danh sách");
        long full = world.member("Lý Thị Hoa " + World.suffix(), cell);
        long exempt = world.member("Lý Văn Hùng " + World.suffix(), cell);
        assertEquals(201, officer.post("/api/members/" + exempt + "/events", Json.createObjectBuilder()
                .add("kind", "EXEMPTION").add("date", LocalDate.now().toString()).build()).status());

        Map<Long, JsonObject> rows = officer.get("/api/accounts?cellId=" + cell).array().stream()
                .map(v -> v.asJsonObject())
                .collect(Collectors.toMap(o -> o.getJsonNumber("memberId").longValue(), o -> o));
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(rows.get(full).getBoolean("eligible"));
        assertFalse(rows.get(exempt).getBoolean("eligible"), "exempt members do not use the handbook (339-QĐ/TW)");
        assertFalse(rows.get(full).containsKey("account"), "no login yet");

        assertEquals(404, officer.get("/api/accounts?cellId=999999999").status());
        Http.Reply noCell = officer.get("/api/accounts");
        assertEquals(400, noCell.status(), noCell.toString());
        assertEquals(Map.of("cellId", "field.required"), DossierApiIT.codes(noCell.json()));
    }

    @Test
    void membersWhoLeftOrAreExemptAreRefusedBeforeKeycloakIsAsked() {
        long cell = world.cell("Chi bộ Từ trần");
        long member = world.member("Võ Thị Sáu " + World.suffix(), cell);
        assertEquals(201, officer.post("/api/members/" + member + "/events", Json.createObjectBuilder()
                .add("kind", "DEATH").add("date", LocalDate.now().toString()).build()).status(),
                "a death on a member without a login is recorded as usual");
        Http.Reply refused = officer.post("/api/accounts", Json.createObjectBuilder().add("memberId", member).build());
        assertEquals(409, refused.status(), refused.toString());
        assertTrue(refused.json().getString("detail").contains("339-QĐ/TW"), refused.toString());

        Http.Reply english = officer.inLanguage("en").post("/api/accounts",
                Json.createObjectBuilder().add("memberId", member).build());
        assertTrue(english.json().getString("detail").startsWith("Only full and probationary members"),
                english.toString());
        assertEquals(404, officer.post("/api/accounts",
                Json.createObjectBuilder().add("memberId", 999999999L).build()).status());
        Http.Reply missing = officer.post("/api/accounts", Json.createObjectBuilder().build());
        assertEquals(Map.of("memberId", "field.required"), DossierApiIT.codes(missing.json()));
    }

    @Test
    void keycloakUnreachableIs503AndNothingIsStored() {
        long cell = world.cell("Chi bộ Mất kết nối");
        long first = world.member("Đinh Thị An " + World.suffix(), cell);
        long second = world.member("Đinh Văn Bảo " + World.suffix(), cell);
        long exempt = world.member("Đinh Văn Cần " + World.suffix(), cell);
        assertEquals(201, officer.post("/api/members/" + exempt + "/events", Json.createObjectBuilder()
                .add("kind", "EXEMPTION").add("date", LocalDate.now().toString()).build()).status());

        Http.Reply one = officer.post("/api/accounts", Json.createObjectBuilder().add("memberId", first).build());
        assertEquals(503, one.status(), one.toString());
        assertTrue(one.contentType().startsWith("application/problem+json"), one.contentType());
        assertEquals("Không kết nối được dịch vụ đăng nhập (Keycloak). Vui lòng thử lại sau.",
                one.json().getString("detail"));

        Http.Reply batch = officer.post("/api/accounts/batches", Json.createObjectBuilder().add("cellId", cell).build());
        assertEquals(200, batch.status(), batch.toString());
        Map<Long, String> outcomes = batch.array().stream().map(v -> v.asJsonObject()).collect(Collectors.toMap(
                o -> o.getJsonNumber("memberId").longValue(), o -> o.getString("outcome")));
        assertEquals(Map.of(first, "UNAVAILABLE", second, "UNAVAILABLE", exempt, "NOT_ELIGIBLE"), outcomes);
        assertTrue(batch.array().stream().noneMatch(v -> v.asJsonObject().containsKey("card")), batch.toString());

        assertTrue(officer.get("/api/accounts?cellId=" + cell).array().stream()
                .noneMatch(v -> v.asJsonObject().containsKey("account")), "no half-made login stored");
        assertEquals(404, officer.post("/api/accounts/999999999/disable", Json.createObjectBuilder().build()).status());
    }

    @Test
    void aMembershipEndingWhileKeycloakIsDownLeavesTheLoginPendingNotForgotten() throws SQLException {
        long cell = world.cell("Chi bộ Chờ khóa");
        long member = world.member("Kiều Thị Lan " + World.suffix(), cell);
        // A login made earlier, while Keycloak was up (creating one needs Keycloak: see the browser test).
        String username = "kieu.thi.lan." + member;
        insertAccount(member, username);
        assertEquals("ACTIVE", accountOf(cell, member).getString("state"));

        Http.Reply removal = officer.post("/api/members/" + member + "/events", Json.createObjectBuilder()
                .add("kind", "REMOVAL").add("date", LocalDate.now().toString()).add("decisionNumber", "12-QĐ/ĐU").build());
        assertEquals(201, removal.status(), "the decision stands even though Keycloak is down: " + removal);

        JsonObject pending = accountOf(cell, member);
        assertEquals("DISABLE_PENDING", pending.getString("state"), pending.toString());
        assertTrue(pending.getString("disabledReason").startsWith("REMOVED"), pending.toString());
        assertTrue(pending.containsKey("disabledAt"));
        var audit = officer.get("/api/audit?size=50").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject())
                .filter(e -> e.getString("action").equals("ACCOUNT_DISABLED") && e.getString("detail", "").startsWith(username))
                .toList();
        assertEquals(1, audit.size(), "audited as the system's doing");
        assertEquals("system", audit.get(0).getString("actor"));

        long accountId = pending.getJsonNumber("id").longValue();
        Http.Reply enable = officer.post("/api/accounts/" + accountId + "/enable", Json.createObjectBuilder().build());
        assertEquals(409, enable.status(), "a removed member gets no login back: " + enable);
        Http.Reply disable = officer.post("/api/accounts/" + accountId + "/disable", Json.createObjectBuilder().build());
        assertEquals(503, disable.status(), "an officer's disable needs Keycloak's confirmation: " + disable);
        assertEquals("DISABLE_PENDING", accountOf(cell, member).getString("state"));
    }

    private JsonObject accountOf(long cell, long member) {
        return officer.get("/api/accounts?cellId=" + cell).array().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getJsonNumber("memberId").longValue() == member).findFirst().orElseThrow()
                .getJsonObject("account");
    }

    private static void insertAccount(long memberId, String username) throws SQLException {
        String url = "jdbc:mysql://127.0.0.1:" + System.getProperty("it.db.port") + "/" + System.getProperty("it.db.name") + "?sslMode=DISABLED";
        try (Connection c = DriverManager.getConnection(url, "root", "");
             PreparedStatement st = c.prepareStatement("""
                     insert into handbook_account (member_id, keycloak_id, username, state, created_by, created_at)
                     values (?, ?, ?, 'ACTIVE', 'canbo.test', current_timestamp(3))""")) {
            st.setLong(1, memberId);
            st.setString(2, java.util.UUID.randomUUID().toString());
            st.setString(3, username);
            st.executeUpdate();
        }
    }
}
