package vn.dangbo.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WindowLimitTest {

    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong clock = new AtomicLong(1_000 * SECOND);
    private final WindowLimit limit = new WindowLimit(5, 600, clock::get);

    @Test
    void fivePassThenTheSixthWaitsForTheOldestToLeaveTheWindow() {
        for (int i = 0; i < 5; i++) {
            assertEquals(0, limit.tryAcquire("a"));
            clock.addAndGet(10 * SECOND);
        }
        // The first went through 50 s ago: it leaves the window in 550 s.
        assertEquals(550, limit.tryAcquire("a"));
        assertEquals(0, limit.tryAcquire("b"), "another client is not held back");
        clock.addAndGet(550 * SECOND);
        assertEquals(0, limit.tryAcquire("a"));
        assertEquals(10, limit.tryAcquire("a"), "the second one leaves 10 s later");
    }

    @Test
    void refusedRequestsDoNotLengthenTheWait() {
        for (int i = 0; i < 5; i++) {
            limit.tryAcquire("a");
        }
        for (int i = 0; i < 20; i++) {
            assertEquals(600, limit.tryAcquire("a"));
        }
        clock.addAndGet(600 * SECOND);
        assertEquals(0, limit.tryAcquire("a"));
    }

    @Test
    void aLimitOnRefusalsCountsOnlyWhatIsRecordedAndLooksWithoutCounting() {
        for (int i = 0; i < 10; i++) {
            assertEquals(0, limit.waitFor("a"), "looking counts nothing");
        }
        for (int i = 0; i < 5; i++) {
            limit.record("a");
        }
        assertEquals(600, limit.waitFor("a"));
        assertEquals(0, limit.waitFor("b"));
        clock.addAndGet(600 * SECOND);
        assertEquals(0, limit.waitFor("a"));
    }
}
