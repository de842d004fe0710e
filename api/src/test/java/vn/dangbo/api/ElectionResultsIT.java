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
 * After the congress the people elected to the committee take their positions in the ward committee's records,
 * once: applying the results again places nobody twice; only the organising board may; an election that elects
 * to no position is refused with its name.
 */
class ElectionResultsIT extends ServerTest {

    @Test
    void theElectedTakeTheirPositionsInTheWardCommitteeOnce() {
        Elections el = new Elections(base, world);
        Elections.Hall hall = el.hall(4, 4);
        long c = hall.congressId();
        long e = el.election(c, "Bầu Ban Chấp hành khóa mới " + World.suffix(), 2);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Http.Reply r = officer.post(Elections.path(c, e) + "/candidates",
                    Json.createObjectBuilder().add("memberId", hall.memberIds().get(i)).build());
            assertEquals(201, r.status(), r.toString());
            ids.add(r.json().getJsonNumber("id").longValue());
        }
        String path = Elections.path(c, e) + "/results-into-records";
        String today = LocalDate.now().toString();
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
        long ward = placed.json().getJsonNumber("unitId").longValue();
        List<Long> committee = officer.get("/api/units/" + ward + "/positions").array().stream()
                .map(JsonValue::asJsonObject)
                .filter(p -> "COMMITTEE_MEMBER".equals(p.getString("role")) && !p.containsKey("to"))
                .map(p -> p.getJsonNumber("memberId").longValue()).toList();
        assertTrue(committee.containsAll(hall.memberIds().subList(0, 2)), committee.toString());

        JsonObject again = officer.post(path, Json.createObjectBuilder().add("from", today).build()).json();
        assertEquals(0, again.getJsonArray("placed").size(), "nobody twice: " + again);
        assertEquals(2, again.getJsonObject("leftOut").size(), again.toString());

        long other = officer.post("/api/congresses/" + c + "/elections", Json.createObjectBuilder()
                .add("title", "Bầu đại biểu dự Đại hội cấp trên").add("kind", "DELEGATES").add("seats", 1).build())
                .json().getJsonNumber("id").longValue();
        Http.Reply refused = officer.post(Elections.path(c, other) + "/results-into-records",
                Json.createObjectBuilder().add("from", today).build());
        assertEquals(409, refused.status(), refused.toString());
        assertTrue(refused.body().contains("Bầu đại biểu dự Đại hội cấp trên"), refused.body());
    }
}
