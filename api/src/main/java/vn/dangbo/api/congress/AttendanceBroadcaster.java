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
import jakarta.ws.rs.core.MediaType;
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
import vn.dangbo.records.congress.CheckInRecorded;
import vn.dangbo.records.congress.CheckInService;

/**
 * Pushes the attendance board to every open screen of a congress. Check-ins only mark the congress as
 * changed (after their transaction commits); a tick every 200 ms computes the board once per changed
 * congress and sends it to all its screens, so a burst of scans at the door costs one query per tick, and a
 * screen sees each check-in well within a second. Streams close when the token that opened them expires
 * (the client reconnects with a fresh one); a comment every 15 s keeps proxies from closing idle streams.
 */
@ApplicationScoped
public class AttendanceBroadcaster {

    private static final Logger LOG = Logger.getLogger(AttendanceBroadcaster.class.getName());
    private static final long TICK_MS = 200;
    private static final long HEARTBEAT_MS = 15_000;

    private record Screen(SseEventSink sink, Sse sse, Instant expires) {
    }

    @Inject
    CheckInService checkIns;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<Long, Set<Screen>> screens = new ConcurrentHashMap<>();
    /** congress → the session last checked into, waiting for the next tick. */
    private final Map<Long, Long> changed = new ConcurrentHashMap<>();
    private final Jsonb json = JsonbBuilder.create();
    private ScheduledFuture<?> ticker;
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
        screens.values().forEach(set -> set.forEach(s -> s.sink().close()));
    }

    void onCheckIn(@Observes(during = TransactionPhase.AFTER_SUCCESS) CheckInRecorded event) {
        changed.put(event.congressId(), event.sessionId());
    }

    /** A new screen gets the current board at once, then every change. */
    void subscribe(long congressId, SseEventSink sink, Sse sse, Instant expires, CongressViews.AttendanceBoard now) {
        Screen screen = new Screen(sink, sse, expires);
        screens.computeIfAbsent(congressId, k -> ConcurrentHashMap.newKeySet()).add(screen);
        send(congressId, screen, json.toJson(now));
    }

    private void tick() {
        try {
            for (Long congressId : Set.copyOf(changed.keySet())) {
                Long sessionId = changed.remove(congressId);
                Set<Screen> watching = screens.get(congressId);
                if (sessionId == null || watching == null || watching.isEmpty()) {
                    continue;
                }
                String board = json.toJson(CongressViews.AttendanceBoard.of(checkIns.liveBoard(congressId, sessionId)));
                watching.forEach(s -> send(congressId, s, board));
            }
            long now = System.currentTimeMillis();
            if (now - lastHeartbeat >= HEARTBEAT_MS) {
                lastHeartbeat = now;
                screens.forEach((congressId, set) -> set.forEach(s -> heartbeat(congressId, s)));
            }
        } catch (RuntimeException e) {
            // A failed tick must not cancel the schedule; the next check-in triggers a new attempt.
            LOG.log(Level.WARNING, "Attendance board push failed", e);
        }
    }

    private void send(long congressId, Screen s, String board) {
        if (expired(congressId, s)) {
            return;
        }
        s.sink().send(s.sse().newEventBuilder().name("attendance").mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(String.class, board).build()).whenComplete((r, failure) -> {
                    if (failure != null) {
                        drop(congressId, s);
                    }
                });
    }

    private void heartbeat(long congressId, Screen s) {
        if (!expired(congressId, s)) {
            s.sink().send(s.sse().newEventBuilder().comment("keep-alive").build()).whenComplete((r, failure) -> {
                if (failure != null) {
                    drop(congressId, s);
                }
            });
        }
    }

    private boolean expired(long congressId, Screen s) {
        if (s.sink().isClosed() || Instant.now().isAfter(s.expires())) {
            drop(congressId, s);
            return true;
        }
        return false;
    }

    private void drop(long congressId, Screen s) {
        Set<Screen> set = screens.get(congressId);
        if (set != null) {
            set.remove(s);
        }
        if (!s.sink().isClosed()) {
            s.sink().close();
        }
    }
}
