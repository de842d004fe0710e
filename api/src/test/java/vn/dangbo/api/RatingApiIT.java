package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Annual ratings (Quy định 366-QĐ/TW): the cell proposes, the committee approves or returns, approval is
 * final; grades follow the score; the share of excellent members is limited; scope as everywhere.
 */
class RatingApiIT extends ServerTest {

    private final int year = LocalDate.now().getYear() - 1;

    @Test
    void theCellProposesTheCommitteeApprovesAndThenItIsFinal() {
        long cell = world.cell("Chi bộ Xếp loại");
        Http secretary = anonymous.as(world.secretaryOf(cell));
        long member = world.member("Hồ Thị Thu " + World.suffix(), cell);

        Http.Reply first = propose(secretary, member, 85, null, false);
        assertEquals(200, first.status(), first.toString());
        assertEquals("GOOD", first.json().getString("grade"), "70-89 points: good");
        assertEquals("PROPOSED", first.json().getString("state"));
        long id = first.json().getJsonNumber("id").longValue();
        Http.Reply second = propose(secretary, member, 65, null, false);
        assertEquals(id, second.json().getJsonNumber("id").longValue(), "one rating per member and year");
        assertEquals("COMPLETED", second.json().getString("grade"));

        assertEquals(403, secretary.post("/api/ratings/" + id + "/approval", Json.createObjectBuilder().build())
                .status(), "approval is the committee's");
        Http.Reply approved = officer.post("/api/ratings/" + id + "/approval", Json.createObjectBuilder().build());
        assertEquals(200, approved.status(), approved.toString());
        assertEquals("APPROVED", approved.json().getString("state"));
        assertEquals("canbo.test", approved.json().getString("decidedBy"));

        Http.Reply change = propose(secretary, member, 90, null, true);
        assertEquals(409, change.status(), change.toString());
        assertTrue(change.json().getString("detail").contains("phê duyệt"), change.toString());
        assertEquals(409, officer.post("/api/ratings/" + id + "/approval", Json.createObjectBuilder().build()).status());
        assertEquals(409, officer.post("/api/ratings/" + id + "/return", World.obj("reason", "x")).status());

        var list = secretary.get("/api/ratings?cellId=" + cell + "&year=" + year).array();
        JsonObject row = list.stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getJsonNumber("memberId").longValue() == member).findFirst().orElseThrow();
        assertEquals("APPROVED", row.getJsonObject("rating").getString("state"));
        assertEquals(2, list.size(), "the member and the secretary, who has no rating yet");
    }

    @Test
    void gradesFollowTheScoreAndExcellentNeedsTheConditions() {
        long cell = world.cell("Chi bộ Thang điểm");
        Http secretary = anonymous.as(world.secretaryOf(cell));
        long member = world.member("Mai Văn Tú " + World.suffix(), cell);

        assertEquals(Map.of("grade", "rating.conditionsNotMet"), codes(propose(secretary, member, 95, "EXCELLENT", false)));
        assertEquals(Map.of("grade", "rating.gradeAboveScore"), codes(propose(secretary, member, 60, "GOOD", false)));
        assertEquals(Map.of("score", "rating.score"), codes(propose(secretary, member, 101, null, false)));
        assertEquals(Map.of("score", "rating.score"), codes(propose(secretary, member, -1, null, false)));
        assertEquals(Map.of("grade", "field.notOneOf"), codes(propose(secretary, member, 80, "SUPERB", false)));
        Http.Reply future = secretary.post("/api/ratings", Json.createObjectBuilder().add("memberId", member)
                .add("year", LocalDate.now().getYear() + 1).add("score", 80).build());
        assertEquals(Map.of("year", "rating.year"), codes(future));

        assertEquals("EXCELLENT", propose(secretary, member, 90, null, true).json().getString("grade"));
        assertEquals("GOOD", propose(secretary, member, 95, null, false).json().getString("grade"));
        assertEquals("COMPLETED", propose(secretary, member, 95, "COMPLETED", true).json().getString("grade"),
                "the cell may grade lower than the score allows");
        assertEquals("NOT_COMPLETED", propose(secretary, member, 49, null, true).json().getString("grade"));

        Http.Reply english = secretary.inLanguage("en").post("/api/ratings", Json.createObjectBuilder()
                .add("memberId", member).add("year", year).add("score", 60).add("grade", "GOOD").build());
        assertTrue(english.body().contains("at least 70 points"), english.toString());
    }

    @Test
    void aReturnedRatingCarriesTheReasonAndCanBeProposedAgain() {
        long cell = world.cell("Chi bộ Trả lại");
        Http secretary = anonymous.as(world.secretaryOf(cell));
        long member = world.member("Đàm Thị Yến " + World.suffix(), cell);
        long id = propose(secretary, member, 75, null, false).json().getJsonNumber("id").longValue();

        Http.Reply noReason = officer.post("/api/ratings/" + id + "/return", Json.createObjectBuilder().build());
        assertEquals(Map.of("reason", "field.required"), codes(noReason));
        Http.Reply returned = officer.post("/api/ratings/" + id + "/return", World.obj("reason", "Chưa có nhận xét của chi ủy"));
        assertEquals(200, returned.status(), returned.toString());
        assertEquals("RETURNED", returned.json().getString("state"));
        assertEquals("Chưa có nhận xét của chi ủy", returned.json().getString("returnReason"));
        assertEquals(409, officer.post("/api/ratings/" + id + "/approval", Json.createObjectBuilder().build()).status(),
                "a returned rating waits for the cell");

        Http.Reply again = propose(secretary, member, 78, null, false);
        assertEquals("PROPOSED", again.json().getString("state"));
        assertFalse(again.json().containsKey("returnReason"));
        assertEquals(200, officer.post("/api/ratings/" + id + "/approval", Json.createObjectBuilder().build()).status());
    }

    @Test
    void excellentMembersMayBeAtMostAFifthOfThoseRatedGoodOrBetter() {
        long cell = world.cell("Chi bộ Xuất sắc");
        Http secretary = anonymous.as(world.secretaryOf(cell));
        long[] excellent = new long[2];
        for (int i = 0; i < 2; i++) {
            long m = world.member("Kiều Văn Xuân " + World.suffix(), cell);
            excellent[i] = propose(secretary, m, 92 + i, null, true).json().getJsonNumber("id").longValue();
        }
        for (int i = 0; i < 3; i++) {
            propose(secretary, world.member("Kiều Thị Hạ " + World.suffix(), cell), 80, null, false);
        }
        propose(secretary, world.member("Kiều Văn Thu " + World.suffix(), cell), 55, null, false);

        JsonObject stats = secretary.get("/api/ratings/statistics?cellId=" + cell + "&year=" + year).json();
        assertEquals(6, stats.getInt("rated"));
        assertEquals(7, stats.getInt("members"), "the secretary is not rated");
        Map<String, JsonObject> grades = stats.getJsonArray("grades").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(g -> g.getString("grade"), g -> g));
        assertEquals(2, grades.get("EXCELLENT").getInt("count"));
        assertEquals(33.3, grades.get("EXCELLENT").getJsonNumber("percent").doubleValue(), 0.001);
        assertEquals(3, grades.get("GOOD").getInt("count"));
        assertEquals(1, grades.get("COMPLETED").getInt("count"));
        assertEquals(0, grades.get("NOT_COMPLETED").getInt("count"));
        assertEquals(40.0, stats.getJsonNumber("excellentPercentOfGoodOrBetter").doubleValue(), 0.001);
        assertTrue(stats.getBoolean("overExcellentLimit"), "2 of 5 is more than 20%");
        assertEquals(20, stats.getInt("limitPercent"));

        assertEquals(200, officer.post("/api/ratings/" + excellent[0] + "/approval", Json.createObjectBuilder().build())
                .status(), "1 of 5 is exactly 20%");
        Http.Reply over = officer.post("/api/ratings/" + excellent[1] + "/approval", Json.createObjectBuilder().build());
        assertEquals(409, over.status(), over.toString());
        assertTrue(over.json().getString("detail").contains("20%"), over.toString());
        assertEquals(1, secretary.get("/api/ratings/statistics?cellId=" + cell + "&year=" + year).json()
                .getInt("approved"));
    }

    @Test
    void onlyTheCellAndTheCommitteeSeeAndRateItsMembers() {
        long cellA = world.cell("Chi bộ Loại A");
        long cellB = world.cell("Chi bộ Loại B");
        Http secretaryA = anonymous.as(world.secretaryOf(cellA));
        Http secretaryB = anonymous.as(world.secretaryOf(cellB));
        long inA = world.member("Ninh Thị Ánh " + World.suffix(), cellA);
        Http member = anonymous.as(World.memberToken(inA));

        assertEquals(403, propose(secretaryB, inA, 80, null, false).status());
        assertEquals(403, secretaryB.get("/api/ratings?cellId=" + cellA + "&year=" + year).status());
        assertEquals(403, secretaryB.get("/api/ratings/statistics?cellId=" + cellA + "&year=" + year).status());
        assertEquals(403, member.get("/api/ratings?cellId=" + cellA).status());
        assertEquals(403, propose(member, inA, 100, null, true).status(), "nobody rates themselves");
        Http.Reply entered = propose(officer, inA, 80, null, false);
        assertEquals(200, entered.status(), "the committee may enter it too");
        long id = entered.json().getJsonNumber("id").longValue();
        assertEquals(403, secretaryA.post("/api/ratings/" + id + "/return", World.obj("reason", "x")).status());
        assertEquals(403, member.post("/api/ratings/" + id + "/approval", Json.createObjectBuilder().build()).status());
        assertEquals(200, secretaryA.get("/api/ratings/statistics?cellId=" + cellA).status());
        assertEquals(404, officer.post("/api/ratings/999999999/approval", Json.createObjectBuilder().build()).status());
    }

    private Http.Reply propose(Http as, long member, int score, String grade, boolean conditions) {
        var b = Json.createObjectBuilder().add("memberId", member).add("year", year).add("score", score)
                .add("conditionsMet", conditions);
        if (grade != null) {
            b.add("grade", grade);
        }
        return as.post("/api/ratings", b.build());
    }

    private static Map<String, String> codes(Http.Reply r) {
        assertEquals(400, r.status(), r.toString());
        return DossierApiIT.codes(r.json());
    }
}
