package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * After the congress the people elected to the committee take their positions in the ward committee's records for
 * the new term: whoever held the seat and was not elected again leaves it that day; applying the results again
 * changes nothing; only the organising board may; delegates to the higher congress are recorded too; an election
 * that elects to no position is refused with its name.
 */
class ElectionResultsIT extends ServerTest {

    @Test
    void theElectedTakeTheirPositionsInTheWardCommitteeOnce() {
        Elections el = new Elections(base, world);
        Elections.Hall hall = el.hall(4, 4);
        long c = hall.congressId();
        long ward = world.ward();
        String today = LocalDate.now().toString();
        // The outgoing term: the third delegate sits on the committee and is not elected again.
        long outgoing = hall.memberIds().get(2);
        assertEquals(201, officer.post("/api/units/" + ward + "/positions", Json.createObjectBuilder()
                .add("memberId", outgoing).add("role", "COMMITTEE_MEMBER")
                .add("from", LocalDate.now().minusYears(5).toString()).build()).status());
        long e = el.election(c, "Bầu Ban Chấp hành khóa mới " + World.suffix(), 2);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Http.Reply r = officer.post(Elections.path(c, e) + "/candidates",
                    Json.createObjectBuilder().add("memberId", hall.memberIds().get(i)).build());
            assertEquals(201, r.status(), r.toString());
            ids.add(r.json().getJsonNumber("id").longValue());
        }
        String path = Elections.path(c, e) + "/results-into-records";
        Http.Reply early = officer.post(path, Json.createObjectBuilder().add("from", today).build());
        assertEquals(409, early.status(), "nothing published yet: " + early);

        el.openRound(c, e);
        int round = 1;
        for (Http d : hall.delegates()) {
            el.vote(d, c, e, round, ids);
        }
        el.close(c, e, round);
        el.publish(c, e, round);

        assertEquals(403, hall.delegates().get(0).post(path, Json.createObjectBuilder().add("from", today).build()).status());
        Http.Reply placed = officer.post(path, Json.createObjectBuilder().add("from", today).build());
        assertEquals(200, placed.status(), placed.toString());
        assertEquals("COMMITTEE_MEMBER", placed.json().getString("role"));
        assertEquals(2, placed.json().getJsonArray("placed").size(), placed.toString());
        assertEquals(ward, placed.json().getJsonNumber("unitId").longValue());
        assertEquals(1, placed.json().getJsonArray("ended").size(), "the outgoing member leaves: " + placed);
        assertEquals(List.copyOf(hall.memberIds().subList(0, 2)), current(ward, "COMMITTEE_MEMBER", hall.memberIds()));
        JsonObject left = officer.get("/api/units/" + ward + "/positions").array().stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getJsonNumber("memberId").longValue() == outgoing)
                .findFirst().orElseThrow();
        assertEquals(today, left.getString("to"), "the outgoing term ends the day the new one starts: " + left);

        JsonObject again = officer.post(path, Json.createObjectBuilder().add("from", today).build()).json();
        assertEquals(0, again.getJsonArray("placed").size(), "nobody twice: " + again);
        assertEquals(0, again.getJsonArray("ended").size(), again.toString());
        assertEquals(2, again.getJsonObject("leftOut").size(), again.toString());

        long higher = el.election(c, "Bầu đại biểu dự Đại hội cấp trên " + World.suffix(), 1, "DELEGATES");
        long delegate = hall.memberIds().get(3);
        long candidate = officer.post(Elections.path(c, higher) + "/candidates",
                Json.createObjectBuilder().add("memberId", delegate).build()).json().getJsonNumber("id").longValue();
        el.openRound(c, higher);
        for (Http d : hall.delegates()) {
            el.vote(d, c, higher, 1, List.of(candidate));
        }
        el.close(c, higher, 1);
        el.publish(c, higher, 1);
        Http.Reply delegates = officer.post(Elections.path(c, higher) + "/results-into-records",
                Json.createObjectBuilder().add("from", today).build());
        assertEquals(200, delegates.status(), delegates.toString());
        assertEquals("HIGHER_DELEGATE", delegates.json().getString("role"));
        assertEquals(List.of(delegate), current(ward, "HIGHER_DELEGATE", hall.memberIds()));

        long other = officer.post("/api/congresses/" + c + "/elections", Json.createObjectBuilder()
                .add("title", "Bầu tổ thư ký").add("kind", "OTHER").add("seats", 1).build())
                .json().getJsonNumber("id").longValue();
        Http.Reply refused = officer.post(Elections.path(c, other) + "/results-into-records",
                Json.createObjectBuilder().add("from", today).build());
        assertEquals(409, refused.status(), refused.toString());
        assertTrue(refused.body().contains("Bầu tổ thư ký"), refused.body());
    }

    /** Who of this hall holds the role in the unit now, in the hall's order. */
    private List<Long> current(long unit, String role, List<Long> hall) {
        List<Long> holders = officer.get("/api/units/" + unit + "/positions").array().stream()
                .map(JsonValue::asJsonObject)
                .filter(p -> role.equals(p.getString("role")) && !p.containsKey("to"))
                .map(p -> p.getJsonNumber("memberId").longValue()).toList();
        return hall.stream().filter(holders::contains).toList();
    }
}
