package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Dossiers through the API on a real Payara Micro and MariaDB: create, read, edit, history, search, audit. */
class DossierApiIT extends ServerTest {

    @Test
    void anOfficerCreatesReadsAndEditsADossierAndTheHistoryKeepsTheOldValue() {
        long cell = world.cell("Chi bộ Hồ sơ");
        String name = "Phạm Thị Hương " + World.suffix();
        Http.Reply created = officer.post("/api/members", world.memberFields(name, cell)
                .add("partyCardNumber", "0" + (10_000_000 + (System.nanoTime() % 89_999_999))).build());
        assertEquals(201, created.status(), created.toString());
        assertTrue(created.location().matches(".*/api/members/\\d+$"), created.location());
        JsonObject dossier = created.json();
        long id = dossier.getJsonNumber("id").longValue();
        assertEquals(name, dossier.getString("fullName"));
        assertTrue(dossier.getString("partyCardNumber").startsWith("0"), "leading zero kept");

        JsonObject loaded = officer.get("/api/members/" + id).json();
        assertEquals("Tổ 3, Khu phố 2", loaded.getString("residence"));
        long version = loaded.getJsonNumber("version").longValue();

        Http.Reply edited = officer.patch("/api/members/" + id, Json.createObjectBuilder()
                .add("version", version).add("residence", "Tổ 9, Khu phố 4").add("religion", "Không").build());
        assertEquals(200, edited.status(), edited.toString());
        assertEquals("Tổ 9, Khu phố 4", edited.json().getString("residence"));

        var history = officer.get("/api/members/" + id + "/history").array();
        assertEquals(2, history.size(), "creation and one edit");
        JsonObject latest = history.getJsonObject(0);
        assertEquals("canbo.test", latest.getString("by"));
        var changes = latest.getJsonArray("changes");
        assertEquals(1, changes.size(), "an unchanged field is not a change: " + changes);
        assertEquals("residence", changes.getJsonObject(0).getString("field"));
        assertEquals("Tổ 3, Khu phố 2", changes.getJsonObject(0).getString("from"));
        assertEquals("Tổ 9, Khu phố 4", changes.getJsonObject(0).getString("to"));

        List<String> audited = actionsOn("MEMBER " + id);
        assertTrue(audited.contains("MEMBER_CREATED"), audited.toString());
        assertTrue(audited.contains("MEMBER_DOSSIER_READ"), audited.toString());
        assertTrue(audited.contains("MEMBER_UPDATED"), audited.toString());
        JsonObject read = officer.get("/api/audit?size=200").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> e.getString("action").equals("MEMBER_DOSSIER_READ")
                        && e.getString("subject").equals("MEMBER " + id))
                .findFirst().orElseThrow();
        assertEquals("canbo.test", read.getString("actor"));
        assertTrue(read.getString("origin").matches("\\S+ Java-http-client.*"), "from where: " + read);
    }

    @Test
    void aSaveBasedOnAnOldVersionIsRefusedAndChangesNothing() {
        long id = world.member("Lê Văn Tâm " + World.suffix(), world.cell("Chi bộ Phiên bản"));
        long version = officer.get("/api/members/" + id).json().getJsonNumber("version").longValue();
        assertEquals(200, officer.patch("/api/members/" + id, Json.createObjectBuilder()
                .add("version", version).add("occupation", "Giáo viên").build()).status());
        Http.Reply stale = officer.patch("/api/members/" + id, Json.createObjectBuilder()
                .add("version", version).add("occupation", "Kỹ sư").build());
        assertEquals(409, stale.status(), stale.toString());
        assertTrue(stale.contentType().startsWith("application/problem+json"));
        assertEquals("Giáo viên", officer.get("/api/members/" + id).json().getString("occupation"));
    }

    @Test
    void searchIgnoresDiacriticsCaseAndUnicodeNormalization() {
        long cell = world.cell("Chi bộ Tìm kiếm");
        String tag = World.suffix();
        long dao = world.member("Nguyễn Thị Đào " + tag, cell);
        world.member("Nguyễn Văn Đạo " + World.suffix(), cell);
        for (String q : List.of("nguyen thi dao " + tag, "NGUYỄN THỊ ĐÀO " + tag,
                Normalizer.normalize("Nguyễn Thị Đào " + tag, Normalizer.Form.NFD), "thi dao " + tag.toLowerCase(),
                tag.substring(0, 5).toLowerCase())) {
            var page = officer.get("/api/members?q=" + enc(q)).json();
            assertEquals(1, page.getJsonNumber("total").longValue(), "query " + q + " → " + page);
            assertEquals(dao, page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        }
        String cid = officer.get("/api/members/" + dao).json().getString("citizenId");
        var byId = officer.get("/api/members?q=" + cid).json();
        assertEquals(1, byId.getJsonNumber("total").longValue(), byId.toString());
    }

    @Test
    void listsAreInVietnameseOrderByGivenNameThenTheRest() {
        long cell = world.cell("Chi bộ Thứ tự");
        for (String n : List.of("Trần Văn Bình", "Đỗ Thị Đào", "Lê Thị Anh", "Nguyễn Văn Ăn", "Phạm Thị Âu",
                "Hồ Văn Dung", "Lê Bình", "Vũ Thị Em")) {
            world.member(n, cell);
        }
        var items = officer.get("/api/members?unitId=" + cell + "&size=50").json().getJsonArray("items");
        List<String> names = items.stream().map(v -> v.asJsonObject().getString("fullName")).toList();
        assertEquals(List.of("Lê Thị Anh", "Nguyễn Văn Ăn", "Phạm Thị Âu", "Lê Bình", "Trần Văn Bình",
                "Hồ Văn Dung", "Đỗ Thị Đào", "Vũ Thị Em"), names);
    }

    @Test
    void paginationGivesTheTotalAndDisjointPages() {
        long cell = world.cell("Chi bộ Phân trang");
        for (int i = 0; i < 5; i++) {
            world.member("Trịnh Văn " + World.suffix(), cell);
        }
        var first = officer.get("/api/members?unitId=" + cell + "&size=2&page=0").json();
        var third = officer.get("/api/members?unitId=" + cell + "&size=2&page=2").json();
        assertEquals(5, first.getJsonNumber("total").longValue());
        assertEquals(2, first.getJsonArray("items").size());
        assertEquals(1, third.getJsonArray("items").size());
        assertFalse(first.getJsonArray("items").contains(third.getJsonArray("items").get(0)));
        var beyond = officer.get("/api/members?unitId=" + cell + "&size=2&page=7&status=FULL").json();
        assertEquals(0, beyond.getJsonArray("items").size(), "a page past the end is empty, not an error");
        assertEquals(5, beyond.getJsonNumber("total").longValue());
        assertTrue(beyond.getBoolean("totalExact"));
    }

    @Test
    void badFieldsAreAllNamedAtOnceAndNothingIsWritten() {
        long cell = world.cell("Chi bộ Kiểm tra");
        String tag = World.suffix();
        JsonObject body = world.memberFields("  ", cell)
                .add("citizenId", "12345")
                .add("birthDate", "1990-02-31")
                .add("generalEducation", "13/12")
                .add("status", "DECEASED")
                .build();
        Http.Reply r = officer.post("/api/members", body);
        assertEquals(400, r.status(), r.toString());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        Map<String, String> errors = fieldErrors(r.json());
        assertEquals(List.of("birthDate", "citizenId", "fullName", "generalEducation"),
                errors.keySet().stream().sorted().toList(), errors.toString());
        assertEquals("Số CCCD phải gồm đúng 12 chữ số.", errors.get("citizenId"));

        Http.Reply english = officer.inLanguage("en").post("/api/members",
                world.memberFields("Ngô Thị Lan " + tag, cell).add("citizenId", "001090001234").build());
        assertEquals(400, english.status(), english.toString());
        assertEquals("The fourth digit of the citizen ID does not match the sex.",
                fieldErrors(english.json()).get("citizenId"));
        assertEquals(0, officer.get("/api/members?q=" + tag).json().getJsonNumber("total").longValue());
    }

    @Test
    void aCitizenIdOrPartyCardAlreadyUsedIsRefused() {
        long cell = world.cell("Chi bộ Trùng");
        long first = world.member("Hoàng Văn Nam " + World.suffix(), cell);
        JsonObject existing = officer.get("/api/members/" + first).json();
        Http.Reply r = officer.post("/api/members", world.memberFields("Hoàng Thị Nga " + World.suffix(), cell)
                .add("citizenId", existing.getString("citizenId"))
                .add("birthDate", existing.getString("birthDate"))
                .add("admissionDate", existing.getString("admissionDate"))
                .add("fullMembershipDate", existing.getString("fullMembershipDate")).build());
        assertEquals(400, r.status(), r.toString());
        assertEquals("member.duplicate", codes(r.json()).get("citizenId"));
    }

    @Test
    void wrongTypesMalformedJsonAndUnknownFieldsAreClearErrors() {
        long id = world.member("Đinh Văn Hùng " + World.suffix(), world.cell("Chi bộ Kiểu"));
        long version = officer.get("/api/members/" + id).json().getJsonNumber("version").longValue();
        Http.Reply number = officer.patch("/api/members/" + id, Json.createObjectBuilder()
                .add("version", version).add("citizenId", 1234567890123L).add("shoeSize", "42").build());
        assertEquals(400, number.status(), number.toString());
        assertEquals(Map.of("citizenId", "field.wrongType"), codes(number.json()));

        Http.Reply unknown = officer.patch("/api/members/" + id, Json.createObjectBuilder()
                .add("version", version).add("shoeSize", "42").build());
        assertEquals(Map.of("shoeSize", "field.unknown"), codes(unknown.json()));

        Http.Reply noVersion = officer.patch("/api/members/" + id, World.obj("residence", "x"));
        assertEquals(Map.of("version", "field.required"), codes(noVersion.json()));

        Http.Reply malformed = officer.send("POST", "/api/members", "{\"fullName\": ", "application/json");
        assertEquals(400, malformed.status(), malformed.toString());
        assertTrue(malformed.contentType().startsWith("application/problem+json"), malformed.contentType());
    }

    @Test
    void statusChangesAreDatedDecisionsAndImpossibleSequencesAreRefused() {
        long cell = world.cell("Chi bộ Sự kiện");
        String admitted = LocalDate.now().minusMonths(14).toString();
        Http.Reply created = officer.post("/api/members", world.memberFields("Tô Văn Khải " + World.suffix(), cell)
                .add("status", "PROBATIONARY").add("admissionDate", admitted).addNull("fullMembershipDate").build());
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();

        Http.Reply patchStatus = officer.patch("/api/members/" + id, Json.createObjectBuilder()
                .add("version", created.json().getJsonNumber("version").longValue()).add("status", "FULL").build());
        assertEquals(Map.of("status", "status.useEvents"), codes(patchStatus.json()));

        Http.Reply full = officer.post("/api/members/" + id + "/events", Json.createObjectBuilder()
                .add("kind", "FULL_MEMBERSHIP").add("date", LocalDate.now().minusMonths(1).toString())
                .add("decisionNumber", "25-QĐ/ĐU").add("reason", "Chi bộ biểu quyết 100%").build());
        assertEquals(201, full.status(), full.toString());
        assertEquals("FULL", full.json().getString("statusAfter"));
        JsonObject dossier = officer.get("/api/members/" + id).json();
        assertEquals("FULL", dossier.getString("status"));
        assertEquals(LocalDate.now().minusMonths(1).toString(), dossier.getString("fullMembershipDate"));

        assertEquals(201, officer.post("/api/members/" + id + "/events", Json.createObjectBuilder()
                .add("kind", "DEATH").add("date", LocalDate.now().toString()).build()).status());
        Http.Reply afterDeath = officer.post("/api/members/" + id + "/events", Json.createObjectBuilder()
                .add("kind", "EXEMPTION").add("date", LocalDate.now().toString()).build());
        assertEquals(409, afterDeath.status());
        assertEquals("Đảng viên đã từ trần: không ghi thêm sự kiện.", afterDeath.json().getString("detail"));

        var events = officer.get("/api/members/" + id + "/events").array();
        assertEquals(List.of("FULL_MEMBERSHIP", "DEATH"),
                events.stream().map(e -> e.asJsonObject().getString("kind")).toList());
        assertEquals("25-QĐ/ĐU", events.getJsonObject(0).getString("decisionNumber"));
        var statusChanges = officer.get("/api/members/" + id + "/history").array().stream()
                .flatMap(r -> r.asJsonObject().getJsonArray("changes").stream())
                .map(JsonValue::asJsonObject).filter(c -> c.getString("field").equals("status") && c.containsKey("from"))
                .map(c -> c.getString("from") + "→" + c.getString("to")).toList();
        assertEquals(List.of("FULL→DECEASED", "PROBATIONARY→FULL"), statusChanges);

        Http.Reply bad = officer.post("/api/members/" + id + "/events", Json.createObjectBuilder()
                .add("kind", "PROMOTION").add("date", "ngày mai").build());
        assertEquals(Map.of("kind", "field.notOneOf", "date", "field.date"), codes(bad.json()));
        Http.Reply otherCell = anonymous().as(world.secretaryOf(world.cell("Chi bộ Khác"))).post(
                "/api/members/" + id + "/events", Json.createObjectBuilder()
                        .add("kind", "REMOVAL").add("date", LocalDate.now().toString()).build());
        assertEquals(403, otherCell.status());
    }

    private Http anonymous() {
        return new Http(base, null);
    }

    @Test
    void anUnknownMemberIs404WithAProblemDocument() {
        Http.Reply r = officer.get("/api/members/987654321");
        assertEquals(404, r.status());
        assertEquals("Không tìm thấy hồ sơ đảng viên số 987654321.", r.json().getString("detail"));
    }

    @Test
    void theSchemaIsMigratedFromEmptyWithVietnameseCollation() throws SQLException {
        String url = "jdbc:mysql://127.0.0.1:" + System.getProperty("it.db.port") + "/" + System.getProperty("it.db.name") + "?sslMode=DISABLED";
        try (Connection c = DriverManager.getConnection(url, "root", "")) {
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
                List<String> versions = new ArrayList<>();
                while (rs.next()) {
                    assertTrue(rs.getBoolean(2));
                    versions.add(rs.getString(1));
                }
                assertEquals(Deployments.migrations().size(), versions.size(), versions.toString());
                assertEquals("1", versions.get(0));
            }
            try (ResultSet rs = c.createStatement().executeQuery("""
                    SELECT table_name, table_collation FROM information_schema.tables
                    WHERE table_schema = DATABASE() AND table_name <> 'flyway_schema_history'""")) {
                int tables = 0;
                while (rs.next()) {
                    tables++;
                    assertEquals("utf8mb4_vietnamese_ci", rs.getString(2), rs.getString(1));
                }
                assertTrue(tables >= 7);
            }
        }
    }

    private List<String> actionsOn(String subject) {
        return officer.get("/api/audit?size=200").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> subject.equals(e.getString("subject")))
                .map(e -> e.getString("action")).toList();
    }

    static Map<String, String> fieldErrors(JsonObject problem) {
        return problem.getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message"), (a, b) -> a));
    }

    static Map<String, String> codes(JsonObject problem) {
        if (!problem.containsKey("errors") || problem.isNull("errors")) {
            return Map.of();
        }
        return problem.getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("code"), (a, b) -> a));
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
