package vn.dangbo.records.live;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.dangbo.records.congress.CongressAccess;
import vn.dangbo.records.congress.CongressBody;
import vn.dangbo.records.congress.CongressService;

/** Builds what the screens of a congress show, from every feature's {@link LiveSection}. */
@Stateless
public class LiveStates {

    @Inject
    @Any
    Instance<LiveSection> sections;

    @Inject
    LiveEvents events;

    @Inject
    CongressAccess access;

    @Inject
    CongressService congresses;

    /**
     * Which stream the caller may follow: the presidium's (the organising board, the presidium and the
     * secretariat), or the hall's (any delegate or guest on the list). Anyone else is refused.
     */
    public LiveAudience audienceOfCaller(long congressId) {
        congresses.find(congressId);
        access.requireParticipant(congressId);
        boolean console = access.bodies(congressId).stream()
                .anyMatch(b -> b == CongressBody.PRESIDIUM || b == CongressBody.SECRETARIAT);
        return console ? LiveAudience.PRESIDIUM : LiveAudience.PUBLIC;
    }

    /** The caller's audience and the state it sees now: what a stream needs before it opens. */
    public record Following(LiveAudience audience, LiveSnapshot now) {
    }

    /** Decided before a stream opens: a refused caller gets a 403 problem, not an empty stream. */
    public Following follow(long congressId) {
        LiveAudience audience = audienceOfCaller(congressId);
        return new Following(audience, snapshot(congressId, audience));
    }

    /** The state now, as the caller's audience sees it. */
    public LiveSnapshot current(long congressId) {
        return snapshot(congressId, audienceOfCaller(congressId));
    }

    /**
     * The state for an audience, without asking who calls (the broadcaster computes it once for all the
     * screens it serves, each of which was checked when it subscribed). The version is read first: if a change
     * lands in between, the state is newer than its label and the change's own event follows anyway.
     */
    public LiveSnapshot snapshot(long congressId, LiveAudience audience) {
        long version = events.version(congressId);
        Map<String, Object> parts = new LinkedHashMap<>();
        for (LiveSection s : sections) {
            parts.put(s.name(), audience == LiveAudience.PRESIDIUM ? s.presidiumView(congressId) : s.publicView(congressId));
        }
        return new LiveSnapshot(congressId, version, parts);
    }
}
