package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Digital-skills classes: the completion rule (computed from attendance, every session required unless the
 * organiser says otherwise), enrolment of members and residents (phone checked, nobody twice), attendance only
 * for sessions held, who may see and change a class, the period report and its .xlsx.
 */
class SkillsClassApiIT extends ServerTest {

    private static final ZoneId WARD = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void completionFollowsAttendanceAndTheRequiredSessions() {
        long cell = world.cell("Chi bộ Học vụ số");
        Http secretary = anonymous.as(world.secretaryOf(cell));
        long member = world.member("Đinh Thị Hằng " + World.suffix(), cell);
        long id = newClass(secretary, cell, null);
        LocalDate today = LocalDate.now(WARD);
        long s1 = session(secretary, id, today.minusDays(14));
        long s2 = session(secretary, id, today.minusDays(7));
        long s3 = session(secretary, id, today);

        JsonObject sheet = enrol(secretary, id, Json.createObjectBuilder().add("memberId", member)
                .add("neighbourhood", "Khu phố 3"));
        sheet = enrol(secretary, id, resident("Mai Văn Thành", "0987 654 321", "Tổ dân phố 5"));
        assertEquals(3, sheet.getInt("required"), "every session is required by default");
        long m = learner(sheet, "MEMBER");
        long r = learner(sheet, "RESIDENT");
        JsonObject byMember = line(sheet, m);
        assertTrue(byMember.getString("fullName").startsWith("Đinh Thị Hằng"), "a member's name comes from the dossier");
        assertEquals(member, byMember.getJsonNumber("memberId").longValue());
        assertEquals("0987654321", line(sheet, r).getString("phone"), "the phone is kept in one form");

        for (long s : List.of(s1, s2, s3)) {
            mark(secretary, id, s, m, true);
        }
        mark(secretary, id, s1, r, true);
        mark(secretary, id, s2, r, false);
        sheet = mark(secretary, id, s3, r, true);
        assertTrue(line(sheet, m).getBoolean("completed"), "attended all three");
        assertEquals(2, line(sheet, r).getInt("attended"));
        assertFalse(line(sheet, r).getBoolean("completed"), "two of three required");
        assertEquals(1, sheet.getInt("completed"));
        JsonObject first = sheet.getJsonArray("sessions").getJsonObject(1);
        assertEquals(1, first.getInt("present"));
        assertEquals(1, first.getInt("absent"));

        // Marking again changes the fact, not a counter: the resident was there after all.
        sheet = mark(secretary, id, s2, r, true);
        assertTrue(line(sheet, r).getBoolean("completed"));
        sheet = mark(secretary, id, s2, r, false);
        assertFalse(line(sheet, r).getBoolean("completed"));

        // Two of the three sessions are enough once the organiser says so.
        Http.Reply changed = secretary.send("PUT", "/api/classes/" + id, classBody(null, 2).toString(),
                "application/json");
        assertEquals(200, changed.status(), changed.toString());
        assertTrue(line(changed.json(), r).getBoolean("completed"));
        assertEquals(2, changed.json().getInt("completed"));

        // Back to "every session": a fourth session held makes nobody complete until they attend it.
        secretary.send("PUT", "/api/classes/" + id, classBody(null, null).toString(), "application/json");
        long s4 = session(secretary, id, today.minusDays(1));
        sheet = secretary.get("/api/classes/" + id).json();
        assertEquals(4, sheet.getInt("required"));
        assertFalse(line(sheet, m).getBoolean("completed"), "three of four");
        sheet = mark(secretary, id, s4, m, true);
        assertTrue(line(sheet, m).getBoolean("completed"));

        // A future session cannot have an attendance yet.
        long later = session(secretary, id, today.plusDays(7));
        Http.Reply future = markReply(secretary, id, later, m, true);
        assertEquals(409, future.status(), future.toString());
        assertTrue(future.json().getString("type").endsWith("SessionNotHeldYet"), future.toString());
        assertEquals(5, secretary.get("/api/classes/" + id).json().getInt("required"));

        // A session or learner of another class is refused by name.
        long otherClass = newClass(secretary, cell, null);
        long foreign = session(secretary, otherClass, today);
        assertEquals(Map.of("sessionId", "skills.notThisClass"), codes(markReply(secretary, id, foreign, m, true)));
        assertEquals(Map.of("present", "field.required"), codes(secretary.post("/api/classes/" + id + "/attendance",
                Json.createObjectBuilder().add("sessionId", s1).add("learnerId", m).build())));

        // Every session counts by default, the one still ahead too: nobody has completed five yet.
        assertEquals(0, secretary.get("/api/classes/" + id).json().getInt("completed"));
        secretary.send("PUT", "/api/classes/" + id, classBody(null, 4).toString(), "application/json");
        Http.Reply print = secretary.get("/api/classes/" + id + "/completion");
        assertEquals(200, print.status(), print.toString());
        JsonObject list = print.json();
        assertEquals(1, list.getJsonArray("completed").size());
        assertTrue(list.getJsonArray("completed").getJsonObject(0).getString("fullName").startsWith("Đinh Thị Hằng"));
        assertFalse(list.getString("wardName").isBlank());
        assertEquals(today.minusDays(14).toString(), list.getString("firstDay"));
        assertEquals(2, list.getInt("learners"));

        String audit = officer.get("/api/audit?size=100").json().toString();
        for (String action : List.of("SKILLS_CLASS_CREATED", "SKILLS_CLASS_UPDATED", "SKILLS_SESSION_ADDED",
                "SKILLS_LEARNER_ENROLLED", "SKILLS_ATTENDANCE_MARKED", "SKILLS_COMPLETION_LIST_PRINTED")) {
            assertTrue(audit.contains(action), action + " is audited");
        }
    }

    @Test
    void nobodyIsEnrolledTwiceAndResidentsAreCheckedWithClearReasons() {
        long cell = world.cell("Chi bộ Ghi danh");
        Http secretary = anonymous.as(world.secretaryOf(cell));
        long member = world.member("Khúc Thị Nga " + World.suffix(), cell);
        long elsewhere = world.member("Khúc Văn Nam " + World.suffix(), world.cell("Chi bộ Bên cạnh"));
        long id = newClass(secretary, cell, null);

        enrol(secretary, id, Json.createObjectBuilder().add("memberId", member));
        Http.Reply twice = secretary.post("/api/classes/" + id + "/learners",
                Json.createObjectBuilder().add("memberId", member).build());
        assertEquals(409, twice.status(), twice.toString());
        assertTrue(twice.json().getString("type").endsWith("AlreadyEnrolled"));
        assertTrue(twice.json().getString("detail").contains("Khúc Thị Nga"), twice.toString());

        enrol(secretary, id, resident("Tạ Thị Xuân", "0903 111 222", "Khu phố 1"));
        Http.Reply samePhone = secretary.post("/api/classes/" + id + "/learners",
                resident("Tạ Thị Xuân", "+84 903 111 222", "Khu phố 1").build());
        assertEquals(409, samePhone.status(), "the same phone number written another way: " + samePhone);
        JsonObject sheet = secretary.get("/api/classes/" + id).json();
        assertEquals(2, sheet.getJsonArray("learners").size());

        // The same person may attend another class.
        long another = newClass(secretary, cell, null);
        enrol(secretary, another, resident("Tạ Thị Xuân", "0903111222", "Khu phố 1"));

        assertEquals(Map.of("fullName", "field.required", "phone", "field.required", "neighbourhood", "field.required"),
                codes(secretary.post("/api/classes/" + id + "/learners", Json.createObjectBuilder().build())));
        assertEquals(Map.of("phone", "skills.phone"), codes(secretary.post("/api/classes/" + id + "/learners",
                resident("Hà Văn Bốn", "0123 456 789", "Khu phố 2").build())));
        assertEquals(Map.of("phone", "skills.phone"), codes(secretary.post("/api/classes/" + id + "/learners",
                resident("Hà Văn Bốn", "09123", "Khu phố 2").build())));
        assertEquals(Map.of("fullName", "skills.fullName"), codes(secretary.post("/api/classes/" + id + "/learners",
                resident("Hà Văn 4", "0912345679", "Khu phố 2").build())));
        Http.Reply english = secretary.inLanguage("en").post("/api/classes/" + id + "/learners",
                resident("Hà Văn Bốn", "12", "Khu phố 2").build());
        assertTrue(english.body().contains("10 digits"), english.toString());
        Http.Reply vietnamese = secretary.post("/api/classes/" + id + "/learners",
                resident("Hà Văn Bốn", "12", "Khu phố 2").build());
        assertTrue(vietnamese.body().contains("10 chữ số"), vietnamese.toString());

        assertEquals(Map.of("memberId", "skills.memberNotInUnit"), codes(secretary.post("/api/classes/" + id
                + "/learners", Json.createObjectBuilder().add("memberId", elsewhere).build())),
                "a cell's class takes that cell's members");
        assertEquals(404, secretary.post("/api/classes/" + id + "/learners", Json.createObjectBuilder()
                .add("memberId", 987_654_321L).build()).status());

        assertEquals(Map.of("title", "field.required", "instructor", "field.required", "skills",
                "skills.skillsRequired", "requiredSessions", "skills.requiredSessions"),
                codes(secretary.post("/api/classes", Json.createObjectBuilder().add("unitId", cell)
                        .add("title", " ").add("skills", Json.createArrayBuilder().add(" "))
                        .add("requiredSessions", 0).build())));
        assertEquals(Map.of("date", "field.required"), codes(secretary.post("/api/classes/" + id + "/sessions",
                Json.createObjectBuilder().add("topic", "Không ngày").build())));
    }

    @Test
    void aSecretaryRunsOnlyTheirCellsClassesAndOfficersRunTheWards() {
        long cellA = world.cell("Chi bộ Lớp A");
        long cellB = world.cell("Chi bộ Lớp B");
        Http secA = anonymous.as(world.secretaryOf(cellA));
        Http secB = anonymous.as(world.secretaryOf(cellB));
        long memberA = world.member("Lạc Thị Hòa " + World.suffix(), cellA);
        long id = newClass(secA, cellA, null);
        long s = session(secA, id, LocalDate.now(WARD));
        long learner = learner(enrol(secA, id, resident("Châu Văn Lợi", "0355 123 456", "Khu phố 6")), "RESIDENT");

        Http.Reply read = secB.get("/api/classes/" + id);
        assertEquals(403, read.status(), read.toString());
        assertTrue(read.json().getString("type").endsWith("ClassOutsideYourUnit"), read.toString());
        assertEquals(403, secB.send("PUT", "/api/classes/" + id, classBody(null, null).toString(),
                "application/json").status());
        assertEquals(403, secB.post("/api/classes/" + id + "/sessions", Json.createObjectBuilder()
                .add("date", LocalDate.now(WARD).toString()).build()).status());
        assertEquals(403, secB.post("/api/classes/" + id + "/learners",
                resident("Châu Văn Phúc", "0355 123 457", "Khu phố 6").build()).status());
        assertEquals(403, markReply(secB, id, s, learner, false).status());
        assertEquals(403, secB.get("/api/classes/" + id + "/completion").status());
        assertEquals(403, secB.post("/api/classes", classBody(cellA, null)).status(), "nor open one for cell A");
        assertEquals(403, secB.get("/api/classes?unitId=" + cellA).status());
        assertTrue(ids(secB.get("/api/classes").array()).isEmpty(), "cell B's secretary sees none of cell A's classes");
        assertEquals(List.of(id), ids(secA.get("/api/classes").array()));
        assertFalse(line(secA.get("/api/classes/" + id).json(), learner).getBoolean("completed"),
                "nothing changed by the refused attempts");

        Http member = anonymous.as(World.memberToken(memberA));
        assertEquals(403, member.get("/api/classes").status(), "members do not run classes");
        assertEquals(403, member.get("/api/classes/" + id).status());

        // Ward classes are the officers'; they take members of any cell.
        long ward = world.ward();
        assertEquals(403, secA.post("/api/classes", classBody(ward, null)).status());
        long wardClass = newClass(officer, ward, null);
        enrol(officer, wardClass, Json.createObjectBuilder().add("memberId", memberA));
        assertEquals(403, secA.get("/api/classes/" + wardClass).status());
        assertTrue(ids(officer.get("/api/classes").array()).containsAll(List.of(id, wardClass)));
        assertEquals(200, officer.get("/api/classes/" + id).status(), "officers see every class");
        assertEquals(404, officer.get("/api/classes/987654321").status());
    }

    @Test
    void thePeriodReportCountsClassesLearnersAndCompletionsByUnitAndNeighbourhood() throws Exception {
        long cell = world.cell("Chi bộ Báo cáo số");
        Http secretary = anonymous.as(world.secretaryOf(cell));
        long member = world.member("Phí Thị Loan " + World.suffix(), cell);
        LocalDate from = LocalDate.of(2024, 3, 1);
        LocalDate to = LocalDate.of(2024, 3, 31);

        long one = newClass(secretary, cell, null);
        long a1 = session(secretary, one, LocalDate.of(2024, 3, 5));
        long a2 = session(secretary, one, LocalDate.of(2024, 3, 12));
        JsonObject sheet = enrol(secretary, one, resident("Lưu Thị Một", "0911 000 001", "Khu phố 1"));
        sheet = enrol(secretary, one, resident("Lưu Văn Hai", "0911 000 002", "Khu phố 1"));
        sheet = enrol(secretary, one, Json.createObjectBuilder().add("memberId", member).add("neighbourhood", "Khu phố 2"));
        for (JsonValue v : sheet.getJsonArray("learners")) {
            long l = v.asJsonObject().getJsonNumber("id").longValue();
            boolean second = v.asJsonObject().getString("fullName").startsWith("Lưu Văn Hai");
            mark(secretary, one, a1, l, true);
            mark(secretary, one, a2, l, !second);
        }
        long two = newClass(secretary, cell, 1);
        long b1 = session(secretary, two, LocalDate.of(2024, 3, 28));
        long x = learner(enrol(secretary, two, resident("Lưu Thị Ba", "0911 000 003", "Khu phố 2")), "RESIDENT");
        mark(secretary, two, b1, x, true);
        long outside = newClass(secretary, cell, null);
        session(secretary, outside, LocalDate.of(2024, 5, 2));
        enrol(secretary, outside, resident("Lưu Văn Bốn", "0911 000 004", "Khu phố 9"));

        Http.Reply reply = secretary.get("/api/classes/report?from=" + from + "&to=" + to);
        assertEquals(200, reply.status(), reply.toString());
        JsonObject report = reply.json();
        assertEquals(2, report.getInt("classes"), "the class of May is outside the period");
        assertEquals(3, report.getInt("sessions"));
        assertEquals(4, report.getInt("learners"));
        assertEquals(3, report.getInt("residents"));
        assertEquals(1, report.getInt("members"));
        assertEquals(3, report.getInt("completed"));
        Map<String, JsonObject> places = byName(report.getJsonArray("byNeighbourhood"));
        assertEquals(Map.of("classes", 1, "learners", 2, "completed", 1), counts(places.get("Khu phố 1")));
        assertEquals(Map.of("classes", 2, "learners", 2, "completed", 2), counts(places.get("Khu phố 2")));
        assertEquals(1, report.getJsonArray("byUnit").size());
        JsonObject unit = report.getJsonArray("byUnit").getJsonObject(0);
        assertTrue(unit.getString("name").startsWith("Chi bộ Báo cáo số"), unit.toString());
        assertEquals(Map.of("classes", 2, "learners", 4, "completed", 3), counts(unit));

        JsonObject wardWide = officer.get("/api/classes/report?from=" + from + "&to=" + to).json();
        assertTrue(wardWide.getInt("classes") >= 2);
        assertTrue(byName(wardWide.getJsonArray("byUnit")).containsKey(unit.getString("name")));
        assertEquals(0, anonymous.as(world.secretaryOf(world.cell("Chi bộ Không lớp")))
                .get("/api/classes/report?from=" + from + "&to=" + to).json().getInt("classes"),
                "another secretary's report holds none of these classes");

        assertEquals(Map.of("to", "skills.period"), codes(secretary.get("/api/classes/report?from=" + to + "&to=" + from)));
        assertEquals(Map.of("from", "field.date"), codes(secretary.get("/api/classes/report?from=yesterday&to=" + to)));
        assertEquals(403, anonymous.as(World.memberToken(member)).get("/api/classes/report?from=" + from + "&to="
                + to).status());

        byte[] xlsx = secretary.bytes("/api/classes/report/xlsx?from=" + from + "&to=" + to);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheet("Bình dân học vụ số");
            assertTrue(s != null, "the sheet is named in Vietnamese");
            assertEquals("BÁO CÁO KẾT QUẢ LỚP BÌNH DÂN HỌC VỤ SỐ", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Từ ngày 01/03/2024 đến ngày 31/03/2024", s.getRow(2).getCell(0).getStringCellValue());
            Map<String, Row> rows = new HashMap<>();
            for (Row row : s) {
                if (row.getCell(0) != null && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    rows.putIfAbsent(row.getCell(0).getStringCellValue(), row);
                }
            }
            assertEquals(2, (int) rows.get("Số lớp").getCell(1).getNumericCellValue());
            assertEquals(4, (int) rows.get("Số học viên").getCell(1).getNumericCellValue());
            assertEquals(3, (int) rows.get("Số học viên hoàn thành").getCell(1).getNumericCellValue());
            Row head = rows.get("Theo khu phố / tổ dân phố");
            assertEquals("Số học viên", head.getCell(2).getStringCellValue());
            assertEquals("Hoàn thành", head.getCell(5).getStringCellValue());
            Row kp1 = rows.get("Khu phố 1");
            assertEquals(2, (int) kp1.getCell(2).getNumericCellValue());
            assertEquals(1, (int) kp1.getCell(5).getNumericCellValue());
            assertEquals(0.5, kp1.getCell(6).getNumericCellValue(), 1e-9);
            assertTrue(rows.containsKey(unit.getString("name")), "the unit's line");
        }
        assertTrue(officer.get("/api/audit?size=100").json().toString().contains("SKILLS_REPORT_EXPORTED"));
    }

    // ---------------------------------------------------------------- helpers

    private static JsonObject classBody(Long unitId, Integer required) {
        var b = Json.createObjectBuilder().add("title", "Kỹ năng số cho mọi người")
                .add("skills", Json.createArrayBuilder().add("Dùng VNeID").add("Thanh toán trực tuyến"))
                .add("instructor", "Nguyễn Văn Giảng").add("place", "Nhà văn hóa");
        if (unitId != null) {
            b.add("unitId", unitId);
        }
        if (required != null) {
            b.add("requiredSessions", required);
        }
        return b.build();
    }

    private static long newClass(Http who, long unitId, Integer required) {
        Http.Reply r = who.post("/api/classes", classBody(unitId, required));
        assertEquals(201, r.status(), r.toString());
        assertEquals(List.of("Dùng VNeID", "Thanh toán trực tuyến"), r.json().getJsonArray("skills")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        return r.json().getJsonNumber("id").longValue();
    }

    private static long session(Http who, long classId, LocalDate day) {
        Http.Reply r = who.post("/api/classes/" + classId + "/sessions", Json.createObjectBuilder()
                .add("date", day.toString()).add("time", "19:00").add("topic", "Buổi " + day).build());
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonArray("sessions").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("date").equals(day.toString()))
                .mapToLong(s -> s.getJsonNumber("id").longValue()).max().orElseThrow();
    }

    private static jakarta.json.JsonObjectBuilder resident(String name, String phone, String neighbourhood) {
        return Json.createObjectBuilder().add("fullName", name).add("phone", phone).add("neighbourhood", neighbourhood);
    }

    private static JsonObject enrol(Http who, long classId, jakarta.json.JsonObjectBuilder body) {
        Http.Reply r = who.post("/api/classes/" + classId + "/learners", body.build());
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    /** The learner of that kind enrolled last. */
    private static long learner(JsonObject sheet, String kind) {
        return sheet.getJsonArray("learners").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("kind").equals(kind)).mapToLong(l -> l.getJsonNumber("id").longValue())
                .max().orElseThrow();
    }

    private static JsonObject line(JsonObject sheet, long learnerId) {
        return sheet.getJsonArray("learners").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getJsonNumber("id").longValue() == learnerId).findFirst().orElseThrow();
    }

    private static Http.Reply markReply(Http who, long classId, long sessionId, long learnerId, boolean present) {
        return who.post("/api/classes/" + classId + "/attendance", Json.createObjectBuilder().add("sessionId", sessionId)
                .add("learnerId", learnerId).add("present", present).build());
    }

    private static JsonObject mark(Http who, long classId, long sessionId, long learnerId, boolean present) {
        Http.Reply r = markReply(who, classId, sessionId, learnerId, present);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static List<Long> ids(JsonArray classes) {
        return classes.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static Map<String, JsonObject> byName(JsonArray lines) {
        Map<String, JsonObject> out = new HashMap<>();
        lines.forEach(v -> out.put(v.asJsonObject().getString("name"), v.asJsonObject()));
        return out;
    }

    private static Map<String, Integer> counts(JsonObject line) {
        return Map.of("classes", line.getInt("classes"), "learners", line.getInt("learners"),
                "completed", line.getInt("completed"));
    }

    private static Map<String, String> codes(Http.Reply r) {
        assertEquals(400, r.status(), r.toString());
        return DossierApiIT.codes(r.json());
    }
}
