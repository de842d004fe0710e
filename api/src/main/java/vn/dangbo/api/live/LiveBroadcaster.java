package vn.dangbo.api.live;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dangbo.api.http.SseScreens;
import vn.dangbo.records.live.LiveAudience;
import vn.dangbo.records.live.LiveChanged;
import vn.dangbo.records.live.LiveEvents;
import vn.dangbo.records.live.LiveSnapshot;
import vn.dangbo.records.live.LiveStates;

/**
 * Pushes the live state of a congress to every screen that follows it: the hall's (big screen, tablets) and
 * the presidium's console. A change only marks its congress; a tick every 100 ms computes the state once per
 * audience and sends it to all those screens, so 5,000 tablets cost one computation, not 5,000, and a screen
 * sees a change well within a second.
 * <p>
 * Each event carries the congress's live version as its id. A screen that reconnects, after a network drop or
 * a restart of this server, first receives the state as it is now, so it is never left showing what it missed.
 * Changes made through another instance of a cluster are not observed here: a poll every 500 ms compares the
 * versions in the database with what was sent, and catches up from there.
 */
@ApplicationScoped
public class LiveBroadcaster {

    private static final Logger LOG = Logger.getLogger(LiveBroadcaster.class.getName());
    private static final long TICK_MS = 100;
    private static final long POLL_MS = 500;
    private static final long HEARTBEAT_MS = 15_000;

    @Inject
    LiveStates states;

    @Inject
    LiveEvents events;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final SseScreens hall = new SseScreens("live");
    private final SseScreens console = new SseScreens("live");
    /** congress → whether its state changed (true) or only a tally (false), waiting for the next tick. */
    private final Map<Long, Boolean> changed = new ConcurrentHashMap<>();
    /** congress → the newest version sent to its screens. */
    private final Map<Long, Long> sent = new ConcurrentHashMap<>();
    private final Jsonb json = JsonbBuilder.create();
    private ScheduledFuture<?> ticker;
    private long lastPoll = System.currentTimeMillis();
    private long lastHeartbeat = System.currentTimeMillis();

    @PostConstruct
    void start() {
        ticker = scheduler.scheduleWithFixedDelay(this::tick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticker != null) {
            ticker.cancel(false);
        }
        hall.closeAll();
        console.closeAll();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveChanged event) {
        changed.merge(event.congressId(), event.state(), Boolean::logicalOr);
    }

    /** A new screen gets the state now, then every change, until {@code expires}. */
    public void subscribe(LiveSnapshot now, LiveAudience audience, SseEventSink sink, Sse sse, Instant expires) {
        screens(audience).add(now.congressId(), sink, sse, expires, Long.toString(now.version()), json.toJson(now));
        // A push of a newer version may have gone out between this snapshot and the registration: push again.
        if (sent.merge(now.congressId(), now.version(), Math::max) > now.version()) {
            changed.merge(now.congressId(), true, Boolean::logicalOr);
        }
    }

    /** How many streams are open on this instance (for the benchmark's report). */
    public int streams() {
        return hall.count() + console.count();
    }

    private SseScreens screens(LiveAudience audience) {
        return audience == LiveAudience.PRESIDIUM ? console : hall;
    }

    private void tick() {
        try {
            long now = System.currentTimeMillis();
            if (now - lastPoll >= POLL_MS) {
                lastPoll = now;
                pollOtherInstances();
            }
            for (Long congressId : Set.copyOf(changed.keySet())) {
                Boolean state = changed.remove(congressId);
                if (state == null) {
                    continue;
                }
                if (state && hall.watched(congressId)) {
                    push(hall, congressId, LiveAudience.PUBLIC);
                }
                if (console.watched(congressId)) {
                    push(console, congressId, LiveAudience.PRESIDIUM);
                }
            }
            if (now - lastHeartbeat >= HEARTBEAT_MS) {
                lastHeartbeat = now;
                hall.heartbeat();
                console.heartbeat();
            }
        } catch (RuntimeException e) {
            // A failed tick must not cancel the schedule; the poll retries the push on the next round.
            LOG.log(Level.WARNING, "Live state push failed", e);
        }
    }

    private void push(SseScreens screens, long congressId, LiveAudience audience) {
        LiveSnapshot snapshot = states.snapshot(congressId, audience);
        sent.merge(congressId, snapshot.version(), Math::max);
        screens.broadcast(congressId, Long.toString(snapshot.version()), json.toJson(snapshot));
    }

    private void pollOtherInstances() {
        Set<Long> watched = new HashSet<>(hall.keys());
        watched.addAll(console.keys());
        sent.keySet().retainAll(watched);
        if (watched.isEmpty()) {
            return;
        }
        events.versions(watched).forEach((congressId, version) -> {
            if (version > sent.getOrDefault(congressId, -1L)) {
                changed.merge(congressId, true, Boolean::logicalOr);
            }
        });
    }
}
