package vn.dangbo.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    private void advanceMillis(long ms) {
        nanos.addAndGet(ms * 1_000_000L);
    }

    @Test
    void aBurstPassesThenTheClientWaitsForTheRefill() {
        RateLimit limit = new RateLimit(3, 0.5, nanos::get);
        assertEquals(0, limit.tryAcquire("a"));
        assertEquals(0, limit.tryAcquire("a"));
        assertEquals(0, limit.tryAcquire("a"));
        assertEquals(2, limit.tryAcquire("a"), "one request every 2 s");
        advanceMillis(1000);
        assertEquals(1, limit.tryAcquire("a"));
        advanceMillis(1000);
        assertEquals(0, limit.tryAcquire("a"));
        assertEquals(2, limit.tryAcquire("a"));
    }

    @Test
    void eachClientHasItsOwnBucket() {
        RateLimit limit = new RateLimit(1, 1, nanos::get);
        assertEquals(0, limit.tryAcquire("a"));
        assertTrue(limit.tryAcquire("a") > 0);
        assertEquals(0, limit.tryAcquire("b"));
    }

    @Test
    void theBucketNeverHoldsMoreThanTheBurst() {
        RateLimit limit = new RateLimit(2, 1, nanos::get);
        limit.tryAcquire("a");
        advanceMillis(3_600_000);
        assertEquals(0, limit.tryAcquire("a"));
        assertEquals(0, limit.tryAcquire("a"));
        assertTrue(limit.tryAcquire("a") > 0);
    }

    @Test
    void idleClientsAreForgottenWhenManyAddressesAppear() {
        RateLimit limit = new RateLimit(1, 1, nanos::get);
        for (int i = 0; i < 50_001; i++) {
            limit.tryAcquire("client-" + i);
        }
        advanceMillis(2000);
        limit.tryAcquire("late");
        assertTrue(limit.clients() < 10, "refilled buckets dropped: " + limit.clients());
    }
}
