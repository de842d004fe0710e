package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Ratings of party organisations: the ward's criteria per year (editable until an organisation has assessed
 * itself), the cell's self-assessment, the committee's decision or return; the grade never better than the score
 * allows, the members' excellent share and not-completed members refused with the figures; scope; history.
 * The criteria are ward-wide per year, so every test works in a year of its own.
 */
class UnitRatingsIT extends ServerTest {

    @Test
    void theWardSetsTheYearsCriteriaUntilTheFirstSelfAssessment() {
        int year = 2016;
        JsonObject defaults = officer.get("/api/unit-ratings/criteria?year=" + year).json();
        assertFalse(defaults.getBoolean("configured"), defaults.toString());
        assertEquals(4, defaults.getJsonArray("criteria").size());
        assertEquals(100, defaults.getInt("maxScore"));
        assertEquals(90, defaults.getInt("excellentFrom"));

        long cell = world.cell("Chi bộ Tiêu chí");
        Http secretary = anonymous.as(world.secretaryOf(cell));
        JsonObject four = criteria(year, 90, 70, 50, List.of("Chính trị tư tưởng tốt", "Nội bộ đoàn kết tốt",
                "Sinh hoạt tốt", "Lãnh đạo thực hiện nhiệm vụ tốt"), List.of(30, 30, 20, 20));
        assertEquals(403, put(secretary, "/api/unit-ratings/criteria", four).status(), "the ward's, not the cell's");
        Http.Reply badOrder = put(officer, "/api/unit-ratings/criteria", criteria(year, 90, 95, 50,
                List.of("Một"), List.of(10)));
        assertEquals(Map.of("goodFrom", "unitRating.thresholdOrder"), codes(badOrder));
        Http.Reply badPoints = put(officer, "/api/unit-ratings/criteria", criteria(year, 90, 70, 50,
                List.of("Một"), List.of(0)));
        assertEquals(Map.of("criteria[0].maxPoints", "unitRating.maxPoints"), codes(badPoints));

        JsonObject saved = put(officer, "/api/unit-ratings/criteria", four).json();
        assertTrue(saved.getBoolean("configured"));
        assertEquals(100, saved.getInt("maxScore"));
        // Edited before the ratings start: the first criterion renamed, the last one dropped (retired, not deleted).
        var c = saved.getJsonArray("criteria");
        JsonArrayBuilder edited = Json.createArrayBuilder();
        for (int i = 0; i < 3; i++) {
            JsonObject x = c.getJsonObject(i);
            edited.add(Json.createObjectBuilder().add("id", x.getJsonNumber("id").longValue())
                    .add("title", i == 0 ? "Chính trị, tư tưởng tốt" : x.getString("title"))
                    .add("maxPoints", x.getInt("maxPoints")));
        }
        JsonObject three = put(officer, "/api/unit-ratings/criteria", Json.createObjectBuilder().add("year", year)
                .add("excellentFrom", 85).add("goodFrom", 70).add("completedFrom", 50).add("criteria", edited).build())
                .json();
        assertEquals(3, three.getJsonArray("criteria").size(), three.toString());
        assertEquals("Chính trị, tư tưởng tốt", three.getJsonArray("criteria").getJsonObject(0).getString("title"));
        assertEquals(80, three.getInt("maxScore"));
        assertEquals(85, secretary.get("/api/unit-ratings/criteria?year=" + year).json().getInt("excellentFrom"));

        // 68 of 80 is 85 %: excellent under this year's thresholds.
        Http.Reply first = propose(secretary, cell, year, three, new int[] {28, 25, 15}, null);
        assertEquals(200, first.status(), first.toString());
        assertEquals("EXCELLENT", first.json().getString("proposedGrade"));
        assertTrue(secretary.get("/api/unit-ratings/criteria?year=" + year).json().getBoolean("locked"));
        Http.Reply late = put(officer, "/api/unit-ratings/criteria", four);
        assertEquals(409, late.status(), late.toString());
        assertTrue(late.json().getString("detail").contains("2016"), late.toString());
    }

    @Test
    void theProposedGradeMustBeConsistentWithTheScore() {
        int year = 2017;
        JsonObject setup = configure(year);
        long cell = world.cell("Chi bộ Thang điểm");
        Http secretary = anonymous.as(world.secretaryOf(cell));
        long first = id(setup, 0);

        Http.Reply above = propose(secretary, cell, year, setup, new int[] {25, 20, 20, 20}, "EXCELLENT");
        assertEquals(Map.of("grade", "unitRating.gradeAboveScore"), codes(above));
        assertTrue(above.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("90/100"),
                above.toString());
        Http.Reply overMax = propose(secretary, cell, year, setup, new int[] {26, 20, 20, 20}, null);
        assertEquals(Map.of("scores." + first, "unitRating.scoreRange"), codes(overMax));
        Http.Reply missing = secretary.post("/api/unit-ratings", Json.createObjectBuilder().add("unitId", cell)
                .add("year", year).add("scores", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("criterionId", first).add("points", 20))).build());
        assertEquals(400, missing.status(), missing.toString());
        assertEquals(3, missing.json().getJsonArray("errors").size(), "the three criteria not scored");
        Http.Reply english = secretary.inLanguage("en").post("/api/unit-ratings", body(cell, year, setup,
                new int[] {25, 20, 20, 20}, "EXCELLENT"));
        assertTrue(english.body().contains("needs at least 90/100 points"), english.toString());

        Http.Reply good = propose(secretary, cell, year, setup, new int[] {25, 20, 20, 20}, null);
        assertEquals(200, good.status(), good.toString());
        assertEquals("GOOD", good.json().getString("proposedGrade"), "85 of 100: good");
        assertEquals(85, good.json().getInt("totalScore"));
        Http.Reply lower = propose(secretary, cell, year, setup, new int[] {25, 20, 20, 20}, "COMPLETED");
        assertEquals("COMPLETED", lower.json().getString("proposedGrade"), "a unit may grade itself lower");
        assertEquals(good.json().getJsonNumber("id").longValue(), lower.json().getJsonNumber("id").longValue(),
                "one rating per unit and year");
        Http.Reply future = secretary.post("/api/unit-ratings", body(cell, java.time.LocalDate.now().getYear() + 1,
                setup, new int[] {25, 25, 25, 25}, null));
        assertEquals(Map.of("year", "unitRating.year"), codes(future));
    }

    @Test
    void membersRatedExcellentBeyondTheLimitAreRefusedWithTheFigures() {
        int year = 2018;
        JsonObject setup = configure(year);
        long cell = world.cell("Chi bộ Giới hạn");
        Http secretary = anonymous.as(world.secretaryOf(cell));
        // 2 excellent of 5 good or better: 40 %, above the 20 % of the members' rating rules.
        for (int i = 0; i < 2; i++) {
            rateMember(secretary, world.member("Lạc Văn Giỏi " + World.suffix(), cell), year, 95, true);
        }
        for (int i = 0; i < 3; i++) {
            rateMember(secretary, world.member("Lạc Thị Khá " + World.suffix(), cell), year, 80, false);
        }
        Http.Reply over = propose(secretary, cell, year, setup, new int[] {20, 20, 20, 20}, null);
        assertEquals(409, over.status(), over.toString());
        String detail = over.json().getString("detail");
        assertTrue(detail.contains("(2)") && detail.contains("20%") && detail.contains("(5;") && detail.contains("40"),
                detail);
        JsonObject form = secretary.get("/api/unit-ratings/units/" + cell + "?year=" + year).json();
        assertEquals(2, form.getJsonObject("members").getInt("excellent"));
        assertFalse(form.getBoolean("excellentAllowed"));

        // Another cell: 1 excellent of 5 is exactly 20 %, but one member did not complete their tasks.
        long other = world.cell("Chi bộ Chưa hoàn thành");
        Http secretary2 = anonymous.as(world.secretaryOf(other));
        rateMember(secretary2, world.member("Mạc Văn Tốt " + World.suffix(), other), year, 95, true);
        for (int i = 0; i < 4; i++) {
            rateMember(secretary2, world.member("Mạc Thị Khá " + World.suffix(), other), year, 80, false);
        }
        rateMember(secretary2, world.member("Mạc Văn Kém " + World.suffix(), other), year, 30, false);
        Http.Reply excellent = propose(secretary2, other, year, setup, new int[] {25, 25, 25, 25}, null);
        assertEquals(409, excellent.status(), excellent.toString());
        assertTrue(excellent.json().getString("detail").contains("1 đảng viên Không hoàn thành"), excellent.toString());
        Http.Reply good = propose(secretary2, other, year, setup, new int[] {25, 25, 25, 25}, "GOOD");
        assertEquals(200, good.status(), good.toString());
        // The committee cannot raise it past the same limit either.
        Http.Reply raised = officer.post("/api/unit-ratings/" + good.json().getJsonNumber("id").longValue()
                + "/decision", Json.createObjectBuilder().add("grade", "EXCELLENT").build());
        assertEquals(409, raised.status(), raised.toString());
    }

    @Test
    void aSecretaryRatesOnlyTheirOwnCell() {
        int year = 2019;
        JsonObject setup = configure(year);
        long cellA = world.cell("Chi bộ Phạm vi A");
        long cellB = world.cell("Chi bộ Phạm vi B");
        Http secA = anonymous.as(world.secretaryOf(cellA));
        Http secB = anonymous.as(world.secretaryOf(cellB));
        Http member = anonymous.as(World.memberToken(world.member("Tạ Thị Viên " + World.suffix(), cellA)));

        assertEquals(403, propose(secB, cellA, year, setup, new int[] {20, 20, 20, 20}, null).status());
        assertEquals(403, secB.get("/api/unit-ratings/units/" + cellA + "?year=" + year).status());
        assertEquals(403, propose(member, cellA, year, setup, new int[] {20, 20, 20, 20}, null).status());
        assertEquals(403, member.get("/api/unit-ratings?year=" + year).status());
        var listed = secA.get("/api/unit-ratings?year=" + year).array().stream().map(JsonValue::asJsonObject)
                .map(o -> o.getJsonNumber("unitId").longValue()).toList();
        assertEquals(List.of(cellA), listed, "a secretary's list is their own cell");
        assertTrue(officer.get("/api/unit-ratings?year=" + year).array().stream().map(JsonValue::asJsonObject)
                .map(o -> o.getJsonNumber("unitId").longValue()).toList().containsAll(List.of(cellA, cellB)));

        Http.Reply own = propose(secA, cellA, year, setup, new int[] {20, 20, 20, 20}, null);
        assertEquals(200, own.status(), own.toString());
        long id = own.json().getJsonNumber("id").longValue();
        assertEquals(403, secA.post("/api/unit-ratings/" + id + "/decision", JsonValue.EMPTY_JSON_OBJECT).status(),
                "the committee decides");
        assertEquals(403, secB.get("/api/unit-ratings/history?unitId=" + cellA).status());
        Http.Reply ward = officer.get("/api/unit-ratings/units/" + world.ward() + "?year=" + year);
        assertEquals(Map.of("unitId", "unitRating.notRated"), codes(ward));
    }

    @Test
    void theCommitteeReturnsThenDecidesAndTheYearsStayInTheHistory() {
        int year = 2020;
        JsonObject setup = configure(year);
        long cell = world.cell("Chi bộ Lịch sử");
        Http secretary = anonymous.as(world.secretaryOf(cell));
        long id = propose(secretary, cell, year, setup, new int[] {25, 20, 20, 15}, null).json()
                .getJsonNumber("id").longValue();

        assertEquals(Map.of("reason", "field.required"),
                codes(officer.post("/api/unit-ratings/" + id + "/return", JsonValue.EMPTY_JSON_OBJECT)));
        Http.Reply returned = officer.post("/api/unit-ratings/" + id + "/return",
                World.obj("reason", "Chưa có biên bản họp chi ủy"));
        assertEquals("RETURNED", returned.json().getString("state"), returned.toString());
        assertEquals("Chưa có biên bản họp chi ủy", secretary.get("/api/unit-ratings/units/" + cell + "?year=" + year)
                .json().getJsonObject("rating").getString("returnReason"));
        assertEquals(409, officer.post("/api/unit-ratings/" + id + "/decision", JsonValue.EMPTY_JSON_OBJECT).status());

        Http.Reply again = propose(secretary, cell, year, setup, new int[] {25, 20, 20, 15}, null);
        assertEquals("PROPOSED", again.json().getString("state"));
        assertEquals("GOOD", again.json().getString("proposedGrade"), "80 of 100");
        Http.Reply tooHigh = officer.post("/api/unit-ratings/" + id + "/decision",
                Json.createObjectBuilder().add("grade", "EXCELLENT").build());
        assertEquals(Map.of("grade", "unitRating.gradeAboveScore"), codes(tooHigh));
        Http.Reply decided = officer.post("/api/unit-ratings/" + id + "/decision", Json.createObjectBuilder()
                .add("grade", "COMPLETED").add("note", "Còn hạn chế trong sinh hoạt chuyên đề").build());
        assertEquals(200, decided.status(), decided.toString());
        assertEquals("DECIDED", decided.json().getString("state"));
        assertEquals("COMPLETED", decided.json().getString("decidedGrade"));
        assertEquals(409, propose(secretary, cell, year, setup, new int[] {25, 25, 25, 25}, null).status(), "final");
        assertTrue(officer.get("/api/audit?size=20").body().contains("UNIT_RATING_DECIDED"));

        JsonObject history = secretary.get("/api/unit-ratings/history?unitId=" + cell).json();
        JsonObject mine = history.getJsonArray("ratings").getJsonObject(0);
        assertEquals(year, mine.getInt("year"));
        assertEquals("COMPLETED", mine.getString("decidedGrade"));
        JsonObject y = history.getJsonArray("years").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getInt("year") == year).findFirst().orElseThrow();
        assertEquals(1, y.getJsonObject("decided").getInt("COMPLETED"), y.toString());
        assertEquals(1, y.getInt("units"), "the secretary counts their own cell only");
    }

    // ---------------------------------------------------------------- helpers

    /** The year's criteria: the ward's defaults, saved. */
    private JsonObject configure(int year) {
        JsonObject d = officer.get("/api/unit-ratings/criteria?year=" + year).json();
        if (d.getBoolean("configured")) {
            return d;
        }
        JsonArrayBuilder c = Json.createArrayBuilder();
        d.getJsonArray("criteria").stream().map(JsonValue::asJsonObject).forEach(x -> c.add(Json.createObjectBuilder()
                .add("title", x.getString("title")).add("maxPoints", x.getInt("maxPoints"))));
        Http.Reply r = put(officer, "/api/unit-ratings/criteria", Json.createObjectBuilder().add("year", year)
                .add("criteria", c).build());
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static JsonObject criteria(int year, int excellent, int good, int completed, List<String> titles,
                                       List<Integer> points) {
        JsonArrayBuilder c = Json.createArrayBuilder();
        for (int i = 0; i < titles.size(); i++) {
            c.add(Json.createObjectBuilder().add("title", titles.get(i)).add("maxPoints", points.get(i)));
        }
        return Json.createObjectBuilder().add("year", year).add("excellentFrom", excellent).add("goodFrom", good)
                .add("completedFrom", completed).add("criteria", c).build();
    }

    private static long id(JsonObject setup, int i) {
        return setup.getJsonArray("criteria").getJsonObject(i).getJsonNumber("id").longValue();
    }

    private static JsonObject body(long unit, int year, JsonObject setup, int[] points, String grade) {
        JsonArrayBuilder s = Json.createArrayBuilder();
        for (int i = 0; i < points.length; i++) {
            s.add(Json.createObjectBuilder().add("criterionId", id(setup, i)).add("points", points[i]));
        }
        var b = Json.createObjectBuilder().add("unitId", unit).add("year", year).add("scores", s)
                .add("note", "Chi bộ tự đánh giá");
        if (grade != null) {
            b.add("grade", grade);
        }
        return b.build();
    }

    private static Http.Reply propose(Http as, long unit, int year, JsonObject setup, int[] points, String grade) {
        return as.post("/api/unit-ratings", body(unit, year, setup, points, grade));
    }

    private static void rateMember(Http secretary, long member, int year, int score, boolean conditions) {
        Http.Reply r = secretary.post("/api/ratings", Json.createObjectBuilder().add("memberId", member)
                .add("year", year).add("score", score).add("conditionsMet", conditions).build());
        assertEquals(200, r.status(), r.toString());
    }

    private static Http.Reply put(Http as, String path, JsonObject body) {
        return as.send("PUT", path, body.toString(), "application/json");
    }

    private static Map<String, String> codes(Http.Reply r) {
        assertEquals(400, r.status(), r.toString());
        return DossierApiIT.codes(r.json());
    }
}
