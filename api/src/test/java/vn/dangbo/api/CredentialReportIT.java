package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * The credential report against a roster built through the API: the figures of the JSON, the same figures in the
 * Word report and the workbook, and who may read it (the organising board, the credential committee, the presidium;
 * not a plain delegate).
 */
class CredentialReportIT extends ServerTest {

    private static final LocalDate OPENING = LocalDate.of(2025, 10, 15);

    private long member(long cell, String name, String sex, LocalDate birth, String ethnicity, String education,
                        String qualification, String theory, LocalDate admission, String occupation) {
        var fields = world.memberFields(name, cell).add("sex", sex).add("birthDate", birth.toString())
                .add("citizenId", World.citizenId(sex.equals("FEMALE"), birth.getYear()))
                .add("ethnicity", ethnicity).add("generalEducation", education).add("politicalTheory", theory)
                .add("admissionDate", admission.toString()).add("fullMembershipDate", admission.plusYears(1).toString())
                .add("occupation", occupation);
        if (qualification != null) {
            fields.add("professionalQualification", qualification);
        }
        Http.Reply r = officer.post("/api/members", fields.build());
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    private record Roster(long congress, long session, Map<String, Long> delegates, long memberB, long memberF,
                          String suffix) {
    }

    private Roster roster() {
        String s = World.suffix();
        long cell = world.cell("Chi bộ Thẩm tra");
        long a = member(cell, "Nguyễn Văn An " + s, "MALE", LocalDate.of(1995, 10, 16), "Kinh", "12/12", "Cử nhân Luật",
                "ELEMENTARY", LocalDate.of(2020, 1, 1), "Công chức");
        long b = member(cell, "Hoàng Thị Bích " + s, "FEMALE", LocalDate.of(1995, 10, 15), "Tày", "12/12", "Kỹ sư",
                "INTERMEDIATE", LocalDate.of(2015, 10, 15), "Giáo viên");
        long c = member(cell, "Lê Thị Cúc " + s, "FEMALE", LocalDate.of(1985, 10, 16), "Kinh", "12/12", "Cử nhân Luật",
                "INTERMEDIATE", LocalDate.of(2005, 10, 16), "Công chức");
        long d = member(cell, "Trần Văn Dũng " + s, "MALE", LocalDate.of(1965, 10, 15), "Kinh", "10/10", null,
                "ADVANCED", LocalDate.of(1985, 10, 15), "Hưu trí");
        long e = member(cell, "Thạch Văn Em " + s, "MALE", LocalDate.of(1966, 1, 1), "Khmer", "10/10", "Kỹ sư",
                "ADVANCED", LocalDate.of(1995, 1, 1), "Hưu trí");
        long f = member(cell, "Phạm Thị Phương " + s, "FEMALE", LocalDate.of(1975, 6, 1), "Kinh", "12/12",
                "Cử nhân Luật", "BACHELOR", LocalDate.of(2000, 6, 1), "Công chức");
        long g = member(cell, "Đỗ Văn Giang " + s, "MALE", LocalDate.of(1980, 3, 3), "Kinh", "12/12", "Kỹ sư", "NONE",
                LocalDate.of(2010, 1, 1), "Kinh doanh");
        long h = member(cell, "Vũ Thị Hạnh " + s, "FEMALE", LocalDate.of(2000, 1, 1), "Kinh", "12/12", "Kỹ sư",
                "ELEMENTARY", LocalDate.of(2022, 1, 1), "Nhân viên");

        Http.Reply created = officer.post("/api/congresses", Json.createObjectBuilder()
                .add("name", "Đại hội Thẩm tra " + s).add("level", "WARD").add("term", "2025-2030")
                .add("startsOn", OPENING.toString()).add("endsOn", OPENING.plusDays(1).toString())
                .add("venue", "Hội trường phường").build());
        assertEquals(201, created.status(), created.toString());
        long congress = created.json().getJsonNumber("id").longValue();
        Congresses fixture = new Congresses(officer);
        List<Long> exOfficio = fixture.addDelegates(congress, "OFFICIAL", "EX_OFFICIO", a);
        List<Long> elected = fixture.addDelegates(congress, "OFFICIAL", "ELECTED", b, c, d, f, g);
        List<Long> appointed = fixture.addDelegates(congress, "OFFICIAL", "APPOINTED", e);
        List<Long> alternate = fixture.addDelegates(congress, "ALTERNATE", "ELECTED", h);
        Http.Reply guest = officer.post("/api/congresses/" + congress + "/guests", Json.createObjectBuilder()
                .add("fullName", "Khách Mời " + s).add("office", "Mặt trận Tổ quốc phường").build());
        assertEquals(201, guest.status(), guest.toString());
        Map<String, Long> ids = Map.of("A", exOfficio.get(0), "B", elected.get(0), "C", elected.get(1),
                "D", elected.get(2), "F", elected.get(3), "G", elected.get(4), "E", appointed.get(0),
                "H", alternate.get(0));
        Http.Reply head = officer.post("/api/congresses/" + congress + "/bodies", Json.createObjectBuilder()
                .add("body", "CREDENTIALS").add("delegateId", ids.get("B")).add("head", true).build());
        assertEquals(201, head.status(), head.toString());

        long session = fixture.session(congress, "Phiên trù bị", true);
        for (String who : List.of("A", "B", "C", "F", "H")) {
            Http.Reply in = officer.post("/api/congresses/" + congress + "/check-ins/desk", Json.createObjectBuilder()
                    .add("delegateId", ids.get(who)).add("method", "DESK").build());
            assertEquals(200, in.status(), in.toString());
        }
        Http credentials = anonymous.as(World.memberToken(b));
        note(credentials, congress, ids.get("D"), "absenceReason", "Ốm, nằm viện");
        note(credentials, congress, ids.get("C"), "credentialQuestion", "Đơn phản ánh về nơi cư trú");
        note(credentials, congress, ids.get("G"), "credentialQuestion", "Đang bị xem xét kỷ luật");
        decide(credentials, congress, ids.get("C"), "ACCEPTED", "Đã xác minh, đủ tư cách");
        decide(credentials, congress, ids.get("G"), "REJECTED", "Không đủ tư cách đại biểu");
        return new Roster(congress, session, ids, b, f, s);
    }

    private static void note(Http as, long congress, long delegate, String field, String text) {
        Http.Reply r = as.post("/api/congresses/" + congress + "/delegates/" + delegate + "/notes",
                World.obj(field, text));
        assertEquals(200, r.status(), r.toString());
    }

    private static void decide(Http as, long congress, long delegate, String decision, String note) {
        Http.Reply r = as.post("/api/congresses/" + congress + "/delegates/" + delegate + "/credential-decision",
                Json.createObjectBuilder().add("decision", decision).add("note", note).build());
        assertEquals(200, r.status(), r.toString());
    }

    private static String rows(JsonObject report, String key) {
        for (JsonValue v : report.getJsonArray("structures")) {
            JsonObject s = v.asJsonObject();
            if (s.getString("key").equals(key)) {
                return s.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                        .map(r -> r.getString("key") + "=" + r.getInt("count") + "/" + r.getJsonNumber("percent").doubleValue())
                        .collect(Collectors.joining(" "));
            }
        }
        throw new AssertionError("no structure " + key + " in " + report);
    }

    private static double number(JsonObject o, String key) {
        return o.getJsonNumber(key).doubleValue();
    }

    @Test
    void theReportCountsTheRosterAtTheOpeningDate() {
        Roster r = roster();
        Http.Reply reply = officer.get("/api/congresses/" + r.congress() + "/credential-report");
        assertEquals(200, reply.status(), reply.toString());
        JsonObject j = reply.json();
        assertEquals(r.session(), j.getJsonNumber("sessionId").longValue(), "the session open for check-in");
        assertEquals("Phiên trù bị", j.getString("sessionName"));
        assertEquals("2025-10-15", j.getString("openingDate"));
        assertEquals(6, j.getInt("convened"), "the rejected delegate is withdrawn; alternates and guests not counted");
        assertEquals(4, j.getInt("present"));
        assertEquals(66.7, number(j, "presentPercent"));
        assertEquals(2, j.getInt("absent"));
        assertEquals(1, j.getInt("absentWithReason"));
        assertEquals(16.7, number(j, "absentWithReasonPercent"));
        assertEquals(1, j.getInt("absentWithoutReason"));
        assertEquals(16.7, number(j, "absentWithoutReasonPercent"));
        assertEquals(4, j.getInt("quorumNeeded"));
        assertTrue(j.getBoolean("quorumReached"));
        Map<String, String> absences = j.getJsonArray("absences").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(a -> a.getString("fullName"), a -> a.getString("reason", "-")));
        assertEquals(Map.of("Trần Văn Dũng " + r.suffix(), "Ốm, nằm viện", "Thạch Văn Em " + r.suffix(), "-"),
                absences);

        assertEquals("MALE=3/50.0 FEMALE=3/50.0", rows(j, "sex"));
        assertEquals("UNDER_30=1/16.7 30_39=2/33.3 40_49=0/0.0 50_59=2/33.3 60_PLUS=1/16.7", rows(j, "ageBand"));
        assertEquals("Kinh=4/66.7 Khmer=1/16.7 Tày=1/16.7", rows(j, "ethnicity"));
        assertEquals(2, j.getInt("ethnicMinorities"));
        assertEquals(33.3, number(j, "ethnicMinoritiesPercent"));
        assertEquals("12/12=4/66.7 10/10=2/33.3", rows(j, "generalEducation"));
        assertEquals("Cử nhân Luật=3/50.0 Kỹ sư=2/33.3 UNKNOWN=1/16.7", rows(j, "professionalQualification"));
        assertEquals("NONE=0/0.0 ELEMENTARY=1/16.7 INTERMEDIATE=2/33.3 ADVANCED=2/33.3 BACHELOR=1/16.7",
                rows(j, "politicalTheory"));
        assertEquals("UNDER_10=1/16.7 10_19=2/33.3 20_29=1/16.7 30_39=1/16.7 40_PLUS=1/16.7", rows(j, "partyAgeBand"));
        assertEquals("Công chức=3/50.0 Hưu trí=2/33.3 Giáo viên=1/16.7", rows(j, "occupation"));
        assertEquals("Nguyễn Văn An " + r.suffix(), j.getJsonObject("youngest").getString("fullName"));
        assertEquals(29, j.getJsonObject("youngest").getInt("age"));
        assertEquals("Trần Văn Dũng " + r.suffix(), j.getJsonObject("oldest").getString("fullName"));
        assertEquals(60, j.getJsonObject("oldest").getInt("age"));
        assertEquals(44.5, number(j, "averageAge"));

        assertEquals("EX_OFFICIO=1/16.7 ELECTED=4/66.7 APPOINTED=1/16.7", j.getJsonArray("byBasis").stream()
                .map(JsonValue::asJsonObject)
                .map(b -> b.getString("key") + "=" + b.getInt("count") + "/" + b.getJsonNumber("percent").doubleValue())
                .collect(Collectors.joining(" ")));
        assertEquals(1, j.getInt("withdrawn"));
        assertEquals(1, j.getInt("alternates"));
        assertEquals(1, j.getInt("alternatesPresent"));
        assertEquals(1, j.getInt("guests"));
        assertEquals(0, j.getInt("guestsPresent"));
        Map<String, String> questioned = j.getJsonArray("questioned").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(q -> q.getString("fullName"),
                        q -> q.getString("question") + " → " + q.getString("decision") + ": " + q.getString("note")));
        assertEquals(Map.of(
                "Lê Thị Cúc " + r.suffix(), "Đơn phản ánh về nơi cư trú → ACCEPTED: Đã xác minh, đủ tư cách",
                "Đỗ Văn Giang " + r.suffix(), "Đang bị xem xét kỷ luật → REJECTED: Không đủ tư cách đại biểu"),
                questioned);
        assertEquals("Hoàng Thị Bích " + r.suffix(), j.getString("committeeHead"));
        assertEquals(9, j.getJsonArray("delegates").size(), "everyone on the list, the guest too");
        assertEquals(1, j.getJsonArray("sessions").size());
    }

    @Test
    void anEarlierSessionCanBeChosenAndANewOneStartsAfresh() {
        Roster r = roster();
        long next = new Congresses(officer).session(r.congress(), "Phiên chính thức thứ nhất", true);
        JsonObject now = officer.get("/api/congresses/" + r.congress() + "/credential-report").json();
        assertEquals(next, now.getJsonNumber("sessionId").longValue(), "the session now open");
        assertEquals(0, now.getInt("present"));
        assertFalse(now.getBoolean("quorumReached"));
        JsonObject first = officer.get("/api/congresses/" + r.congress() + "/credential-report?sessionId=" + r.session())
                .json();
        assertEquals(4, first.getInt("present"));
        assertEquals(404, officer.get("/api/congresses/" + r.congress() + "/credential-report?sessionId=987654321")
                .status());
    }

    @Test
    void theWordReportAndTheWorkbookCarryTheFigures() throws Exception {
        Roster r = roster();
        Http committee = anonymous.as(World.memberToken(r.memberB()));
        byte[] docx = committee.bytes("/api/congresses/" + r.congress() + "/credential-report/docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            String t = text.getText();
            assertTrue(t.contains("BÁO CÁO THẨM TRA TƯ CÁCH ĐẠI BIỂU"), t);
            assertTrue(t.contains("ĐẢNG CỘNG SẢN VIỆT NAM"), t);
            assertTrue(t.contains("Tổng số đại biểu chính thức được triệu tập: 6 đồng chí"), t);
            assertTrue(t.contains("Số đại biểu có mặt: 4 đồng chí, chiếm 66,7%"), t);
            assertTrue(t.contains("Ốm, nằm viện"), t);
            assertTrue(t.contains("Đang bị xem xét kỷ luật"), t);
            assertTrue(t.contains("Không công nhận tư cách đại biểu: Không đủ tư cách đại biểu"), t);
            assertTrue(t.contains("Đại biểu cao tuổi nhất là đồng chí Trần Văn Dũng " + r.suffix() + ", 60 tuổi"), t);
            assertTrue(t.contains("TRƯỞNG BAN"), t);
            assertTrue(t.contains("Hoàng Thị Bích " + r.suffix()), t);
        }
        byte[] xlsx = committee.bytes("/api/congresses/" + r.congress() + "/credential-report/xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet summary = wb.getSheet("Tổng hợp");
            assertEquals("Đại biểu chính thức được triệu tập", summary.getRow(5).getCell(0).getStringCellValue());
            assertEquals(6, summary.getRow(5).getCell(1).getNumericCellValue());
            Sheet ages = wb.getSheet("Độ tuổi");
            assertEquals("Dưới 30 tuổi", ages.getRow(3).getCell(0).getStringCellValue());
            assertEquals(1, ages.getRow(3).getCell(1).getNumericCellValue());
            assertEquals(0.167, ages.getRow(3).getCell(2).getNumericCellValue(), 1e-9);
            Sheet ethnicity = wb.getSheet("Dân tộc");
            assertEquals("Kinh", ethnicity.getRow(3).getCell(0).getStringCellValue());
            assertEquals(4, ethnicity.getRow(3).getCell(1).getNumericCellValue());
            assertEquals(9, wb.getSheet("Danh sách đại biểu").getLastRowNum(), "the header, then 9 lines");
            assertEquals(2, wb.getSheet("Tư cách đại biểu").getLastRowNum());
        }
        // The exports carry the delegates' personal data out of the system: each is in the audit log.
        String audit = officer.get("/api/audit?size=50").json().toString();
        assertTrue(audit.contains("CONGRESS_CREDENTIAL_REPORT_EXPORTED"), audit);
    }

    @Test
    void theCommitteeAndThePresidiumReadItAPlainDelegateDoesNot() {
        Roster r = roster();
        String path = "/api/congresses/" + r.congress() + "/credential-report";
        Http plain = anonymous.as(World.memberToken(r.memberF()));
        assertEquals(403, plain.get(path).status());
        assertEquals(403, plain.send("GET", path + "/docx", null, null).status());
        assertEquals(403, plain.send("GET", path + "/xlsx", null, null).status());
        assertEquals(200, anonymous.as(World.memberToken(r.memberB())).get(path).status(), "the credential committee");
        new Congresses(officer).appoint(r.congress(), "PRESIDIUM", r.delegates().get("F"));
        assertEquals(200, plain.get(path).status(), "now on the presidium");
        assertEquals(403, anonymous.as(world.secretaryOf(world.cell("Chi bộ Ngoài"))).get(path).status(),
                "not on the list");
    }
}
