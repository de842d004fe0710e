package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Dossier spreadsheets through the API on a real Payara Micro and MariaDB: the officer's messy files
 * are read, previewed row by row, confirmed all at once, idempotently, and bad files are refused
 * with nothing written. Files are made by the tests with POI, or committed samples written without it.
 */
class ImportApiIT extends ServerTest {

    @Test
    void anOfficersSheetIsPreviewedRowByRowThenImportedAndAudited() {
        long cell = world.cell("Chi bộ Nhập");
        String cellName = officer.get("/api/units/" + cell).json().getString("name");
        String existingName = "Đỗ Thị Có Sẵn " + World.suffix();
        long existing = world.member(existingName, cell);
        JsonObject before = officer.get("/api/members/" + existing).json();
        String existingCccd = before.getString("citizenId");

        String nfdName = java.text.Normalizer.normalize("Vũ Thị Nhập Mới " + World.suffix(),
                java.text.Normalizer.Form.NFD);
        LocalDate birth = LocalDate.of(1979, 4, 30);
        String newCccd = World.citizenId(true, 1979);
        String maleCccd = World.citizenId(false, 1966);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("ĐẢNG BỘ PHƯỜNG THỬ NGHIỆM"));
        rows.add(row("Danh sách đảng viên — năm 2026"));
        rows.add(null);
        // headers without diacritics, in capitals, in an order of the officer's own, with an unknown column
        rows.add(row("STT", "SO CCCD", "HO VA TEN", "Ngày sinh", "giới tính", "CHI BO", "Nơi ở hiện nay",
                "Ghi chú riêng", "ngay vao dang"));
        // a new member: NFD name, a real date cell, a citizen ID typed as a number (leading zeros lost)
        rows.add(row(1, Double.valueOf(newCccd), nfdName, birth, "Nữ", cellName, "Tổ 9", "x", "19/05/2005"));
        // an existing member matched by citizen ID: one field changes
        rows.add(row(2, existingCccd, existingName, null, null, null, "Tổ 12, khu phố Mới", null, null));
        // a date that does not exist, and a cell that does not exist
        rows.add(row(3, maleCccd, "Lý Văn Sai " + World.suffix(), "31/02/1966", "Nam", "Chi bộ Không Có", null, null, null));
        // the same citizen ID twice in the file
        rows.add(row(4, newCccd, "Bản Sao " + World.suffix(), birth, "Nữ", cellName, null, null, null));

        JsonObject preview = analysed(officer.upload("/api/imports", SheetFiles.xlsx(rows), "danh-sách.xlsx"));
        assertEquals("READY", preview.getString("state"), preview.toString());
        assertEquals("danh-sách.xlsx", preview.getString("fileName"));
        JsonObject summary = preview.getJsonObject("summary");
        assertEquals(4, summary.getInt("total"), summary.toString());
        assertEquals(1, summary.getInt("create"), summary.toString());
        assertEquals(1, summary.getInt("update"), summary.toString());
        assertEquals(2, summary.getInt("rejected"), summary.toString());
        JsonObject report = preview.getJsonObject("preview");
        assertEquals(4, report.getInt("headerRow"));
        assertTrue(report.getJsonArray("ignoredColumns").toString().contains("Ghi chú riêng"), report.toString());

        JsonObject update = report.getJsonArray("updates").getJsonObject(0);
        assertEquals(existing, update.getJsonNumber("memberId").longValue());
        JsonObject change = update.getJsonArray("changes").getJsonObject(0);
        assertEquals("residence", change.getString("field"));
        assertEquals("Tổ 3, Khu phố 2", change.getString("old"));
        assertEquals("Tổ 12, khu phố Mới", change.getString("new"));

        Map<Integer, List<JsonObject>> rejected = report.getJsonArray("rejected").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(r -> r.getInt("row"),
                        r -> r.getJsonArray("problems").stream().map(JsonValue::asJsonObject).toList()));
        List<String> row7 = rejected.get(7).stream().map(p -> p.getString("cell") + " " + p.getString("key")).toList();
        assertTrue(row7.contains("D7 field.date") || row7.contains("D7 import.dateFormat"), row7.toString());
        assertTrue(row7.contains("F7 import.unknownCell"), row7.toString());
        assertTrue(rejected.get(7).stream().anyMatch(p -> p.getString("message").contains("Chi bộ Không Có")),
                rejected.toString());
        assertEquals("import.repeatedInFile", rejected.get(8).get(0).getString("key"));
        assertTrue(rejected.get(8).get(0).getString("message").contains("5"), rejected.toString());

        // nothing is written before the confirmation
        assertEquals(0, search(newCccd).size());

        JsonObject done = confirmed(preview.getJsonNumber("id").longValue());
        assertEquals("DONE", done.getString("state"), done.toString());

        List<JsonObject> found = search("vu thi nhap moi").stream()
                .filter(m -> m.getString("citizenId").equals(newCccd)).toList();
        assertEquals(1, found.size(), "found without diacritics");
        JsonObject created = officer.get("/api/members/" + found.get(0).getJsonNumber("id").longValue()).json();
        assertEquals(java.text.Normalizer.normalize(nfdName, java.text.Normalizer.Form.NFC), created.getString("fullName"));
        assertEquals(birth.toString(), created.getString("birthDate"));
        assertEquals("2005-05-19", created.getString("admissionDate"));
        assertEquals(cell, created.getJsonNumber("cellId").longValue());
        assertEquals("PROBATIONARY", created.getString("status"));
        assertEquals(preview.getJsonNumber("id").longValue(), created.getJsonNumber("importId").longValue(),
                "the dossier names the import that created it");

        JsonObject after = officer.get("/api/members/" + existing).json();
        assertEquals("Tổ 12, khu phố Mới", after.getString("residence"));
        JsonObject revision = officer.get("/api/members/" + existing + "/history").array().getJsonObject(0);
        assertEquals(preview.getJsonNumber("id").longValue(), revision.getJsonNumber("importId").longValue());
        assertEquals(0, search(maleCccd).size(), "a rejected row is not imported");

        List<String> audit = officer.get("/api/audit?size=200").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> ("IMPORT " + preview.getJsonNumber("id")).equals(e.getString("subject")))
                .map(e -> e.getString("action")).toList();
        assertTrue(audit.contains("MEMBERS_IMPORT_UPLOADED") && audit.contains("MEMBERS_IMPORTED"), audit.toString());
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() {
        long cell = world.cell("Chi bộ Hai Lần");
        String cellName = officer.get("/api/units/" + cell).json().getString("name");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("Họ và tên", "Giới tính", "Ngày sinh", "Số CCCD", "Chi bộ", "Ngày vào Đảng", "Ngày chính thức"));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String cccd = World.citizenId(false, 1970 + i);
            ids.add(cccd);
            rows.add(row("Phan Văn Lặp " + i + " " + World.suffix(), "Nam", LocalDate.of(1970 + i, 1, 15), cccd,
                    cellName, LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 1)));
        }
        byte[] file = SheetFiles.xlsx(rows);
        JsonObject first = analysed(officer.upload("/api/imports", file, "lap.xlsx"));
        assertEquals(5, first.getJsonObject("summary").getInt("create"), first.toString());
        assertEquals("DONE", confirmed(first.getJsonNumber("id").longValue()).getString("state"));
        long memberId = search(ids.get(0)).get(0).getJsonNumber("id").longValue();
        int revisions = officer.get("/api/members/" + memberId + "/history").array().size();

        JsonObject second = analysed(officer.upload("/api/imports", file, "lap.xlsx"));
        JsonObject summary = second.getJsonObject("summary");
        assertEquals(0, summary.getInt("create"), summary.toString());
        assertEquals(0, summary.getInt("update"), summary.toString());
        assertEquals(5, summary.getInt("unchanged"), summary.toString());
        assertEquals("DONE", confirmed(second.getJsonNumber("id").longValue()).getString("state"));
        for (String cccd : ids) {
            assertEquals(1, search(cccd).size(), "one dossier for " + cccd);
        }
        assertEquals(revisions, officer.get("/api/members/" + memberId + "/history").array().size());
    }

    @Test
    void aCommittedSampleWrittenWithoutPoiIsRead() {
        long cell = world.cell("Chi bộ Mẫu");
        JsonObject preview = analysed(officer.upload("/api/imports?cellId=" + cell,
                SheetFiles.resource("ds-dang-vien-mau.xlsx"), "ds-dang-vien-mau.xlsx"));
        JsonObject summary = preview.getJsonObject("summary");
        assertEquals(3, summary.getInt("total"), preview.toString());
        // the IT database outlives a build on a developer's machine: a second run finds the rows unchanged
        assertEquals(2, summary.getInt("create") + summary.getInt("unchanged"), preview.toString());
        assertEquals(0, summary.getInt("update"), preview.toString());
        assertEquals(1, summary.getInt("rejected"), preview.toString());
        JsonObject problem = preview.getJsonObject("preview").getJsonArray("rejected").getJsonObject(0)
                .getJsonArray("problems").getJsonObject(0);
        assertEquals("D7", problem.getString("cell"));
        assertEquals("DONE", confirmed(preview.getJsonNumber("id").longValue()).getString("state"));
        // the citizen ID typed as a number got its leading zeros back, the NFD name is stored NFC
        List<JsonObject> found = search("001174012001");
        assertEquals(1, found.size());
        assertEquals("Lê Thị Mẫu Nhập", found.get(0).getString("fullName"));
        assertEquals("1974-03-02", found.get(0).getString("birthDate"));
    }

    @Test
    void anOldXlsFileIsReadToo() {
        long cell = world.cell("Chi bộ XLS");
        String cccd = World.citizenId(true, 1982);
        byte[] xls = SheetFiles.xls(List.of(row("Họ tên", "Ngày sinh", "Giới tính", "CCCD"),
                row("Tạ Thị Cũ " + World.suffix(), LocalDate.of(1982, 8, 19), "Nữ", cccd)));
        JsonObject preview = analysed(officer.upload("/api/imports?cellId=" + cell, xls, "cu.xls"));
        assertEquals(1, preview.getJsonObject("summary").getInt("create"), preview.toString());
        assertEquals("DONE", confirmed(preview.getJsonNumber("id").longValue()).getString("state"));
        assertEquals("1982-08-19", officer.get("/api/members/" + search(cccd).get(0).getJsonNumber("id").longValue())
                .json().getString("birthDate"));
    }

    @Test
    void badFilesAreRefusedAtOnceWithTheReasonAndNothingIsKept() {
        int imports = officer.get("/api/imports?limit=100").array().size();
        byte[] good = SheetFiles.xlsx(List.of(row("Họ và tên", "Ngày sinh", "Số CCCD"),
                row("Ai Đó", LocalDate.of(1970, 1, 1), World.citizenId(false, 1970))));
        Map<String, byte[]> files = Map.of(
                "import.notSpreadsheet", SheetFiles.resource("khong-phai-bang-tinh.xlsx"),
                "import.damaged", SheetFiles.resource("hong.xlsx"),
                "import.encrypted", SheetFiles.encrypted(good),
                "import.zipBomb", SheetFiles.zipBomb(),
                "import.noHeader", SheetFiles.xlsx(List.of(row("Cột A", "Cột B"), row("1", "2"))),
                "import.noKeyColumn", SheetFiles.xlsx(List.of(row("Họ và tên", "Ngày sinh", "Giới tính"),
                        row("Ai Đó", "01/01/1970", "Nam"))),
                "import.empty", new byte[0]);
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Http.Reply r = officer.upload("/api/imports", f.getValue(), "tep.xlsx");
            assertEquals(400, r.status(), f.getKey() + ": " + r);
            assertTrue(r.contentType().startsWith("application/problem+json"), r.toString());
            assertEquals(expectedMessage(f.getKey()), r.json().getString("detail"), f.getKey());
        }
        assertEquals(imports, officer.get("/api/imports?limit=100").array().size(), "nothing recorded");
    }

    @Test
    void theProgressStreamReportsUntilThePreviewIsReady() {
        long cell = world.cell("Chi bộ Tiến Độ");
        byte[] file = SheetFiles.xlsx(List.of(row("Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD"),
                row("Kiều Thị Tiến " + World.suffix(), LocalDate.of(1977, 7, 7), "Nữ", World.citizenId(true, 1977))));
        Http.Reply upload = officer.upload("/api/imports?cellId=" + cell, file, "tien-do.xlsx");
        assertEquals(202, upload.status(), upload.toString());
        Http.Reply stream = officer.get("/api/imports/" + upload.json().getJsonNumber("id") + "/progress");
        assertEquals(200, stream.status(), stream.toString());
        assertTrue(stream.contentType().startsWith("text/event-stream"), stream.contentType());
        List<String> events = stream.body().lines().filter(l -> l.startsWith("data:")).toList();
        assertTrue(events.size() >= 1, stream.body());
        String last = events.get(events.size() - 1);
        assertTrue(last.contains("\"state\":\"READY\""), stream.body());
        assertTrue(stream.body().contains("event: progress") || stream.body().contains("event:progress"), stream.body());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWith413() {
        int imports = officer.get("/api/imports?limit=100").array().size();
        byte[] big = new byte[4 * 1024 * 1024];
        new java.util.Random(7).nextBytes(big);
        Http.Reply r = officer.upload("/api/imports", big, "lon.xlsx");
        assertEquals(413, r.status(), r.toString());
        assertEquals("Tệp quá lớn: tối đa 3 MB.", r.json().getString("detail"));
        assertEquals(imports, officer.get("/api/imports?limit=100").array().size(), "nothing recorded");
    }

    @Test
    void onlyOfficersImport() {
        long cell = world.cell("Chi bộ Quyền Nhập");
        byte[] file = SheetFiles.xlsx(List.of(row("Họ và tên", "Ngày sinh", "Số CCCD"),
                row("Ai Đó", LocalDate.of(1970, 1, 1), World.citizenId(false, 1970))));
        Http secretary = officer.as(world.secretaryOf(cell));
        assertEquals(403, secretary.upload("/api/imports", file, "a.xlsx").status());
        assertEquals(403, secretary.get("/api/imports").status());
        assertEquals(403, officer.as(World.memberToken(world.member("Thành Viên " + World.suffix(), cell)))
                .upload("/api/imports", file, "a.xlsx").status());
    }

    @Test
    void aConfirmationIsRefusedWhenTheRecordsChangedSinceThePreviewAndNothingIsWritten() {
        long cell = world.cell("Chi bộ Đổi Giữa Chừng");
        String name = "Mai Thị Đổi " + World.suffix();
        long id = world.member(name, cell);
        JsonObject dossier = officer.get("/api/members/" + id).json();
        String newCccd = World.citizenId(true, 1991);
        byte[] file = SheetFiles.xlsx(List.of(row("Họ và tên", "Số CCCD", "Nơi ở hiện nay", "Ngày sinh", "Giới tính"),
                row(name, dossier.getString("citizenId"), "Tổ 40", null, null),
                row("Mới Toanh " + World.suffix(), newCccd, "Tổ 41", LocalDate.of(1991, 2, 3), "Nữ")));
        JsonObject preview = analysed(officer.upload("/api/imports?cellId=" + cell, file, "doi.xlsx"));
        assertEquals(1, preview.getJsonObject("summary").getInt("update"), preview.toString());

        Http.Reply edit = officer.patch("/api/members/" + id, Json.createObjectBuilder()
                .add("version", dossier.getJsonNumber("version").longValue()).add("occupation", "Kỹ sư").build());
        assertEquals(200, edit.status(), edit.toString());

        JsonObject outcome = confirmed(preview.getJsonNumber("id").longValue());
        assertEquals("FAILED", outcome.getString("state"), outcome.toString());
        assertTrue(outcome.getString("failure").contains("xem trước"), outcome.toString());
        assertEquals(0, search(newCccd).size(), "all or nothing: the new row is not written either");
        assertEquals("Tổ 3, Khu phố 2", officer.get("/api/members/" + id).json().getString("residence"));
    }

    @Test
    void anExportedListImportsBackUnchangedAndTheDossierSheetHasTheForm() throws Exception {
        long cell = world.cell("Chi bộ Xuất");
        long a = world.member("Quách Thị Xuất " + World.suffix(), cell);
        world.member("Âu Văn Xuất " + World.suffix(), cell);
        byte[] list = officer.bytes("/api/members/xlsx?unitId=" + cell);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(list))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("Họ và tên", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals(2, sheet.getLastRowNum() - 2, "two members below the header");
        }
        JsonObject preview = analysed(officer.upload("/api/imports", list, "xuat.xlsx"));
        JsonObject summary = preview.getJsonObject("summary");
        assertEquals(2, summary.getInt("unchanged"), preview.toString());
        assertEquals(0, summary.getInt("create") + summary.getInt("update") + summary.getInt("rejected"), preview.toString());

        byte[] sheetFile = officer.bytes("/api/members/" + a + "/xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(sheetFile))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("PHIẾU ĐẢNG VIÊN", sheet.getRow(0).getCell(0).getStringCellValue());
            DataFormatter format = new DataFormatter();
            String text = Arrays.toString(java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                    .map(r -> r.getCell(1) == null ? "" : format.formatCellValue(r.getCell(1))).toArray());
            assertTrue(text.contains("Quách Thị Xuất"), text);
        }
        List<String> audited = officer.get("/api/audit?size=200").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(e -> ("MEMBER " + a).equals(e.getString("subject")))
                .map(e -> e.getString("action")).toList();
        assertTrue(audited.contains("MEMBER_SHEET_EXPORTED"), audited.toString());
        assertTrue(officer.bytes("/api/imports/template").length > 1000);
    }

    private String expectedMessage(String key) {
        return switch (key) {
            case "import.notSpreadsheet" -> "Tệp này không phải bảng tính Excel (.xlsx hoặc .xls).";
            case "import.damaged" -> "Tệp bảng tính bị hỏng hoặc không đầy đủ; hãy lưu lại tệp trong Excel rồi tải lên lần nữa.";
            case "import.encrypted" -> "Tệp được đặt mật khẩu; hãy gỡ mật khẩu trong Excel rồi tải lên lần nữa.";
            case "import.zipBomb" -> "Tệp bị từ chối: nội dung giải nén lớn bất thường (nghi là tệp độc hại).";
            case "import.empty" -> "Tệp rỗng.";
            case "import.noKeyColumn" -> "Bảng tính cần một cột «Số CCCD» hoặc «Số thẻ đảng viên» để đối chiếu với hồ sơ đã có.";
            default -> "Không tìm thấy dòng tiêu đề: cần ít nhất cột «Họ và tên» và hai cột khác được nhận biết (xem tệp mẫu) trong 30 dòng đầu của một trang tính.";
        };
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    private List<JsonObject> search(String text) {
        return officer.get("/api/members?size=50&q=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8))
                .json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    /** Waits for the analysis of an accepted upload to end. */
    private JsonObject analysed(Http.Reply upload) {
        assertEquals(202, upload.status(), upload.toString());
        assertNotNull(upload.location());
        return waitWhile(upload.json().getJsonNumber("id").longValue(), "ANALYSING");
    }

    private JsonObject confirmed(long id) {
        Http.Reply r = officer.post("/api/imports/" + id + "/confirm", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(202, r.status(), r.toString());
        return waitWhile(id, "IMPORTING");
    }

    private JsonObject waitWhile(long id, String state) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            JsonObject imp = officer.get("/api/imports/" + id).json();
            if (!imp.getString("state").equals(state) || System.currentTimeMillis() > deadline) {
                return imp;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
