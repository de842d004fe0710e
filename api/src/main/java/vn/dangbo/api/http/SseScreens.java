package vn.dangbo.api.http;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open event streams of each congress (or any other key), for a broadcaster that pushes one payload to all
 * of them. A stream is dropped when its client has gone or when the credential that opened it expires (the
 * client reconnects with a fresh one), so nobody keeps watching after losing the right to.
 */
public final class SseScreens {

    private record Screen(SseEventSink sink, Sse sse, Instant expires) {
    }

    private final String eventName;
    private final Map<Long, Set<Screen>> screens = new ConcurrentHashMap<>();

    public SseScreens(String eventName) {
        this.eventName = eventName;
    }

    /** Registers a stream and sends it its first payload at once. */
    public void add(long key, SseEventSink sink, Sse sse, Instant expires, String id, String json) {
        Screen screen = new Screen(sink, sse, expires);
        screens.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(screen);
        send(key, screen, id, json);
    }

    public boolean watched(long key) {
        Set<Screen> set = screens.get(key);
        return set != null && !set.isEmpty();
    }

    /** The keys with a stream open now (a key whose streams have all gone is no longer polled for). */
    public Set<Long> keys() {
        return screens.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public int count() {
        return screens.values().stream().mapToInt(Set::size).sum();
    }

    /** Sends one payload (with an event id when not null) to every stream of this key. */
    public void broadcast(long key, String id, String json) {
        Set<Screen> set = screens.get(key);
        if (set != null) {
            set.forEach(s -> send(key, s, id, json));
        }
    }

    /** A comment on every stream, so proxies do not close idle ones and gone clients are noticed. */
    public void heartbeat() {
        screens.forEach((key, set) -> set.forEach(s -> {
            if (!expired(key, s)) {
                deliver(key, s, s.sse().newEventBuilder().comment("keep-alive").build());
            }
        }));
    }

    public void closeAll() {
        screens.values().forEach(set -> set.forEach(s -> s.sink().close()));
        screens.clear();
    }

    private void send(long key, Screen s, String id, String json) {
        if (expired(key, s)) {
            return;
        }
        OutboundSseEvent.Builder event = s.sse().newEventBuilder().name(eventName)
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(String.class, json);
        if (id != null) {
            event.id(id);
        }
        deliver(key, s, event.build());
    }

    private void deliver(long key, Screen s, OutboundSseEvent event) {
        s.sink().send(event).whenComplete((r, failure) -> {
            if (failure != null) {
                drop(key, s);
            }
        });
    }

    private boolean expired(long key, Screen s) {
        if (s.sink().isClosed() || Instant.now().isAfter(s.expires())) {
            drop(key, s);
            return true;
        }
        return false;
    }

    private void drop(long key, Screen s) {
        Set<Screen> set = screens.get(key);
        if (set != null) {
            set.remove(s);
        }
        if (!s.sink().isClosed()) {
            s.sink().close();
        }
    }
}
