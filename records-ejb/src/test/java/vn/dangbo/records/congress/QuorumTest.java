package vn.dangbo.records.congress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuorumTest {

    private final Congress congress = new Congress(new CongressDetails("Đại hội", "WARD", "2025-2030",
            LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 2), "Hội trường"), "test");

    @Test
    void twoThirdsOfTheConvenedMakeTheQuorum() {
        assertEquals(100, congress.quorumNeeded(150));
        assertTrue(congress.quorumReached(100, 150));
        assertFalse(congress.quorumReached(99, 150));
        assertEquals(157, congress.quorumNeeded(235), "rounded up: 156.67");
        assertFalse(congress.quorumReached(156, 235));
        assertTrue(congress.quorumReached(157, 235));
    }

    @Test
    void nobodyConvenedIsNoQuorum() {
        assertFalse(congress.quorumReached(0, 0));
    }
}
