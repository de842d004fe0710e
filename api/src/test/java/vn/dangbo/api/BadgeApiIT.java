package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Party badges: party age without the interruptions, and early badges for the seriously ill. */
class BadgeApiIT extends ServerTest {

    private long admittedOn(String name, long cell, LocalDate admission) {
        Http.Reply r = officer.post("/api/members", world.memberFields(name, cell)
                .add("birthDate", "1960-05-17").add("citizenId", World.citizenId(true, 1960))
                .add("admissionDate", admission.toString())
                .add("fullMembershipDate", admission.plusYears(1).toString()).build());
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    private Optional<JsonObject> dueFor(Http who, long member, LocalDate from, LocalDate to) {
        Http.Reply r = who.get("/api/badges/due?from=" + from + "&to=" + to);
        assertEquals(200, r.status(), r.toString());
        return r.array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getJsonNumber("memberId").longValue() == member).findFirst();
    }

    @Test
    void theBadgeListDownloadsAsExcelWithTheMilestoneAndTheAwardDay() throws Exception {
        long cell = world.cell("Chi bộ Danh Sách Huy Hiệu");
        LocalDate admitted = LocalDate.now().minusYears(40).plusMonths(1);
        String name = "Mạc Thị Bốn Mươi " + World.suffix();
        long member = admittedOn(name, cell, admitted);
        LocalDate from = LocalDate.now();
        LocalDate to = LocalDate.now().plusMonths(3);
        JsonObject due = dueFor(officer, member, from, to).orElseThrow();
        byte[] xlsx = officer.bytes("/api/badges/due/xlsx?from=" + from + "&to=" + to);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            var format = new org.apache.poi.ss.usermodel.DataFormatter();
            var row = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                    .filter(r -> r.getCell(1) != null && name.equals(r.getCell(1).getStringCellValue()))
                    .findFirst().orElseThrow(() -> new AssertionError("the member is in the workbook"));
            assertEquals(40, (int) row.getCell(4).getNumericCellValue());
            assertEquals(LocalDate.parse(due.getString("awardOn")),
                    row.getCell(7).getLocalDateTimeCellValue().toLocalDate());
            assertTrue(format.formatCellValue(sheet.getRow(0).getCell(0)).contains("HUY HIỆU ĐẢNG"));
        }
        assertEquals(403, anonymous.as(World.memberToken(member)).get("/api/badges/due/xlsx?from=" + from + "&to=" + to)
                .status());
    }

    @Test
    void aReadmissionDoesNotRestartPartyAgeButTheInterruptionIsSubtracted() {
        long cell = world.cell("Chi bộ Tuổi Đảng");
        LocalDate admitted = LocalDate.now().minusYears(32).plusMonths(1);
        long member = admittedOn("Lục Văn Thành " + World.suffix(), cell, admitted);
        LocalDate removed = admitted.plusYears(5);
        LocalDate readmitted = admitted.plusYears(7);
        assertEquals(201, officer.post("/api/members/" + member + "/events", Json.createObjectBuilder()
                .add("kind", "REMOVAL").add("date", removed.toString()).add("reason", "Bỏ sinh hoạt").build()).status());
        Http.Reply again = officer.post("/api/members/" + member + "/events", Json.createObjectBuilder()
                .add("kind", "READMISSION").add("date", readmitted.toString()).add("decisionNumber", "12-QĐ/ĐU").build());
        assertEquals(201, again.status(), again.toString());

        LocalDate thirty = admitted.plusYears(30).plusDays(java.time.temporal.ChronoUnit.DAYS.between(removed, readmitted));
        JsonObject due = dueFor(officer, member, LocalDate.now(), LocalDate.now().plusMonths(3)).orElseThrow(
                () -> new AssertionError("30 years from the first admission, less two years out of the Party"));
        assertEquals(30, due.getInt("years"));
        assertEquals(thirty.toString(), due.getString("reachedOn"));
        assertFalse(due.getBoolean("early"));
        assertTrue(dueFor(officer, member, readmitted.plusYears(30).minusMonths(1), readmitted.plusYears(30).plusMonths(1))
                .isEmpty(), "not counted again from the re-admission");
    }

    @Test
    void aSeriouslyIllMemberIsListedEarlyAndMarkedSo() {
        long cell = world.cell("Chi bộ Sớm");
        Http secretary = anonymous.as(world.secretaryOf(cell));
        LocalDate admitted = LocalDate.now().minusYears(30).plusMonths(6);
        long member = admittedOn("Hà Văn Nhân " + World.suffix(), cell, admitted);
        LocalDate from = LocalDate.now();
        LocalDate to = LocalDate.now().plusMonths(2);
        assertTrue(dueFor(secretary, member, from, to).isEmpty(), "30 years only in six months");

        assertEquals(403, secretary.post("/api/badges/serious-illness", Json.createObjectBuilder()
                .add("memberId", member).add("since", from.toString()).add("advanceMonths", 12).build()).status());
        Http.Reply odd = officer.post("/api/badges/serious-illness", Json.createObjectBuilder()
                .add("memberId", member).add("since", from.toString()).add("advanceMonths", 18).build());
        assertEquals(400, odd.status(), odd.toString());
        assertEquals(Map.of("advanceMonths", "illness.advance"), DossierApiIT.codes(odd.json()));
        Http.Reply recorded = officer.post("/api/badges/serious-illness", Json.createObjectBuilder()
                .add("memberId", member).add("since", from.toString()).add("advanceMonths", 12)
                .add("note", "Bệnh hiểm nghèo, có xác nhận của bệnh viện").build());
        assertEquals(201, recorded.status(), recorded.toString());

        JsonObject due = dueFor(secretary, member, from, to).orElseThrow();
        assertEquals(30, due.getInt("years"));
        assertTrue(due.getBoolean("early"));
        assertEquals(from.toString(), due.getString("dueOn"), "not before the illness was recorded");
        assertEquals(admitted.plusYears(30).toString(), due.getString("reachedOn"));
        assertTrue(dueFor(secretary, member, admitted.plusYears(30), admitted.plusYears(30).plusMonths(1)).isEmpty(),
                "listed once, early");
        assertEquals(1, secretary.get("/api/badges/serious-illness?memberId=" + member).array().size());
        assertEquals(403, anonymous.as(World.memberToken(member)).get("/api/badges/serious-illness?memberId=" + member)
                .status());
        assertTrue(officer.get("/api/audit?size=50").json().getJsonArray("items").stream()
                .anyMatch(v -> v.asJsonObject().getString("action").equals("SERIOUS_ILLNESS_RECORDED")
                        && v.asJsonObject().getString("subject").equals("MEMBER " + member)));
    }
}
