package vn.dangbo.api.http;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * At most {@code max} requests per client in any window of {@code windowSeconds} (a sliding window: exact,
 * unlike a token bucket that lets a second burst through as soon as it refills). For the few requests that
 * write on behalf of someone not signed in, such as residents' comments. In this instance's memory, like
 * {@link RateLimit}; clients whose window is empty are forgotten.
 */
final class WindowLimit {

    private static final int MAX_CLIENTS = 50_000;

    private final int max;
    private final long windowNanos;
    private final LongSupplier nanoClock;
    private final Map<String, Deque<Long>> clients = new ConcurrentHashMap<>();

    WindowLimit(int max, long windowSeconds, LongSupplier nanoClock) {
        if (max < 1 || windowSeconds < 1) {
            throw new IllegalArgumentException("max >= 1 and windowSeconds >= 1");
        }
        this.max = max;
        this.windowNanos = windowSeconds * 1_000_000_000L;
        this.nanoClock = nanoClock;
    }

    /** 0 if the client may go ahead now (and is counted), else the seconds until the oldest request leaves the window. */
    long tryAcquire(String client) {
        return visit(client, true, false);
    }

    /** Seconds the client must wait (0: go ahead), counting nothing: for limits that count only refusals. */
    long waitFor(String client) {
        return visit(client, false, false);
    }

    /** Counts one event for the client whatever its window holds (a refused token, say). */
    void record(String client) {
        visit(client, false, true);
    }

    private long visit(String client, boolean acquire, boolean always) {
        long now = nanoClock.getAsLong();
        if (clients.size() > MAX_CLIENTS) {
            clients.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isEmpty() || now - e.getValue().peekLast() >= windowNanos;
                }
            });
        }
        Deque<Long> times = acquire || always ? clients.computeIfAbsent(client, c -> new ArrayDeque<>())
                : clients.get(client);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            while (!times.isEmpty() && now - times.peekFirst() >= windowNanos) {
                times.pollFirst();
            }
            if (always) {
                times.addLast(now);
                return 0;
            }
            if (times.size() < max) {
                if (acquire) {
                    times.addLast(now);
                }
                return 0;
            }
            return Math.max(1, (times.peekFirst() + windowNanos - now + 999_999_999L) / 1_000_000_000L);
        }
    }
}
