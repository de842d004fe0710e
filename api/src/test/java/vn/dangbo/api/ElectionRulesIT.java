package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The election rules of Quy chế bầu cử trong Đảng, each with a worked example counted through the API: the
 * list's 30% limit, floor nominations, withdrawals, more than half of the official delegates convened (less
 * legal exclusions), invalid ballots, the highest winning, and a tie at the cut-off sent to a new round.
 */
class ElectionRulesIT extends ServerTest {

    private Elections elections() {
        return new Elections(base, world);
    }

    @Test
    void elevenConvenedTenPresentFiveVotesIsNotElectedSixIs() {
        Elections el = elections();
        Elections.Hall hall = el.hall(11, 10);
        long c = hall.congressId();
        long e = el.election(c, "Bầu Ban Chấp hành " + World.suffix(), 2);
        List<Long> ids = el.candidates(c, e, "Nguyễn Văn Sáu", "Trần Thị Năm");
        long six = ids.get(0);
        long five = ids.get(1);
        el.openRound(c, e);
        for (int i = 0; i < 10; i++) {
            // 5 keep both, 1 keeps the first, 4 cross out both (valid: the list has no extra names).
            List<Long> kept = i < 5 ? List.of(six, five) : i == 5 ? List.of(six) : List.of();
            el.vote(hall.delegates().get(i), c, e, 1, kept);
        }
        JsonObject r = el.close(c, e, 1);
        assertEquals(11, r.getInt("convened"));
        assertEquals(0, r.getInt("excluded"));
        assertEquals(11, r.getInt("base"));
        assertEquals(6, r.getInt("votesNeeded"), "more than half of 11");
        assertEquals(10, r.getInt("present"));
        assertEquals(10, r.getInt("issued"));
        assertEquals(10, r.getInt("received"));
        assertEquals(10, r.getInt("valid"));
        assertEquals(10, r.getInt("voters"));
        JsonObject first = line(r, "Nguyễn Văn Sáu");
        assertEquals(6, first.getInt("votes"));
        assertTrue(first.getBoolean("elected"), "6 of 11 is more than half");
        assertEquals(54.5, first.getJsonNumber("percentOfBase").doubleValue(), 0.001);
        JsonObject second = line(r, "Trần Thị Năm");
        assertEquals(5, second.getInt("votes"));
        assertFalse(second.getBoolean("elected"), "5 of 11 is not: the base is those convened, not the 10 present");
        assertFalse(second.getBoolean("passed"));
        assertEquals(1, r.getInt("seatsUnfilled"));
        assertFalse(r.containsKey("nextRound"), r.toString());
        JsonObject recount = officer.get(Elections.path(c, e) + "/rounds/1/result").json();
        assertEquals(r.getJsonArray("candidates"), recount.getJsonArray("candidates"),
                "the counting board recounts the stored ballots to the same figures");
        assertEquals(r.getInt("valid"), recount.getInt("valid"));
        assertEquals("FINISHED", officer.get(Elections.path(c, e)).json().getJsonObject("election").getString("status"));
    }

    @Test
    void aLegalExclusionLowersTheBaseAndIsRecordedWithItsReason() {
        Elections el = elections();
        Elections.Hall hall = el.hall(11, 10);
        long c = hall.congressId();
        long e = el.election(c, "Bầu Bí thư " + World.suffix(), 1);
        long only = el.candidates(c, e, "Lê Văn Một").get(0);
        Http.Reply excluded = officer.post(Elections.path(c, e) + "/exclusions", Json.createObjectBuilder()
                .add("delegateId", hall.delegateIds().get(10)).add("reason", "Đang bị tạm đình chỉ sinh hoạt đảng").build());
        assertEquals(201, excluded.status(), excluded.toString());
        Http.Reply twice = officer.post(Elections.path(c, e) + "/exclusions", Json.createObjectBuilder()
                .add("delegateId", hall.delegateIds().get(10)).add("reason", "Lần nữa").build());
        assertEquals(409, twice.status(), twice.toString());
        Http.Reply noReason = officer.post(Elections.path(c, e) + "/exclusions", Json.createObjectBuilder()
                .add("delegateId", hall.delegateIds().get(9)).build());
        assertEquals(400, noReason.status(), noReason.toString());
        el.openRound(c, e);
        for (int i = 0; i < 10; i++) {
            el.vote(hall.delegates().get(i), c, e, 1, i < 5 ? List.of(only) : List.of());
        }
        JsonObject r = el.close(c, e, 1);
        assertEquals(11, r.getInt("convened"));
        assertEquals(1, r.getInt("excluded"));
        assertEquals(10, r.getInt("base"));
        assertEquals(6, r.getInt("votesNeeded"));
        assertFalse(line(r, "Lê Văn Một").getBoolean("elected"), "5 of 10 is exactly half, not more");
        assertEquals("Đang bị tạm đình chỉ sinh hoạt đảng",
                r.getJsonArray("exclusions").getJsonObject(0).getString("reason"));
    }

    @Test
    void theListExceedsTheSeatsByAtMostThirtyPercentFloorNominationsNeedMoreThanThirtyPercentOfThosePresent() {
        Elections el = elections();
        Elections.Hall hall = el.hall(12, 10);
        long c = hall.congressId();
        long e = el.election(c, "Bầu Ban Chấp hành " + World.suffix(), 5);
        List<Long> ids = el.candidates(c, e, "Ứng Viên Một", "Ứng Viên Hai", "Ứng Viên Ba", "Ứng Viên Bốn",
                "Ứng Viên Năm", "Ứng Viên Sáu");
        Http.Reply seventh = officer.post(Elections.path(c, e) + "/candidates",
                Json.createObjectBuilder().add("fullName", "Ứng Viên Bảy").build());
        assertEquals(409, seventh.status(), "5 seats: at most 6 names: " + seventh);
        assertTrue(seventh.body().contains("30%"), seventh.body());

        Http.Reply noReason = officer.post(Elections.path(c, e) + "/candidates/" + ids.get(5) + "/withdrawal",
                Json.createObjectBuilder().build());
        assertEquals(400, noReason.status(), noReason.toString());
        Http.Reply withdrawn = officer.post(Elections.path(c, e) + "/candidates/" + ids.get(5) + "/withdrawal",
                Json.createObjectBuilder().add("reason", "Xin rút vì lý do sức khỏe").build());
        assertEquals(200, withdrawn.status(), withdrawn.toString());
        assertEquals("WITHDRAWN", withdrawn.json().getString("status"));

        // 10 present: 3 agreeing is exactly 30%, not more; 4 is.
        Http.Reply three = officer.post(Elections.path(c, e) + "/candidates", Json.createObjectBuilder()
                .add("fullName", "Đề Cử Tại Hội Trường").add("floor", true).add("agreed", 3).build());
        assertEquals(400, three.status(), three.toString());
        assertTrue(three.body().contains("3/10"), three.body());
        Http.Reply tooMany = officer.post(Elections.path(c, e) + "/candidates", Json.createObjectBuilder()
                .add("fullName", "Đề Cử Tại Hội Trường").add("floor", true).add("agreed", 11).build());
        assertEquals(400, tooMany.status(), "more agreeing than present: " + tooMany);
        Http.Reply four = officer.post(Elections.path(c, e) + "/candidates", Json.createObjectBuilder()
                .add("fullName", "Đề Cử Tại Hội Trường").add("floor", true).add("agreed", 4).build());
        assertEquals(201, four.status(), four.toString());
        assertEquals("FLOOR", four.json().getString("source"));
        assertEquals(4, four.json().getInt("floorAgreed"));
        assertEquals(10, four.json().getInt("floorPresent"));

        Http.Reply byDelegate = hall.delegates().get(0).post(Elections.path(c, e) + "/candidates",
                Json.createObjectBuilder().add("fullName", "Tự Đề Cử").build());
        assertEquals(403, byDelegate.status(), "the presidium keeps the list: " + byDelegate);

        JsonObject sheet = hall.delegates().get(0).get(Elections.path(c, e)).json();
        assertEquals(6, sheet.getInt("maxCandidates"));
        assertEquals(4, sheet.getInt("floorAgreementNeeded"));
        JsonObject gone = sheet.getJsonArray("candidates").stream().map(JsonValue::asJsonObject)
                .filter(x -> x.getString("fullName").equals("Ứng Viên Sáu")).findFirst().orElseThrow();
        assertEquals("Xin rút vì lý do sức khỏe", gone.getString("withdrawReason"));

        assertEquals(1, el.openRound(c, e).getInt("number"));
        JsonObject opened = officer.get(Elections.path(c, e)).json();
        assertEquals(6, opened.getJsonArray("rounds").getJsonObject(0).getJsonArray("candidateIds").size(),
                "the withdrawn name is not on the ballot, the floor nominee is");
        Http.Reply late = officer.post(Elections.path(c, e) + "/candidates",
                Json.createObjectBuilder().add("fullName", "Đến Muộn").build());
        assertEquals(409, late.status(), "the list is frozen once voting starts: " + late);
    }

    @Test
    void invalidBallotsAreShownBeforeCastingAndCountedAsInvalid() {
        Elections el = elections();
        Elections.Hall hall = el.hall(4, 4);
        long c = hall.congressId();
        long e = el.election(c, "Bầu Ủy ban Kiểm tra " + World.suffix(), 4);
        List<Long> ids = el.candidates(c, e, "Kiểm Tra Một", "Kiểm Tra Hai", "Kiểm Tra Ba", "Kiểm Tra Bốn",
                "Kiểm Tra Năm");
        el.openRound(c, e);
        Http d0 = hall.delegates().get(0);
        String check = Elections.path(c, e) + "/rounds/1/ballot-check";
        assertEquals("TOO_MANY_KEPT", d0.post(check, Elections.marks(ids).build()).json().getString("verdict"));
        assertEquals("ALL_CROSSED_OUT", d0.post(check, Elections.marks(List.of()).build()).json().getString("verdict"));
        JsonObject ok = d0.post(check, Elections.marks(ids.subList(0, 4)).build()).json();
        assertTrue(ok.getBoolean("valid"));

        Http.Reply refused = el.cast(d0, c, e, 1, ids, false);
        assertEquals(400, refused.status(), "an invalid ballot is not cast unless confirmed: " + refused);
        assertTrue(refused.body().contains("nhiều hơn 4 người"), refused.body());
        Http.Reply unknown = el.cast(d0, c, e, 1, List.of(987654321L), false);
        assertEquals(400, unknown.status(), unknown.toString());

        Http.Reply tooMany = el.cast(d0, c, e, 1, ids, true);
        assertEquals(201, tooMany.status(), tooMany.toString());
        assertEquals("TOO_MANY_KEPT", tooMany.json().getString("verdict"));
        Http.Reply allCrossed = el.cast(hall.delegates().get(1), c, e, 1, List.of(), true);
        assertEquals("ALL_CROSSED_OUT", allCrossed.json().getString("verdict"));
        el.vote(hall.delegates().get(2), c, e, 1, ids.subList(0, 4));
        el.vote(hall.delegates().get(3), c, e, 1, ids.subList(0, 3));

        JsonObject r = el.close(c, e, 1);
        assertEquals(4, r.getInt("received"));
        assertEquals(2, r.getInt("valid"));
        assertEquals(2, r.getInt("invalid"));
        assertEquals(1, r.getJsonObject("invalidBy").getInt("TOO_MANY_KEPT"));
        assertEquals(1, r.getJsonObject("invalidBy").getInt("ALL_CROSSED_OUT"));
        assertEquals(2, line(r, "Kiểm Tra Một").getInt("votes"), "invalid ballots give no votes");
        assertEquals(0, line(r, "Kiểm Tra Năm").getInt("votes"));
        // 2 of 4 is not more than half: nobody is elected.
        assertEquals(0, r.getJsonArray("candidates").stream()
                .filter(x -> x.asJsonObject().getBoolean("elected")).count());
    }

    @Test
    void theHighestWinAndATieAtTheCutOffGoesToANewRoundAmongTheTied() {
        Elections el = elections();
        Elections.Hall hall = el.hall(5, 5);
        long c = hall.congressId();
        long e = el.election(c, "Bầu Ban Thường vụ " + World.suffix(), 4);
        List<Long> ids = el.candidates(c, e, "An", "Bình", "Cường", "Dũng", "Em");
        long a = ids.get(0);
        long b = ids.get(1);
        long cc = ids.get(2);
        long d = ids.get(3);
        long em = ids.get(4);
        el.openRound(c, e);
        List<List<Long>> ballots = List.of(List.of(a, b, cc, d), List.of(a, b, cc, d), List.of(a, b, cc, em),
                List.of(a, b, cc, em), List.of(a, b, d, em));
        for (int i = 0; i < 5; i++) {
            el.vote(hall.delegates().get(i), c, e, 1, ballots.get(i));
        }
        JsonObject r = el.close(c, e, 1);
        // An 5, Bình 5, Cường 4, Dũng 3, Em 3: all pass (3 of 5), four seats, Dũng and Em level at the cut-off.
        assertTrue(line(r, "An").getBoolean("elected"));
        assertTrue(line(r, "Bình").getBoolean("elected"));
        assertTrue(line(r, "Cường").getBoolean("elected"));
        assertTrue(line(r, "Dũng").getBoolean("tied"));
        assertTrue(line(r, "Em").getBoolean("tied"));
        assertFalse(line(r, "Dũng").getBoolean("elected"));
        assertEquals(2, r.getInt("nextRound"));
        assertEquals(1, r.getInt("seatsForTied"));

        Http.Reply early = hall.delegates().get(0).get(Elections.path(c, e) + "/rounds/1/result");
        assertEquals(409, early.status(), "delegates see the result once it is published: " + early);
        el.publish(c, e, 1);
        assertEquals(200, hall.delegates().get(0).get(Elections.path(c, e) + "/rounds/1/result").status());

        JsonObject second = el.openRound(c, e);
        assertEquals(2, second.getInt("number"));
        assertEquals(1, second.getInt("seats"));
        JsonObject sheet = officer.get(Elections.path(c, e)).json();
        assertEquals(List.of(d, em), sheet.getJsonArray("rounds").getJsonObject(1).getJsonArray("candidateIds")
                .getValuesAs(jakarta.json.JsonNumber.class).stream().map(jakarta.json.JsonNumber::longValue).toList());
        Http.Reply both = el.cast(hall.delegates().get(0), c, e, 2, List.of(d, em), false);
        assertEquals(400, both.status(), "one seat left: keeping both is too many: " + both);
        Http.Reply notInRound = el.cast(hall.delegates().get(0), c, e, 2, List.of(a), false);
        assertEquals(400, notInRound.status(), "An is not on the second round's list: " + notInRound);
        for (int i = 0; i < 5; i++) {
            el.vote(hall.delegates().get(i), c, e, 2, List.of(i < 3 ? d : em));
        }
        JsonObject r2 = el.close(c, e, 2);
        assertTrue(line(r2, "Dũng").getBoolean("elected"));
        assertFalse(line(r2, "Em").getBoolean("elected"));
        assertFalse(r2.containsKey("nextRound"));
        assertEquals("FINISHED", officer.get(Elections.path(c, e)).json().getJsonObject("election").getString("status"));
    }

    private static JsonObject line(JsonObject result, String name) {
        return result.getJsonArray("candidates").stream().map(JsonValue::asJsonObject)
                .filter(x -> x.getString("fullName").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + result));
    }
}
