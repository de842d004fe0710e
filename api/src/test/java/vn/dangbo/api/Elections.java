package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds what an election test needs through the API: a congress with official delegates (each with their own
 * token), a session with some of them checked in, an election and its list. The officer is the organising
 * board, so they may act as the presidium and the counting board.
 */
public final class Elections {

    private final Http officer;
    private final Http anonymous;
    private final World world;

    public Elections(URL base, World world) {
        this.anonymous = new Http(base, null);
        this.world = world;
        this.officer = world.officer();
    }

    /** A congress of {@code convened} official delegates, the first {@code present} of them checked in. */
    public record Hall(long congressId, long sessionId, List<Long> delegateIds, List<Long> memberIds,
                       List<Http> delegates) {
    }

    public Hall hall(int convened, int present) {
        long cell = world.cell("Chi bộ Bầu cử " + World.suffix());
        long[] members = new long[convened];
        for (int i = 0; i < convened; i++) {
            members[i] = world.member("Đại Biểu Bầu " + World.suffix(), cell);
        }
        Congresses congresses = new Congresses(officer);
        long congress = congresses.create("Đại hội Bầu cử " + World.suffix());
        List<Long> delegateIds = congresses.addDelegates(congress, "OFFICIAL", "ELECTED", members);
        long session = congresses.session(congress, "Phiên bầu cử", true);
        List<Http> tokens = new ArrayList<>();
        List<Long> memberIds = new ArrayList<>();
        for (int i = 0; i < convened; i++) {
            memberIds.add(members[i]);
            tokens.add(anonymous.as(Tokens.token("daibieu." + members[i], members[i], Set.of("member", "delegate"))));
            if (i < present) {
                Http.Reply in = officer.post("/api/congresses/" + congress + "/check-ins/desk",
                        Json.createObjectBuilder().add("delegateId", delegateIds.get(i)).build());
                assertEquals(200, in.status(), in.toString());
            }
        }
        return new Hall(congress, session, delegateIds, memberIds, tokens);
    }

    public long election(long congressId, String title, int seats) {
        return election(congressId, title, seats, "COMMITTEE");
    }

    public long election(long congressId, String title, int seats, String kind) {
        Http.Reply r = officer.post("/api/congresses/" + congressId + "/elections", Json.createObjectBuilder()
                .add("title", title).add("kind", kind).add("seats", seats).build());
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    /** Candidates from the list prepared for the congress, by name; their ids in the order given. */
    public List<Long> candidates(long congressId, long electionId, String... names) {
        List<Long> ids = new ArrayList<>();
        for (String n : names) {
            Http.Reply r = officer.post(path(congressId, electionId) + "/candidates",
                    Json.createObjectBuilder().add("fullName", n).build());
            assertEquals(201, r.status(), r.toString());
            ids.add(r.json().getJsonNumber("id").longValue());
        }
        return ids;
    }

    public JsonObject openRound(long congressId, long electionId) {
        Http.Reply r = officer.post(path(congressId, electionId) + "/rounds", Json.createObjectBuilder().build());
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    public Http.Reply cast(Http delegate, long congressId, long electionId, int round, List<Long> kept,
                           boolean acceptInvalid) {
        return delegate.post(path(congressId, electionId) + "/rounds/" + round + "/ballots",
                marks(kept).add("acceptInvalid", acceptInvalid).build());
    }

    /** Casts a valid ballot and returns its receipt code. */
    public String vote(Http delegate, long congressId, long electionId, int round, List<Long> kept) {
        Http.Reply r = cast(delegate, congressId, electionId, round, kept, false);
        assertEquals(201, r.status(), r.toString());
        return r.json().getString("receipt");
    }

    public JsonObject close(long congressId, long electionId, int round) {
        Http.Reply r = officer.post(path(congressId, electionId) + "/rounds/" + round + "/closure",
                Json.createObjectBuilder().build());
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    public JsonObject publish(long congressId, long electionId, int round) {
        Http.Reply r = officer.post(path(congressId, electionId) + "/rounds/" + round + "/publication",
                Json.createObjectBuilder().build());
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    public static jakarta.json.JsonObjectBuilder marks(List<Long> kept) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        kept.forEach(a::add);
        return Json.createObjectBuilder().add("kept", a);
    }

    public static String path(long congressId, long electionId) {
        return "/api/congresses/" + congressId + "/elections/" + electionId;
    }
}
