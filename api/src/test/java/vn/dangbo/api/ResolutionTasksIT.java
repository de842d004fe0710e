package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * Tasks of a resolution through the API: the status rules (done, on time, at risk, overdue) on real dates, who
 * may see and report on a task, progress reports with evidence files told by their bytes, the dashboard's
 * figures and drill-down, and the two report files.
 */
class ResolutionTasksIT extends ServerTest {

    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    /** The ward's day (the server judges deadlines in Asia/Ho_Chi_Minh, not in the test machine's zone). */
    private final LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

    private Resolutions resolutions() {
        return new Resolutions(officer);
    }

    @Test
    void statusFollowsTheDeadlineAndTheLinearShare() {
        long cell = world.cell("Chi bộ Tiến độ");
        Resolutions rs = resolutions();
        long r = rs.resolution("57-NQ/TW");
        long overdue = rs.task(r, Resolutions.task("Quá hạn", cell, today.minusDays(100), today.minusDays(1)));
        long lastDay = rs.task(r, Resolutions.task("Hạn hôm nay", cell, today.minusDays(100), today));
        // 90 of 100 days elapsed: 90 % expected, 10 days left.
        long behind = rs.task(r, Resolutions.task("Chậm", cell, today.minusDays(90), today.plusDays(10)));
        long ahead = rs.task(r, Resolutions.task("Đúng hạn", cell, today.minusDays(90), today.plusDays(10)));
        long far = rs.task(r, Resolutions.task("Còn xa", cell, today.minusDays(90), today.plusDays(15)));

        String secretary = world.secretaryOf(cell);
        Http sec = anonymous.as(secretary);
        assertEquals(201, sec.post("/api/resolution-tasks/" + ahead + "/reports", Json.createObjectBuilder()
                .add("percent", 90).add("note", "Đã thực hiện 90%").build()).status());
        assertEquals(201, sec.post("/api/resolution-tasks/" + behind + "/reports", Json.createObjectBuilder()
                .add("percent", 89).add("note", "Đã thực hiện 89%").build()).status());

        Map<Long, JsonObject> tasks = tasks(officer.get("/api/resolutions/" + r).json());
        assertEquals("OVERDUE", tasks.get(overdue).getString("status"));
        assertEquals(-1, tasks.get(overdue).getInt("daysLeft"));
        assertEquals("AT_RISK", tasks.get(lastDay).getString("status"), "the deadline day is in time, but at 0 %");
        assertEquals(100, tasks.get(lastDay).getInt("expectedPercent"));
        assertEquals("AT_RISK", tasks.get(behind).getString("status"));
        assertEquals(90, tasks.get(behind).getInt("expectedPercent"));
        assertEquals("ON_TIME", tasks.get(ahead).getString("status"));
        assertEquals("ON_TIME", tasks.get(far).getString("status"), "more than 14 days left: not flagged yet");

        // Moving a deadline is a change of the task, kept with its old and new value.
        Http.Reply moved = officer.patch("/api/resolution-tasks/" + overdue, Json.createObjectBuilder()
                .add("deadline", today.plusDays(60).toString()).build());
        assertEquals(200, moved.status(), moved.toString());
        assertEquals("ON_TIME", moved.json().getString("status"));
        JsonObject page = officer.get("/api/resolution-tasks/" + overdue).json();
        JsonObject edit = page.getJsonArray("edits").getJsonObject(0);
        assertEquals("deadline", edit.getString("field"));
        assertEquals(today.minusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                edit.getString("oldValue"));
        assertTrue(audited("RESOLUTION_TASK_CHANGED", "RESOLUTION_TASK " + overdue));

        Http.Reply backwards = officer.patch("/api/resolution-tasks/" + far, Json.createObjectBuilder()
                .add("deadline", today.minusDays(200).toString()).build());
        assertEquals(400, backwards.status(), backwards.toString());
        assertTrue(backwards.body().contains("deadline"), backwards.toString());
    }

    @Test
    void aSecretaryReportsOnlyOnTheirCellsTasksAndMembersOnlyOnTheirOwn() {
        long cellA = world.cell("Chi bộ Phạm vi A");
        long cellB = world.cell("Chi bộ Phạm vi B");
        Resolutions rs = resolutions();
        long r = rs.resolution("01-NQ/ĐH");
        long taskA = rs.task(r, Resolutions.task("Việc của A", cellA, today.minusDays(10), today.plusDays(100)));
        long taskB = rs.task(r, Resolutions.task("Việc của B", cellB, today.minusDays(10), today.plusDays(100)));
        long member = world.member("Nguyễn Thị Phụ Trách " + World.suffix(), cellB);
        long own = rs.task(r, Resolutions.task("Việc cá nhân", cellB, today.minusDays(10), today.plusDays(100))
                .add("memberId", member));
        Http secA = anonymous.as(world.secretaryOf(cellA));
        Http responsible = anonymous.as(World.memberToken(member));
        Http bystander = anonymous.as(World.memberToken(world.member("Lê Văn Ngoài " + World.suffix(), cellA)));

        List<Long> mine = ids(secA.get("/api/resolution-tasks/mine").array());
        assertTrue(mine.contains(taskA));
        assertFalse(mine.contains(taskB));
        assertEquals(200, secA.get("/api/resolution-tasks/" + taskA).status());
        assertEquals(403, secA.get("/api/resolution-tasks/" + taskB).status());
        Http.Reply refused = secA.post("/api/resolution-tasks/" + taskB + "/reports", Json.createObjectBuilder()
                .add("percent", 50).add("note", "Không phải việc của tôi").build());
        assertEquals(403, refused.status(), refused.toString());
        assertEquals(403, secA.upload("/api/resolution-tasks/" + taskB + "/evidence", PNG, "anh.png").status());
        assertEquals(403, secA.get("/api/resolutions/" + r).status(), "the dashboard is the officers'");

        assertEquals(List.of(own), ids(responsible.get("/api/resolution-tasks/mine").array()));
        assertEquals(201, responsible.post("/api/resolution-tasks/" + own + "/reports", Json.createObjectBuilder()
                .add("percent", 30).add("note", "Đang thực hiện").build()).status());
        assertEquals(404, responsible.get("/api/resolution-tasks/" + taskB).status(),
                "a member does not learn of the cell's other tasks");
        assertEquals(List.of(), ids(bystander.get("/api/resolution-tasks/mine").array()));
        assertEquals(404, bystander.get("/api/resolution-tasks/" + taskA).status());
        assertEquals(403, bystander.get("/api/resolutions").status());
    }

    @Test
    void completingATaskNeedsEvidenceAndTheFileIsToldByItsBytes() throws Exception {
        long cell = world.cell("Chi bộ Minh chứng");
        Resolutions rs = resolutions();
        long r = rs.resolution("57-NQ/TW");
        long task = rs.task(r, Resolutions.task("Mở lớp bình dân học vụ số", cell, today.minusDays(30),
                today.plusDays(30)).add("indicator", "Số người hoàn thành").add("targetValue", 40)
                .add("targetUnit", "người"));
        Http sec = anonymous.as(world.secretaryOf(cell));

        Http.Reply text = sec.upload("/api/resolution-tasks/" + task + "/evidence",
                "đây là văn bản, không phải ảnh".getBytes(java.nio.charset.StandardCharsets.UTF_8), "anh-chup.jpg");
        assertEquals(400, text.status(), text.toString());
        assertTrue(text.body().contains("file"), text.toString());

        // A phone photo of a few megabytes passes (the 1 MB cap on request bodies is not for evidence); 10 MB is the end.
        byte[] photo3mb = new byte[3 * 1024 * 1024];
        photo3mb[0] = (byte) 0xFF;
        photo3mb[1] = (byte) 0xD8;
        photo3mb[2] = (byte) 0xFF;
        Http.Reply big = sec.upload("/api/resolution-tasks/" + task + "/evidence", photo3mb, "IMG_0042.jpg");
        assertEquals(201, big.status(), big.toString());
        assertEquals("image/jpeg", big.json().getString("contentType"));
        byte[] tooBig = java.util.Arrays.copyOf(photo3mb, 10 * 1024 * 1024 + 1);
        assertEquals(413, sec.upload("/api/resolution-tasks/" + task + "/evidence", tooBig, "IMG_0043.jpg").status());

        Http.Reply partial = sec.post("/api/resolution-tasks/" + task + "/reports", Json.createObjectBuilder()
                .add("reachedValue", 10).add("note", "Khai giảng lớp, 10 người hoàn thành").build());
        assertEquals(201, partial.status(), partial.toString());
        assertEquals(25, partial.json().getJsonObject("task").getInt("progressPercent"));

        Http.Reply noEvidence = sec.post("/api/resolution-tasks/" + task + "/reports", Json.createObjectBuilder()
                .add("reachedValue", 40).add("note", "Đủ 40 người").build());
        assertEquals(400, noEvidence.status(), "reaching the target completes the task: evidence needed");
        assertTrue(noEvidence.body().contains("evidenceIds"), noEvidence.toString());

        Http.Reply photo = sec.upload("/api/resolution-tasks/" + task + "/evidence", PNG, "danh sách lớp.png");
        assertEquals(201, photo.status(), photo.toString());
        assertEquals("image/png", photo.json().getString("contentType"));
        long evidence = photo.json().getJsonNumber("id").longValue();
        Http.Reply done = sec.post("/api/resolution-tasks/" + task + "/reports", Json.createObjectBuilder()
                .add("reachedValue", 42).add("note", "Hoàn thành, 42 người được cấp giấy chứng nhận")
                .add("evidenceIds", Json.createArrayBuilder().add(evidence)).build());
        assertEquals(201, done.status(), done.toString());
        JsonObject page = done.json();
        assertEquals("DONE", page.getJsonObject("task").getString("status"));
        assertEquals(100, page.getJsonObject("task").getInt("progressPercent"));
        assertFalse(page.getBoolean("mayReport"));
        assertEquals(2, page.getJsonArray("reports").size(), "both reports kept, newest first");
        JsonObject latest = page.getJsonArray("reports").getJsonObject(0);
        assertTrue(latest.getBoolean("done"));
        assertEquals("danh sách lớp.png", latest.getJsonArray("files").getJsonObject(0).getString("fileName"));
        assertTrue(java.util.Arrays.equals(PNG, sec.bytes("/api/resolution-tasks/" + task + "/evidence/" + evidence)));

        assertEquals(409, sec.post("/api/resolution-tasks/" + task + "/reports", Json.createObjectBuilder()
                .add("percent", 50).add("note", "Thêm").build()).status(), "a done task takes no more reports");
        assertTrue(audited("RESOLUTION_PROGRESS_REPORTED", "RESOLUTION_TASK " + task));
        assertTrue(audited("RESOLUTION_EVIDENCE_UPLOADED", "RESOLUTION_TASK " + task));
    }

    @Test
    void theDashboardCountsByStatusAndUnitAndTheReportsCarryTheFigures() throws Exception {
        long cellA = world.cell("Chi bộ Bảng A");
        long cellB = world.cell("Chi bộ Bảng B");
        Resolutions rs = resolutions();
        long r = rs.resolution("02-KH/ĐU");
        long done = rs.task(r, Resolutions.task("Đã xong", cellA, today.minusDays(60), today.plusDays(60)));
        rs.task(r, Resolutions.task("Đúng tiến độ", cellA, today.minusDays(10), today.plusDays(300)));
        rs.task(r, Resolutions.task("Nguy cơ", cellB, today.minusDays(100), today.plusDays(5)));
        rs.task(r, Resolutions.task("Trễ hạn", cellB, today.minusDays(100), today.minusDays(3)));
        long evidence = officer.upload("/api/resolution-tasks/" + done + "/evidence", PNG, "bien-ban.png").json()
                .getJsonNumber("id").longValue();
        assertEquals(201, officer.post("/api/resolution-tasks/" + done + "/reports", Json.createObjectBuilder()
                .add("done", true).add("note", "Đã hoàn thành").add("evidenceIds", Json.createArrayBuilder()
                        .add(evidence)).build()).status());

        JsonObject d = officer.get("/api/resolutions/" + r).json();
        JsonObject c = d.getJsonObject("counts");
        assertEquals(4, c.getInt("total"));
        assertEquals(1, c.getInt("done"));
        assertEquals(1, c.getInt("onTime"));
        assertEquals(1, c.getInt("atRisk"));
        assertEquals(1, c.getInt("overdue"));
        assertEquals(25.0, c.getJsonNumber("doneShare").doubleValue());
        Map<Long, JsonObject> byUnit = d.getJsonArray("byUnit").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(u -> u.getJsonNumber("unitId").longValue(), u -> u));
        assertEquals(2, byUnit.get(cellA).getJsonObject("counts").getInt("total"));
        assertEquals(1, byUnit.get(cellB).getJsonObject("counts").getInt("overdue"));
        JsonObject drill = officer.get("/api/resolutions/" + r + "?unitId=" + cellB).json();
        assertEquals(2, drill.getJsonArray("tasks").size());
        assertEquals(4, drill.getJsonObject("counts").getInt("total"), "the figures stay the resolution's");

        JsonObject line = officer.get("/api/resolutions").array().stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getJsonNumber("id").longValue() == r).findFirst().orElseThrow();
        assertEquals(1, line.getJsonObject("counts").getInt("atRisk"));

        byte[] xlsx = officer.bytes("/api/resolutions/" + r + "/xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            StringBuilder all = new StringBuilder();
            for (Row row : wb.getSheetAt(0)) {
                for (Cell cell : row) {
                    all.append(cell.toString()).append('|');
                }
                all.append('\n');
            }
            String text = all.toString();
            assertTrue(text.contains("02-KH/ĐU"), text);
            assertTrue(text.contains("Toàn bộ nghị quyết|4.0|1.0|1.0|1.0|1.0|"), text);
            assertTrue(text.contains("Quá hạn"), text);
            assertTrue(text.contains("Có nguy cơ chậm"), text);
            assertTrue(text.contains("Đã hoàn thành"), "the last progress is in the report: " + text);
        }
        byte[] docx = officer.bytes("/api/resolutions/" + r + "/docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            String text = words.getText();
            assertTrue(text.contains("BÁO CÁO TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ"), text);
            assertTrue(text.contains("có 4 nhiệm vụ được theo dõi, trong đó: hoàn thành 1 (25,0%)"), text);
            assertTrue(text.contains("Trễ hạn"), text);
        }
        assertTrue(audited("RESOLUTION_REPORT_EXPORTED", "RESOLUTION " + r));
    }

    @Test
    void anOfficerRecordsResolutionsAndTasksWithCheckedFields() {
        Http.Reply bad = officer.post("/api/resolutions", Json.createObjectBuilder().add("kind", "DREAM")
                .add("code", "").add("title", "Nghị quyết").add("issuer", "Đảng ủy").build());
        assertEquals(400, bad.status(), bad.toString());
        assertTrue(bad.body().contains("kind") && bad.body().contains("code") && bad.body().contains("issuedOn"),
                bad.toString());
        long r = resolutions().resolution("03-NQ/ĐU");
        Http.Reply noOne = officer.post("/api/resolutions/" + r + "/tasks", Json.createObjectBuilder()
                .add("title", "Không ai chịu trách nhiệm").add("deadline", today.plusDays(10).toString()).build());
        assertEquals(400, noOne.status(), noOne.toString());
        assertTrue(noOne.body().contains("unitId"), noOne.toString());
        assertEquals(404, officer.post("/api/resolutions/987654321/tasks", Resolutions.task("X",
                world.cell("Chi bộ Lạc"), today, today.plusDays(1)).build()).status());
        Http.Reply secretary = anonymous.as(world.secretaryOf(world.cell("Chi bộ Không Quyền")))
                .post("/api/resolutions", Json.createObjectBuilder().add("kind", "OTHER").build());
        assertEquals(403, secretary.status());
        assertTrue(audited("RESOLUTION_CREATED", "RESOLUTION " + r));
    }

    private Map<Long, JsonObject> tasks(JsonObject dashboard) {
        return dashboard.getJsonArray("tasks").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(t -> t.getJsonNumber("id").longValue(), t -> t));
    }

    private static List<Long> ids(jakarta.json.JsonArray a) {
        return a.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private boolean audited(String action, String subject) {
        return officer.get("/api/audit?size=200").json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> e.getString("action").equals(action) && e.getString("subject").equals(subject));
    }
}
