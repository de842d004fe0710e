package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * Cell meetings: planning (with the "posted late" flag), members' invitations, attendance with the live and
 * recorded quorum, QR check-in (genuine code, window, once), minutes exported as .docx, the absence rule, and
 * who may do what.
 */
class MeetingApiIT extends ServerTest {

    /** The server judges meeting times in the ward's zone, whatever the zone of the machine running the tests. */
    private static final java.time.ZoneId WARD = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void aSecretaryPlansMeetingsAndTheCellsMembersSeeTheirInvitationsOnly() {
        long cell = world.cell("Chi bộ Họp");
        Http secretary = anonymous.as(world.secretaryOf(cell));
        long member = world.member("Đỗ Thị Lan " + World.suffix(), cell);
        long other = world.cell("Chi bộ Khác");
        long outsider = world.member("Đỗ Văn Khải " + World.suffix(), other);

        LocalDateTime nextMonth = LocalDate.now(WARD).plusMonths(1).withDayOfMonth(5).atTime(19, 30);
        Http.Reply planned = secretary.post("/api/meetings", plan(cell, "REGULAR", nextMonth, "Học tập nghị quyết"));
        assertEquals(201, planned.status(), planned.toString());
        JsonObject meeting = planned.json().getJsonObject("meeting");
        long id = meeting.getJsonNumber("id").longValue();
        assertFalse(meeting.getBoolean("postedLate"), "posted before its month starts");
        assertEquals(List.of("Nghị quyết số 01-NQ/ĐU | https://example.invalid/nq01", "Sổ tay đảng viên"),
                meeting.getJsonArray("documents").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString).toList());
        assertEquals("2/3", planned.json().getString("quorum"));

        LocalDateTime thisMonth = LocalDate.now(WARD).withDayOfMonth(1).atTime(0, 0);
        JsonObject late = secretary.post("/api/meetings", plan(cell, "REGULAR", thisMonth, "Sinh hoạt tháng này"))
                .json().getJsonObject("meeting");
        assertTrue(late.getBoolean("postedLate"), "a regular meeting planned within its own month is flagged, not refused");
        JsonObject thematic = secretary.post("/api/meetings", plan(cell, "THEMATIC",
                LocalDateTime.now(WARD).plusHours(4).truncatedTo(ChronoUnit.MINUTES),
                "Đảng viên tiên phong học tập kỹ năng số")).json().getJsonObject("meeting");
        assertFalse(thematic.getBoolean("postedLate"), "thematic meetings are called when needed");

        var mine = anonymous.as(World.memberToken(member)).get("/api/meetings/mine").array();
        assertEquals(3, mine.size(), mine.toString());
        assertEquals(thematic.getJsonNumber("id").longValue(), mine.getJsonObject(0).getJsonNumber("id").longValue(),
                "upcoming first, the soonest first");
        assertEquals(id, mine.getJsonObject(1).getJsonNumber("id").longValue());
        assertEquals(late.getJsonNumber("id").longValue(), mine.getJsonObject(2).getJsonNumber("id").longValue(),
                "then past ones");
        assertEquals(0, anonymous.as(World.memberToken(outsider)).get("/api/meetings/mine").array().size());

        Http.Reply asMember = anonymous.as(World.memberToken(member)).get("/api/meetings/" + id);
        assertEquals(200, asMember.status(), asMember.toString());
        assertEquals(0, asMember.json().getJsonArray("attendance").size(), "members do not see the attendance list");
        assertFalse(asMember.json().getBoolean("managed"));
        assertTrue(secretary.get("/api/meetings/" + id).json().getBoolean("managed"));
        assertEquals(403, anonymous.as(World.memberToken(outsider)).get("/api/meetings/" + id).status());

        Http otherSecretary = anonymous.as(world.secretaryOf(other));
        assertEquals(403, otherSecretary.get("/api/meetings/" + id).status());
        assertEquals(403, otherSecretary.post("/api/meetings", plan(cell, "REGULAR", nextMonth, "x")).status());
        assertEquals(403, otherSecretary.get("/api/meetings?cellId=" + cell).status());
        assertEquals(403, otherSecretary.post("/api/meetings/" + id + "/attendance", Json.createObjectBuilder()
                .add("memberId", member).add("status", "PRESENT").build()).status());
        assertEquals(403, anonymous.as(World.memberToken(member)).post("/api/meetings",
                plan(cell, "REGULAR", nextMonth, "x")).status(), "members do not plan");

        var list = officer.get("/api/meetings?cellId=" + cell + "&year=" + nextMonth.getYear()).array();
        assertTrue(list.stream().anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == id), list.toString());

        Http.Reply bad = secretary.post("/api/meetings", Json.createObjectBuilder().add("cellId", cell)
                .add("kind", "MONTHLY").add("startsAt", nextMonth.toString()).add("endsAt", nextMonth.minusHours(1)
                        .toString()).add("place", " ").build());
        assertEquals(Map.of("kind", "meeting.kind", "endsAt", "meeting.endsAt", "place", "field.required",
                "topic", "field.required"), codes(bad));
        assertTrue(officer.get("/api/audit?size=50").json().toString().contains("MEETING_PLANNED"));
    }

    @Test
    void attendanceGivesTheLiveQuorumAndClosingRecordsIt() {
        long cell = world.cell("Chi bộ Điểm danh");
        Http secretary = anonymous.as(world.secretaryOf(cell));
        long a = world.member("Vũ Thị An " + World.suffix(), cell);
        long b = world.member("Vũ Văn Bình " + World.suffix(), cell);
        long c = world.member("Vũ Thị Cúc " + World.suffix(), cell);
        Http.Reply ex = officer.post("/api/members", world.memberFields("Vũ Văn Dân " + World.suffix(), cell)
                .add("status", "EXEMPT").build());
        assertEquals(201, ex.status(), ex.toString());
        long exempt = ex.json().getJsonNumber("id").longValue();
        long id = started(secretary, cell);

        JsonObject sheet = secretary.get("/api/meetings/" + id).json();
        assertEquals(4, sheet.getInt("required"), "the secretary and three members; the exempt member is not required");
        assertEquals(3, sheet.getInt("needed"), "2/3 of 4 rounded up");
        Map<Long, JsonObject> lines = lines(sheet);
        assertFalse(lines.get(exempt).getBoolean("required"));
        assertEquals(409, mark(secretary, id, exempt, "PRESENT", null).status(), "exempt members are not marked");

        long secretaryId = lines.keySet().stream().filter(k -> k != a && k != b && k != c && k != exempt).findFirst()
                .orElseThrow();
        assertEquals(Map.of("reason", "meeting.reasonRequired"), codes(mark(secretary, id, c, "EXCUSED", " ")));
        assertEquals(Map.of("status", "meeting.attendanceStatus"), codes(mark(secretary, id, c, "LATE", null)));
        JsonObject live = mark(secretary, id, secretaryId, "PRESENT", null).json();
        assertEquals(1, live.getInt("present"));
        live = mark(secretary, id, a, "PRESENT", null).json();
        assertEquals(2, live.getInt("present"));
        assertFalse(live.getBoolean("quorumMet"));
        assertEquals(409, secretary.post("/api/meetings/" + id + "/closing", JsonValue.EMPTY_JSON_OBJECT).status(),
                "two members are not marked yet");
        live = mark(secretary, id, b, "UNEXCUSED", null).json();
        live = mark(secretary, id, c, "EXCUSED", "Ốm, nằm viện").json();
        assertEquals(2, live.getInt("present"));
        assertEquals(1, live.getInt("excused"));
        assertEquals(1, live.getInt("unexcused"));
        assertFalse(live.getBoolean("quorumMet"), "2 of 4 is below 2/3");
        live = mark(secretary, id, b, "PRESENT", null).json();
        assertTrue(live.getBoolean("quorumMet"), "3 of 4 reaches 2/3");
        assertEquals("Ốm, nằm viện", lines(live).get(c).getString("reason"));

        Http.Reply closed = secretary.post("/api/meetings/" + id + "/closing", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(200, closed.status(), closed.toString());
        JsonObject m = closed.json().getJsonObject("meeting");
        assertEquals("CLOSED", m.getString("state"));
        assertEquals(4, m.getInt("requiredCount"));
        assertEquals(3, m.getInt("presentCount"));
        assertEquals("2/3", m.getString("recordedQuorum"));
        assertTrue(m.getBoolean("quorumMet"));
        assertEquals(409, mark(secretary, id, b, "UNEXCUSED", null).status(), "attendance is fixed once closed");
        assertEquals(409, secretary.post("/api/meetings/" + id + "/closing", JsonValue.EMPTY_JSON_OBJECT).status());
    }

    @Test
    void aNotValidMeetingIsRecordedAsSuchAndTheWardQuorumIsAnOfficersSetting() {
        long cell = world.cell("Chi bộ Túc số");
        Http secretary = anonymous.as(world.secretaryOf(cell));
        long a = world.member("Hà Thị Mai " + World.suffix(), cell);
        long b = world.member("Hà Văn Nam " + World.suffix(), cell);
        long id = started(secretary, cell);
        Map<Long, JsonObject> lines = lines(secretary.get("/api/meetings/" + id).json());
        for (long who : lines.keySet()) {
            mark(secretary, id, who, who == a ? "PRESENT" : "UNEXCUSED", null);
        }
        JsonObject m = secretary.post("/api/meetings/" + id + "/closing", JsonValue.EMPTY_JSON_OBJECT).json()
                .getJsonObject("meeting");
        assertEquals(1, m.getInt("presentCount"));
        assertFalse(m.getBoolean("quorumMet"), "1 of 3 present");
        assertTrue(lines.containsKey(b));

        assertEquals("2/3", secretary.get("/api/meetings/quorum").json().getString("quorum"));
        assertEquals(403, secretary.send("PUT", "/api/meetings/quorum", "{\"quorum\":\"1/2\"}", "application/json")
                .status());
        assertEquals(Map.of("quorum", "meeting.quorum"), codes(officer.send("PUT", "/api/meetings/quorum",
                "{\"quorum\":\"1/3\"}", "application/json")));
        // The setting is ward-wide: put the default back in the same test so other tests see 2/3.
        assertEquals(200, officer.send("PUT", "/api/meetings/quorum", "{\"quorum\":\"2/3\"}", "application/json")
                .status());
    }

    @Test
    void membersCheckInWithTheMeetingsCodeOnlyDuringTheMeetingAndOnce() {
        long cell = world.cell("Chi bộ Quét mã");
        Http secretary = anonymous.as(world.secretaryOf(cell));
        long member = world.member("Lê Thị Hồng " + World.suffix(), cell);
        Http asMember = anonymous.as(World.memberToken(member));
        long id = started(secretary, cell);
        Http.Reply codeReply = secretary.get("/api/meetings/" + id + "/check-in-code");
        assertEquals(200, codeReply.status(), codeReply.toString());
        String code = codeReply.json().getString("code");
        assertEquals(403, asMember.get("/api/meetings/" + id + "/check-in-code").status(), "only the secretary shows it");

        String tampered = code.substring(0, code.length() - 2) + (code.endsWith("A") ? "BB" : "AA");
        assertEquals(Map.of("code", "meeting.badCode"), codes(checkIn(asMember, tampered)));
        String moved = code.replace("." + id + ".", "." + (id + 1) + ".");
        assertEquals(Map.of("code", "meeting.badCode"), codes(checkIn(asMember, moved)), "bound to its meeting");

        Http.Reply in = checkIn(asMember, code);
        assertEquals(200, in.status(), in.toString());
        assertEquals("PRESENT", in.json().getString("myAttendance"));
        Http.Reply twice = checkIn(asMember, code);
        assertEquals(409, twice.status(), twice.toString());
        assertTrue(twice.json().getString("detail").contains("đã được điểm danh"), twice.toString());
        JsonObject line = lines(secretary.get("/api/meetings/" + id).json()).get(member);
        assertEquals("PRESENT", line.getString("attendance"));
        assertTrue(line.getBoolean("selfCheckIn"));

        long outsider = world.member("Lê Văn Tùng " + World.suffix(), world.cell("Chi bộ Bên cạnh"));
        assertEquals(403, checkIn(anonymous.as(World.memberToken(outsider)), code).status());

        LocalDateTime tomorrow = LocalDateTime.now(WARD).plusDays(1).truncatedTo(ChronoUnit.MINUTES);
        long later = secretary.post("/api/meetings", plan(cell, "THEMATIC", tomorrow, "Chuyên đề ngày mai")).json()
                .getJsonObject("meeting").getJsonNumber("id").longValue();
        Http.Reply early = checkIn(asMember, secretary.get("/api/meetings/" + later + "/check-in-code").json()
                .getString("code"));
        assertEquals(409, early.status(), early.toString());
        assertTrue(early.json().getString("detail").contains("30 phút"), early.toString());

        LocalDateTime yesterday = LocalDateTime.now(WARD).minusDays(1).truncatedTo(ChronoUnit.MINUTES);
        long past = secretary.post("/api/meetings", plan(cell, "THEMATIC", yesterday, "Chuyên đề hôm qua")).json()
                .getJsonObject("meeting").getJsonNumber("id").longValue();
        Http.Reply over = checkIn(asMember.inLanguage("en"), secretary.get("/api/meetings/" + past + "/check-in-code")
                .json().getString("code"));
        assertEquals(409, over.status(), over.toString());
        assertTrue(over.json().getString("detail").contains("over"), over.toString());
    }

    @Test
    void theMinutesAreWrittenAndExportedAsAWordDocument() throws Exception {
        long cell = world.cell("Chi bộ Biên bản");
        Http secretary = anonymous.as(world.secretaryOf(cell));
        long a = world.member("Trần Thị Ngọc " + World.suffix(), cell);
        long id = started(secretary, cell);
        for (long who : lines(secretary.get("/api/meetings/" + id).json()).keySet()) {
            mark(secretary, id, who, "PRESENT", null);
        }
        secretary.post("/api/meetings/" + id + "/closing", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(409, secretary.send("GET", "/api/meetings/" + id + "/minutes/docx", null, null).status(),
                "no minutes yet");

        assertEquals(Map.of("content", "field.required", "chair", "field.required", "votesAgainst",
                "meeting.negativeVotes"), codes(secretary.send("PUT", "/api/meetings/" + id + "/minutes",
                Json.createObjectBuilder().add("secretary", "Trần Thị Ngọc").add("votesAgainst", -1).build().toString(),
                "application/json")));
        assertEquals(Map.of("votesFor", "meeting.tooManyVotes"), codes(secretary.send("PUT", "/api/meetings/" + id
                + "/minutes", minutes(5).build().toString(), "application/json")), "only 2 present");
        Http.Reply written = secretary.send("PUT", "/api/meetings/" + id + "/minutes", minutes(2).build().toString(),
                "application/json");
        assertEquals(200, written.status(), written.toString());
        assertEquals("Nguyễn Văn Chủ", written.json().getJsonObject("minutes").getString("chair"));

        byte[] docx = secretary.bytes("/api/meetings/" + id + "/minutes/docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            String all = text.getText();
            assertTrue(all.contains("ĐẢNG CỘNG SẢN VIỆT NAM"), all);
            assertTrue(all.contains("CHI BỘ BIÊN BẢN"), "the cell's name in the heading block: " + all);
            assertTrue(all.contains("BIÊN BẢN"), all);
            assertTrue(all.contains("SINH HOẠT CHI BỘ CHUYÊN ĐỀ"), all);
            assertTrue(all.contains("có mặt 2 đồng chí"), all);
            assertTrue(all.contains("vắng không lý do 0 đồng chí"), all);
            assertTrue(all.contains("Chủ trì: đồng chí Nguyễn Văn Chủ"), all);
            assertTrue(all.contains("Thư ký: đồng chí Trần Thị Ngọc"), all);
            assertTrue(all.contains("Quán triệt Nghị quyết"), all);
            assertTrue(all.contains("Đồng chí Ngọc đề nghị"), all);
            assertTrue(all.contains("Chi bộ thống nhất"), all);
            assertTrue(all.contains("tán thành 2 đồng chí; không tán thành 0 đồng chí; không biểu quyết 0 đồng chí"), all);
            assertTrue(all.contains("THƯ KÝ") && all.contains("CHỦ TRÌ"), all);
            assertEquals("Times New Roman", doc.getParagraphs().get(0).getRuns().get(0).getFontFamily());
        }
        Http member = anonymous.as(World.memberToken(a));
        assertEquals(403, member.send("GET", "/api/meetings/" + id + "/minutes/docx", null, null).status(),
                "the editable Word file is for those who manage the cell");
        assertTrue(officer.get("/api/audit?size=50").json().toString().contains("MEETING_MINUTES_EXPORTED"));

        // the same minutes as a PDF, which the cell's members may read once the meeting is closed
        for (Http reader : List.of(secretary, member)) {
            byte[] pdf = reader.bytes("/api/meetings/" + id + "/minutes/pdf");
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                // lines wrap where the page ends them: compare with single spaces
                String all = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC)
                        .replaceAll("\\s+", " ");
                assertTrue(all.contains("ĐẢNG CỘNG SẢN VIỆT NAM"), all);
                assertTrue(all.contains("CHI BỘ BIÊN BẢN"), all);
                assertTrue(all.contains("SINH HOẠT CHI BỘ CHUYÊN ĐỀ"), all);
                assertTrue(all.contains("có mặt 2 đồng chí"), all);
                assertTrue(all.contains("Chủ trì: đồng chí Nguyễn Văn Chủ"), all);
                assertTrue(all.contains("Quán triệt Nghị quyết"), all);
                assertTrue(all.contains("tán thành 2 đồng chí"), all);
                assertTrue(all.contains("THƯ KÝ") && all.contains("CHỦ TRÌ"), all);
            }
        }
        JsonObject sheet = member.get("/api/meetings/" + id).json();
        assertFalse(sheet.getBoolean("managed"));
        assertEquals("Nguyễn Văn Chủ", sheet.getJsonObject("minutes").getString("chair"), "members read the minutes");
        long outsider = world.member("Lê Văn Khác " + World.suffix(), world.cell("Chi bộ Khác"));
        assertEquals(403, anonymous.as(World.memberToken(outsider)).send("GET", "/api/meetings/" + id
                + "/minutes/pdf", null, null).status(), "another cell's member");
    }

    @Test
    void aMemberSeesTheMeetingsTheyAttendedOrMissedWithTheMinutes() {
        long cell = world.cell("Chi bộ Lịch sử");
        Http secretary = anonymous.as(world.secretaryOf(cell));
        long a = world.member("Phạm Thị Nhớ " + World.suffix(), cell);
        long b = world.member("Đỗ Văn Vắng " + World.suffix(), cell);
        long first = started(secretary, cell);
        mark(secretary, first, a, "PRESENT", null);
        mark(secretary, first, b, "UNEXCUSED", null);
        for (long who : lines(secretary.get("/api/meetings/" + first).json()).keySet()) {
            if (who != a && who != b) {
                mark(secretary, first, who, "PRESENT", null);
            }
        }
        secretary.post("/api/meetings/" + first + "/closing", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(200, secretary.send("PUT", "/api/meetings/" + first + "/minutes", minutes(1).build().toString(),
                "application/json").status());

        JsonObject mine = anonymous.as(World.memberToken(b)).get("/api/meetings/mine/history").json();
        JsonObject line = mine.getJsonArray("meetings").stream().map(JsonValue::asJsonObject)
                .filter(x -> x.getJsonObject("meeting").getJsonNumber("id").longValue() == first).findFirst()
                .orElseThrow(() -> new AssertionError(mine.toString()));
        assertEquals("UNEXCUSED", line.getString("attendance"));
        assertTrue(line.getBoolean("minutesReadable"));
        assertEquals(1, mine.getInt("unexcused"));
        assertEquals("NONE", mine.getString("absenceLevel"), "one unexcused absence is not yet a warning");

        // after moving to another cell, the member still reads the minutes of the meeting they were listed for
        world.moveMember(b, world.cell("Chi bộ Mới"));
        Http moved = anonymous.as(World.memberToken(b));
        assertEquals(200, moved.send("GET", "/api/meetings/" + first + "/minutes/pdf", null, null).status());
        assertEquals(1, moved.get("/api/meetings/mine/history").json().getJsonArray("meetings").size());
        assertEquals(0, anonymous.as(World.memberToken(world.member("Vũ Văn Mới " + World.suffix(), cell)))
                .get("/api/meetings/mine/history").json().getJsonArray("meetings").size(), "joined after the meeting");
    }

    @Test
    void twoUnexcusedAbsencesInAYearWarnAndThreeFlag() {
        long cell = world.cell("Chi bộ Vắng");
        Http secretary = anonymous.as(world.secretaryOf(cell));
        long twice = world.member("Phạm Thị Hai " + World.suffix(), cell);
        long thrice = world.member("Phạm Văn Ba " + World.suffix(), cell);
        int lastYear = LocalDate.now(WARD).getYear() - 1;
        for (int month = 1; month <= 3; month++) {
            LocalDateTime at = LocalDateTime.of(lastYear, month, 10, 19, 0);
            long id = secretary.post("/api/meetings", plan(cell, "REGULAR", at, "Tháng " + month)).json()
                    .getJsonObject("meeting").getJsonNumber("id").longValue();
            for (long who : lines(secretary.get("/api/meetings/" + id).json()).keySet()) {
                String status = who == thrice || who == twice && month <= 2 ? "UNEXCUSED"
                        : who == twice ? "EXCUSED" : "PRESENT";
                mark(secretary, id, who, status, status.equals("EXCUSED") ? "Đi công tác" : null);
            }
            assertEquals(200, secretary.post("/api/meetings/" + id + "/closing", JsonValue.EMPTY_JSON_OBJECT).status());
        }
        JsonObject year = secretary.get("/api/meetings/attendance?cellId=" + cell + "&year=" + lastYear).json();
        Map<Long, JsonObject> rows = year.getJsonArray("members").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(o -> o.getJsonNumber("memberId").longValue(), o -> o));
        assertEquals("WARNING", rows.get(twice).getString("level"));
        assertEquals(2, rows.get(twice).getInt("unexcused"));
        assertEquals(1, rows.get(twice).getInt("excused"));
        assertEquals("FLAG", rows.get(thrice).getString("level"));
        assertEquals(1, year.getInt("warnings"));
        assertEquals(1, year.getInt("flags"));
        assertEquals(3, year.getInt("meetings"));
        assertEquals(0, year.getInt("valid"), "one present of three each month");
        assertEquals(1, year.getJsonArray("months").getJsonObject(0).getInt("meetings"));

        var cells = officer.get("/api/meetings/attendance/cells?year=" + lastYear).array();
        JsonObject mine = cells.stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getJsonNumber("cellId").longValue() == cell).findFirst().orElseThrow();
        assertEquals(2, mine.getJsonArray("members").size(), "only the members warned or flagged");
        assertEquals(403, anonymous.as(world.secretaryOf(world.cell("Chi bộ Ngoài")))
                .get("/api/meetings/attendance?cellId=" + cell + "&year=" + lastYear).status());
    }

    // ---------------------------------------------------------------- helpers

    /** A thematic meeting that started ten minutes ago and lasts two hours: check-in open, closing allowed. */
    private long started(Http secretary, long cell) {
        LocalDateTime start = LocalDateTime.now(WARD).minusMinutes(10).truncatedTo(ChronoUnit.MINUTES);
        Http.Reply r = secretary.post("/api/meetings", plan(cell, "THEMATIC", start, "Chuyên đề " + World.suffix()));
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonObject("meeting").getJsonNumber("id").longValue();
    }

    private static JsonObject plan(long cell, String kind, LocalDateTime start, String topic) {
        return Json.createObjectBuilder().add("cellId", cell).add("kind", kind).add("startsAt", start.toString())
                .add("endsAt", start.plusHours(2).toString()).add("place", "Nhà văn hóa khu phố 2")
                .add("topic", topic).add("agenda", "1. Kiểm điểm tháng trước\n2. Nhiệm vụ tháng tới")
                .add("documents", Json.createArrayBuilder().add("Nghị quyết số 01-NQ/ĐU | https://example.invalid/nq01")
                        .add("  ").add("Sổ tay đảng viên"))
                .build();
    }

    private static Http.Reply mark(Http as, long meeting, long member, String status, String reason) {
        var b = Json.createObjectBuilder().add("memberId", member).add("status", status);
        if (reason != null) {
            b.add("reason", reason);
        }
        return as.post("/api/meetings/" + meeting + "/attendance", b.build());
    }

    private static Http.Reply checkIn(Http as, String code) {
        return as.post("/api/meetings/check-in", Json.createObjectBuilder().add("code", code).build());
    }

    private static jakarta.json.JsonObjectBuilder minutes(int votesFor) {
        return Json.createObjectBuilder().add("content", "Quán triệt Nghị quyết của Đảng ủy phường.\nKiểm điểm công việc.")
                .add("opinions", "Đồng chí Ngọc đề nghị tăng cường sinh hoạt nơi cư trú.")
                .add("resolutions", "Chi bộ thống nhất giao nhiệm vụ cho từng đảng viên.")
                .add("votesFor", votesFor).add("votesAgainst", 0).add("votesAbstain", 0)
                .add("chair", "Nguyễn Văn Chủ").add("secretary", "Trần Thị Ngọc");
    }

    private static Map<Long, JsonObject> lines(JsonObject sheet) {
        Map<Long, JsonObject> out = new HashMap<>();
        for (JsonValue v : sheet.getJsonArray("attendance")) {
            out.put(v.asJsonObject().getJsonNumber("memberId").longValue(), v.asJsonObject());
        }
        assertNotNull(out);
        return out;
    }

    private static Map<String, String> codes(Http.Reply r) {
        assertEquals(400, r.status(), r.toString());
        return DossierApiIT.codes(r.json());
    }
}
