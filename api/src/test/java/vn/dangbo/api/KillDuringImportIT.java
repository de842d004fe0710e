package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * kill -9 in the middle of a spreadsheet import, on a server of the test's own ({@link OwnServer}): after the
 * restart the import is marked interrupted, not one of its rows is in the records (the import is one transaction),
 * and the same file imported again brings every row in, once.
 */
class KillDuringImportIT {

    private static final int ROWS = 20_000;

    private OwnServer own;

    @Test
    void anImportKilledHalfWayLeavesNothingAndCanBeRunAgain() throws Exception {
        own = OwnServer.withDatabase("kill-import-it");
        own.startServer();
        Http officer = new Http(own.app(), Tokens.officer());
        long cell = new World(new Http(own.app(), null)).cell("Chi bộ Nhập Liệu");
        String cellName = officer.get("/api/units/" + cell).json().getString("name");
        byte[] file = SheetFiles.xlsx(rows(cellName));

        JsonObject preview = analysed(officer, officer.upload("/api/imports", file, "dang-vien.xlsx"));
        assertEquals(ROWS, preview.getJsonObject("summary").getInt("create"), preview.getJsonObject("summary").toString());
        long first = preview.getJsonNumber("id").longValue();
        assertEquals(202, officer.post("/api/imports/" + first + "/confirm", JsonValue.EMPTY_JSON_OBJECT).status());
        own.waitUntil(() -> "IMPORTING".equals(state(officer, first)), 30, "the import runs");
        Thread.sleep(300);
        assertEquals("IMPORTING", state(officer, first), "still importing when the server is killed");
        own.killServer();

        own.startServer();
        JsonObject interrupted = officer.get("/api/imports/" + first).json();
        assertEquals("FAILED", interrupted.getString("state"), interrupted.toString());
        assertTrue(interrupted.getString("failure").contains("không có gì được ghi"), interrupted.toString());
        assertEquals(0, total(officer, cell), "not one row of the interrupted import is in the records");

        JsonObject again = analysed(officer, officer.upload("/api/imports", file, "dang-vien.xlsx"));
        assertEquals(ROWS, again.getJsonObject("summary").getInt("create"), "the file is new to the records");
        long second = again.getJsonNumber("id").longValue();
        assertEquals(202, officer.post("/api/imports/" + second + "/confirm", JsonValue.EMPTY_JSON_OBJECT).status());
        own.waitUntil(() -> !"IMPORTING".equals(state(officer, second)), 120, "the second import ends");
        assertEquals("DONE", state(officer, second));
        assertEquals(ROWS, total(officer, cell), "every row, once");
    }

    @AfterEach
    void stopEverything() throws InterruptedException {
        if (own != null) {
            own.close();
        }
    }

    /** A header the import recognises, then ROWS new members with unique citizen IDs and names of letters only. */
    private static List<List<Object>> rows(String cellName) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("STT", "SO CCCD", "HO VA TEN", "Ngày sinh", "giới tính", "CHI BO", "ngay vao dang"));
        String letters = "abcdeghiklmnopqrstuvxy";
        for (int i = 0; i < ROWS; i++) {
            StringBuilder word = new StringBuilder();
            for (int n = i; word.length() < 4; n /= letters.length()) {
                word.append(letters.charAt(n % letters.length()));
            }
            String given = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            // 001 (Hà Nội), 1 (a woman born in the 1900s), 80 (the year), then a running number: unique here.
            String cccd = String.format("001180%06d", i);
            rows.add(Arrays.asList(i + 1, cccd, "Nguyễn Thị " + given, LocalDate.of(1980, 1 + i % 12, 1 + i % 28), "Nữ",
                    cellName, "19/05/2005"));
        }
        return rows;
    }

    private JsonObject analysed(Http officer, Http.Reply upload) throws Exception {
        assertEquals(202, upload.status(), upload.toString());
        long id = upload.json().getJsonNumber("id").longValue();
        own.waitUntil(() -> !"ANALYSING".equals(state(officer, id)), 120, "the analysis ends");
        JsonObject preview = officer.get("/api/imports/" + id).json();
        assertEquals("READY", preview.getString("state"), preview.toString());
        return preview;
    }

    private static String state(Http officer, long id) {
        return officer.get("/api/imports/" + id).json().getString("state");
    }

    private static long total(Http officer, long cell) {
        Http.Reply r = officer.get("/api/statistics?unitId=" + cell);
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonNumber("total").longValue();
    }
}
