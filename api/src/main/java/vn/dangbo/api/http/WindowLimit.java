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
        long now = nanoClock.getAsLong();
        if (clients.size() > MAX_CLIENTS) {
            clients.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isEmpty() || now - e.getValue().peekLast() >= windowNanos;
                }
            });
        }
        Deque<Long> times = clients.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && now - times.peekFirst() >= windowNanos) {
                times.pollFirst();
            }
            if (times.size() < max) {
                times.addLast(now);
                return 0;
            }
            return Math.max(1, (times.peekFirst() + windowNanos - now + 999_999_999L) / 1_000_000_000L);
        }
    }
}
