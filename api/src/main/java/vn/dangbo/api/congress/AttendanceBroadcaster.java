package vn.dangbo.api.congress;

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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dangbo.api.http.SseScreens;
import vn.dangbo.records.congress.CheckInRecorded;
import vn.dangbo.records.congress.CheckInService;

/**
 * Pushes the attendance board to every open screen of a congress. Check-ins only mark the congress as
 * changed (after their transaction commits); a tick every 200 ms computes the board once per changed
 * congress and sends it to all its screens, so a burst of scans at the door costs one query per tick, and a
 * screen sees each check-in well within a second. Streams close when the token that opened them expires
 * (the client reconnects with a fresh one); a comment every 15 s keeps proxies from closing idle streams.
 * Check-ins taken by another instance of a cluster are not observed here: once a second the check-in counts of
 * the watched congresses are compared with what was last sent, and a difference pushes the board.
 */
@ApplicationScoped
public class AttendanceBroadcaster {

    private static final Logger LOG = Logger.getLogger(AttendanceBroadcaster.class.getName());
    private static final long TICK_MS = 200;
    private static final long HEARTBEAT_MS = 15_000;
    private static final long POLL_MS = 1_000;

    @Inject
    CheckInService checkIns;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final SseScreens screens = new SseScreens("attendance");
    /** congress → the session last checked into, waiting for the next tick. */
    private final Map<Long, Long> changed = new ConcurrentHashMap<>();
    private final Jsonb json = JsonbBuilder.create();
    private ScheduledFuture<?> ticker;
    private long lastHeartbeat = System.currentTimeMillis();
    private long lastPoll = System.currentTimeMillis();
    /** session → its check-in count when last seen, for the sessions of watched congresses. */
    private final Map<Long, Long> counted = new ConcurrentHashMap<>();

    @PostConstruct
    void start() {
        ticker = scheduler.scheduleWithFixedDelay(this::tick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticker != null) {
            ticker.cancel(false);
        }
        screens.closeAll();
    }

    void onCheckIn(@Observes(during = TransactionPhase.AFTER_SUCCESS) CheckInRecorded event) {
        changed.put(event.congressId(), event.sessionId());
    }

    /** A new screen gets the current board at once, then every change. */
    void subscribe(long congressId, SseEventSink sink, Sse sse, Instant expires, CongressViews.AttendanceBoard now) {
        screens.add(congressId, sink, sse, expires, null, json.toJson(now));
    }

    private void tick() {
        try {
            long started = System.currentTimeMillis();
            if (started - lastPoll >= POLL_MS) {
                lastPoll = started;
                pollOtherInstances();
            }
            for (Long congressId : Set.copyOf(changed.keySet())) {
                Long sessionId = changed.remove(congressId);
                if (sessionId == null || !screens.watched(congressId)) {
                    continue;
                }
                String board = json.toJson(CongressViews.AttendanceBoard.of(checkIns.liveBoard(congressId, sessionId)));
                screens.broadcast(congressId, null, board);
            }
            long now = System.currentTimeMillis();
            if (now - lastHeartbeat >= HEARTBEAT_MS) {
                lastHeartbeat = now;
                screens.heartbeat();
            }
        } catch (RuntimeException e) {
            // A failed tick must not cancel the schedule; the next check-in triggers a new attempt.
            LOG.log(Level.WARNING, "Attendance board push failed", e);
        }
    }

    private void pollOtherInstances() {
        Set<Long> watched = screens.keys();
        if (watched.isEmpty()) {
            counted.clear();
            return;
        }
        // A count not seen before pushes the board too: one board too many is harmless, one missed is not.
        for (long[] row : checkIns.checkInCounts(watched)) {
            Long before = counted.put(row[1], row[2]);
            if (before == null || before != row[2]) {
                changed.put(row[0], row[1]);
            }
        }
    }
}
