package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Party fees: amounts from salaries and category rates, payments recorded by the cell, the ledger with its
 * arrears and warnings, corrections that keep the history, refused inputs, and who may do what.
 * Ledger tests use last year, whose twelve months have all begun whatever today's date.
 */
class FeeApiIT extends ServerTest {

    private final int lastYear = LocalDate.now().getYear() - 1;

    @Test
    void theLedgerShowsWhatWasDuePaidAndOwedWithWarningsAtTwoAndFlagsAtThree() {
        long cell = world.cell("Chi bộ Đảng phí");
        Http secretary = anonymous.as(world.secretaryOf(cell));
        String retired = category(20_000, lastYear + "-01");
        assertEquals(201, officer.post("/api/fees/categories", Json.createObjectBuilder().add("code", retired)
                .add("name", "Hưu trí").add("amount", 25_000).add("effectiveMonth", lastYear + "-07").build()).status());
        long salaried = world.member("Phan Thị Hoa " + World.suffix(), cell);
        long pensioner = world.member("Phan Văn Bình " + World.suffix(), cell);
        long punctual = world.member("Phan Thị Cúc " + World.suffix(), cell);
        long unknown = world.member("Phan Văn Dũng " + World.suffix(), cell);
        basis(secretary, salaried, lastYear + "-01", 8_500_000L, null);
        basis(secretary, pensioner, lastYear + "-01", null, retired);
        basis(secretary, punctual, (lastYear - 3) + "-05", 6_000_000L, null);

        for (int m = 1; m <= 12; m++) {
            if (m != 4 && m != 9) {
                pay(secretary, salaried, m, 85_000);
            }
            if (m <= 9) {
                pay(secretary, pensioner, m, m <= 6 ? 20_000 : 25_000);
            }
            pay(secretary, punctual, m, 60_000);
        }

        JsonObject ledger = secretary.get("/api/fees/ledger?cellId=" + cell + "&year=" + lastYear).json();
        Map<Long, JsonObject> rows = rows(ledger);
        JsonObject s = rows.get(salaried);
        assertEquals(12 * 85_000, s.getJsonNumber("due").longValue(), "1% of 8,500,000 each month");
        assertEquals(10 * 85_000, s.getJsonNumber("paid").longValue());
        assertEquals(2 * 85_000, s.getJsonNumber("arrears").longValue());
        assertEquals(2, s.getInt("unpaidMonths"));
        assertEquals("WARNING", s.getString("level"));
        JsonObject april = s.getJsonArray("months").getJsonObject(3);
        assertEquals(lastYear + "-04", april.getString("month"));
        assertTrue(april.getBoolean("owed"));
        assertFalse(april.containsKey("paid"), "nothing paid in April: " + april);

        JsonObject p = rows.get(pensioner);
        assertEquals(6 * 20_000 + 6 * 25_000, p.getJsonNumber("due").longValue(), "the committee's new amount from July");
        assertEquals(3, p.getInt("unpaidMonths"));
        assertEquals("FLAG", p.getString("level"));
        assertEquals(3 * 25_000, p.getJsonNumber("arrears").longValue());

        assertEquals("NONE", rows.get(punctual).getString("level"));
        assertEquals(0, rows.get(punctual).getJsonNumber("arrears").longValue());
        assertTrue(rows.get(unknown).getBoolean("basisMissing"), "no salary or category recorded");
        assertEquals("FLAG", rows.get(unknown).getString("level"), "twelve months without a payment");

        assertEquals(1, ledger.getInt("warnings"));
        assertEquals(3, ledger.getInt("flags"), "the pensioner, the member without a basis and the secretary, who paid nothing");
        assertEquals(5, ledger.getJsonArray("members").size(), "the secretary is a member of the cell too");
    }

    @Test
    void refusedPaymentsSayWhyAndACorrectionKeepsTheOldPayment() {
        long cell = world.cell("Chi bộ Sửa sổ");
        Http secretary = anonymous.as(world.secretaryOf(cell));
        long member = world.member("Lý Thị Hằng " + World.suffix(), cell);
        basis(secretary, member, lastYear + "-01", 5_000_000L, null);

        assertEquals(Map.of("amount", "fee.notPositive"), codes(payment(secretary, member, lastYear + "-02", -5, null)));
        assertEquals(Map.of("amount", "fee.notPositive"), codes(payment(secretary, member, lastYear + "-02", 0, null)));
        assertEquals(Map.of("month", "fee.futureMonth"),
                codes(payment(secretary, member, YearMonth.now().plusMonths(1).toString(), 50_000, null)));
        assertEquals(Map.of("month", "fee.month"), codes(payment(secretary, member, lastYear + "-13", 50_000, null)));
        assertEquals(Map.of("paidOn", "fee.paidInFuture"),
                codes(payment(secretary, member, lastYear + "-02", 50_000, LocalDate.now().plusDays(1))));
        assertEquals(Map.of("salary", "fee.salaryOrCategory"), codes(secretary.post("/api/fees/members/" + member
                + "/bases", Json.createObjectBuilder().add("effectiveMonth", lastYear + "-01").build())));
        assertEquals(Map.of("salary", "fee.negative"), codes(secretary.post("/api/fees/members/" + member
                + "/bases", Json.createObjectBuilder().add("effectiveMonth", lastYear + "-01").add("salary", -1).build())));

        LocalDate paidOn = LocalDate.of(lastYear, 2, 10);
        Http.Reply first = payment(secretary, member, lastYear + "-02", 5_000, paidOn);
        assertEquals(201, first.status(), first.toString());
        long firstId = first.json().getJsonNumber("id").longValue();
        Http.Reply again = payment(secretary, member, lastYear + "-02", 5_000, paidOn);
        assertEquals(200, again.status(), "the same payment sent twice is recorded once: " + again);
        assertEquals(firstId, again.json().getJsonNumber("id").longValue());
        Http.Reply other = payment(secretary, member, lastYear + "-02", 50_000, paidOn);
        assertEquals(409, other.status(), other.toString());
        assertTrue(other.json().getString("detail").contains("correction") || other.json().getString("detail")
                .contains("điều chỉnh"), other.toString());

        assertEquals(Map.of("reason", "field.required"), codes(secretary.post("/api/fees/payments/" + firstId
                + "/corrections", Json.createObjectBuilder().add("amount", 50_000).build())));
        Http.Reply corrected = secretary.post("/api/fees/payments/" + firstId + "/corrections", Json.createObjectBuilder()
                .add("amount", 50_000).add("reason", "Ghi nhầm số tiền").build());
        assertEquals(201, corrected.status(), corrected.toString());
        assertEquals(firstId, corrected.json().getJsonNumber("correctsId").longValue());
        assertEquals(409, secretary.post("/api/fees/payments/" + firstId + "/corrections", Json.createObjectBuilder()
                .add("amount", 40_000).add("reason", "x").build()).status(), "only the latest payment can be corrected");

        var history = secretary.get("/api/fees/members/" + member + "/payments?month=" + lastYear + "-02").array();
        assertEquals(2, history.size(), "nothing is deleted: " + history);
        assertFalse(history.getJsonObject(0).getBoolean("current"));
        assertTrue(history.getJsonObject(1).getBoolean("current"));
        JsonObject row = rows(secretary.get("/api/fees/ledger?cellId=" + cell + "&year=" + lastYear).json()).get(member);
        assertEquals(50_000, row.getJsonArray("months").getJsonObject(1).getJsonNumber("paid").longValue());

        var audit = officer.get("/api/audit?size=200").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("action")).toList();
        assertTrue(audit.contains("FEE_PAYMENT_CORRECTED") && audit.contains("FEE_PAYMENT_RECORDED"), audit.toString());
    }

    @Test
    void monthsBeforeJoiningTheCellAreNotOwedAndCannotBePaid() {
        long cell = world.cell("Chi bộ Mới vào");
        Http secretary = anonymous.as(world.secretaryOf(cell));
        LocalDate joined = LocalDate.now().withDayOfMonth(1);
        JsonObject fields = world.memberFields("Đỗ Thị Mới " + World.suffix(), cell)
                .add("admissionDate", joined.toString()).add("status", "PROBATIONARY")
                .remove("fullMembershipDate").build();
        Http.Reply created = officer.post("/api/members", fields);
        assertEquals(201, created.status(), created.toString());
        long member = created.json().getJsonNumber("id").longValue();
        assertEquals(Map.of("month", "fee.notInCell"),
                codes(payment(secretary, member, YearMonth.now().minusMonths(1).toString(), 10_000, null)));
        assertEquals(201, payment(secretary, member, YearMonth.now().toString(), 10_000, null).status());
        JsonObject row = rows(secretary.get("/api/fees/ledger?cellId=" + cell).json()).get(member);
        List<Boolean> owed = row.getJsonArray("months").stream().map(v -> v.asJsonObject().getBoolean("owed")).toList();
        assertEquals(1, owed.stream().filter(b -> b).count(), "only this month: " + owed);
        assertEquals(0, row.getInt("unpaidMonths"));
    }

    @Test
    void onlyTheMembersCellAndTheCommitteeMayRecordOrReadFees() {
        long cellA = world.cell("Chi bộ Phí A");
        long cellB = world.cell("Chi bộ Phí B");
        Http secretaryA = anonymous.as(world.secretaryOf(cellA));
        Http secretaryB = anonymous.as(world.secretaryOf(cellB));
        long inA = world.member("Vũ Thị Lan " + World.suffix(), cellA);
        Http member = anonymous.as(World.memberToken(inA));

        assertEquals(403, payment(secretaryB, inA, lastYear + "-03", 10_000, null).status());
        assertEquals(403, secretaryB.get("/api/fees/ledger?cellId=" + cellA).status(), "not an empty ledger");
        assertEquals(403, secretaryB.post("/api/fees/members/" + inA + "/bases", Json.createObjectBuilder()
                .add("effectiveMonth", lastYear + "-01").add("salary", 1_000_000).build()).status());
        assertEquals(403, member.get("/api/fees/ledger?cellId=" + cellA).status());
        assertEquals(403, payment(member, inA, lastYear + "-03", 10_000, null).status());
        assertEquals(401, anonymous.get("/api/fees/ledger?cellId=" + cellA).status());
        assertEquals(403, secretaryA.post("/api/fees/categories", Json.createObjectBuilder().add("code", "X")
                .add("name", "x").add("amount", 1).add("effectiveMonth", lastYear + "-01").build()).status(),
                "amounts are the committee's");

        Http.Reply paid = payment(secretaryA, inA, lastYear + "-03", 10_000, null);
        assertEquals(201, paid.status(), paid.toString());
        long paymentId = paid.json().getJsonNumber("id").longValue();
        assertEquals(403, secretaryB.post("/api/fees/payments/" + paymentId + "/corrections", Json.createObjectBuilder()
                .add("amount", 1).add("reason", "x").build()).status());
        assertEquals(403, secretaryB.get("/api/fees/members/" + inA + "/payments?month=" + lastYear + "-03").status());
        assertEquals(403, member.get("/api/fees/arrears").status());
        assertEquals(201, payment(officer, inA, lastYear + "-04", 10_000, null).status(), "the officer too");
        var arrears = secretaryA.get("/api/fees/arrears?year=" + lastYear).array();
        assertEquals(List.of(cellA), arrears.stream().map(v -> v.asJsonObject().getJsonNumber("cellId").longValue())
                .toList(), "a secretary sees their own cell only");
        assertTrue(officer.get("/api/fees/arrears?year=" + lastYear).array().stream()
                .map(v -> v.asJsonObject().getJsonNumber("cellId").longValue()).toList().containsAll(List.of(cellA, cellB)));
        assertEquals(Map.of("year", "fee.year"), codes(officer.get("/api/fees/arrears?year=" + (lastYear + 2))));
    }

    @Test
    void theLedgerDownloadsAsAWorkbook() throws Exception {
        long cell = world.cell("Chi bộ Sổ Excel");
        Http secretary = anonymous.as(world.secretaryOf(cell));
        String name = "Tạ Thị Nga " + World.suffix();
        long member = world.member(name, cell);
        basis(secretary, member, lastYear + "-01", 7_000_000L, null);
        pay(secretary, member, 5, 70_000);
        byte[] xlsx = secretary.bytes("/api/fees/ledger/xlsx?cellId=" + cell + "&year=" + lastYear);
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().contains("đảng phí"));
            boolean found = false;
            for (var row : sheet) {
                if (row.getCell(1) != null && name.equals(row.getCell(1).getStringCellValue())) {
                    found = true;
                    assertEquals(70_000, row.getCell(2 + 4).getNumericCellValue(), "May");
                    assertEquals(840_000, row.getCell(14).getNumericCellValue(), "due");
                }
            }
            assertTrue(found);
        }
    }

    private String category(long amount, String from) {
        String code = "HT_" + World.suffix().toUpperCase(Locale.ROOT);
        Http.Reply r = officer.post("/api/fees/categories", Json.createObjectBuilder().add("code", code)
                .add("name", "Hưu trí").add("amount", amount).add("effectiveMonth", from).build());
        assertEquals(201, r.status(), r.toString());
        assertEquals(409, officer.post("/api/fees/categories", Json.createObjectBuilder().add("code", code)
                .add("name", "Hưu trí").add("amount", amount).add("effectiveMonth", from).build()).status());
        return code;
    }

    private void basis(Http as, long member, String from, Long salary, String category) {
        var b = Json.createObjectBuilder().add("effectiveMonth", from);
        if (salary != null) {
            b.add("salary", salary);
        } else {
            b.add("categoryCode", category);
        }
        Http.Reply r = as.post("/api/fees/members/" + member + "/bases", b.build());
        assertEquals(201, r.status(), r.toString());
    }

    private void pay(Http as, long member, int month, long amount) {
        Http.Reply r = payment(as, member, YearMonth.of(lastYear, month).toString(), amount, null);
        assertEquals(201, r.status(), r.toString());
    }

    private static Http.Reply payment(Http as, long member, String month, long amount, LocalDate paidOn) {
        var b = Json.createObjectBuilder().add("memberId", member).add("month", month).add("amount", amount);
        if (paidOn != null) {
            b.add("paidOn", paidOn.toString());
        }
        return as.post("/api/fees/payments", b.build());
    }

    private static Map<Long, JsonObject> rows(JsonObject ledger) {
        return ledger.getJsonArray("members").stream().map(JsonValue::asJsonObject)
                .collect(java.util.stream.Collectors.toMap(o -> o.getJsonNumber("memberId").longValue(), o -> o));
    }

    private static Map<String, String> codes(Http.Reply r) {
        assertEquals(400, r.status(), r.toString());
        return DossierApiIT.codes(r.json());
    }
}
