package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Builds congresses through the API, as the organising board (an officer). */
public final class Congresses {

    private final Http officer;

    public Congresses(Http officer) {
        this.officer = officer;
    }

    /** A congress, its official delegates (in the order given), and the ones on the presidium. */
    public record Prepared(long id, List<Long> delegateIds) {
    }

    /** A congress with these members as official elected delegates; the last one is put on the presidium. */
    public Prepared prepare(long... memberIds) {
        long id = create("Đại hội thử nghiệm " + World.suffix());
        List<Long> delegates = addDelegates(id, "OFFICIAL", "ELECTED", memberIds);
        appoint(id, "PRESIDIUM", delegates.get(delegates.size() - 1));
        return new Prepared(id, delegates);
    }

    public long create(String name) {
        Http.Reply r = officer.post("/api/congresses", Json.createObjectBuilder()
                .add("name", name).add("level", "WARD").add("term", "2025-2030")
                .add("startsOn", LocalDate.now().toString()).add("endsOn", LocalDate.now().plusDays(1).toString())
                .add("venue", "Hội trường Ủy ban nhân dân phường").build());
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    public List<Long> addDelegates(long congressId, String kind, String basis, long... memberIds) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        for (long m : memberIds) {
            ids.add(m);
        }
        Http.Reply r = officer.post("/api/congresses/" + congressId + "/delegates", Json.createObjectBuilder()
                .add("memberIds", ids).add("kind", kind).add("basis", basis).build());
        assertEquals(201, r.status(), r.toString());
        List<Long> out = new ArrayList<>();
        for (long m : memberIds) {
            for (JsonValue v : r.array()) {
                JsonObject d = v.asJsonObject();
                if (d.getJsonNumber("memberId").longValue() == m) {
                    out.add(d.getJsonNumber("id").longValue());
                }
            }
        }
        return out;
    }

    public long appoint(long congressId, String body, long delegateId) {
        Http.Reply r = officer.post("/api/congresses/" + congressId + "/bodies", Json.createObjectBuilder()
                .add("body", body).add("delegateId", delegateId).build());
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    public long session(long congressId, String name, boolean openCheckIn) {
        Http.Reply r = officer.post("/api/congresses/" + congressId + "/sessions", Json.createObjectBuilder()
                .add("name", name).add("startsAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()).build());
        assertEquals(201, r.status(), r.toString());
        long id = r.json().getJsonNumber("id").longValue();
        if (openCheckIn) {
            Http.Reply o = officer.post("/api/congresses/" + congressId + "/sessions/" + id + "/check-in",
                    Json.createObjectBuilder().add("open", true).build());
            assertEquals(200, o.status(), o.toString());
        }
        return id;
    }

    public String cardToken(long congressId, long delegateId) {
        Http.Reply r = officer.get("/api/congresses/" + congressId + "/delegates/" + delegateId + "/card-code");
        assertEquals(200, r.status(), r.toString());
        return r.json().getString("token");
    }
}
