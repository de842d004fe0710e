package vn.dangbo.records.vote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VoteRuleTest {

    @Test
    void moreThanHalfNeedsStrictlyMoreThanHalfOfTheBase() {
        assertEquals(6, VoteRule.MAJORITY.needed(10), "5 of 10 is half, not more");
        assertEquals(6, VoteRule.MAJORITY.needed(11));
        assertFalse(VoteRule.MAJORITY.passes(5, 10));
        assertTrue(VoteRule.MAJORITY.passes(6, 10));
        assertTrue(VoteRule.MAJORITY.passes(1, 1));
        assertFalse(VoteRule.MAJORITY.passes(0, 0), "no base, nothing passes");
    }

    @Test
    void twoThirdsIsAtLeastTwoThirdsRoundedUp() {
        assertEquals(2, VoteRule.TWO_THIRDS.needed(3));
        assertEquals(7, VoteRule.TWO_THIRDS.needed(10), "6.67 rounds up to 7");
        assertEquals(8, VoteRule.TWO_THIRDS.needed(12));
        assertTrue(VoteRule.TWO_THIRDS.passes(8, 12));
        assertFalse(VoteRule.TWO_THIRDS.passes(6, 10));
        assertFalse(VoteRule.TWO_THIRDS.passes(0, 0));
    }

    @Test
    void theBaseDecidesWhetherAbsenteesCountAgainst() {
        // 11 convened, 8 present, 6 agree: more than half of those present, not of those convened.
        VoteResult present = VoteResult.of(6, 1, 1, 8, 11, VoteBase.PRESENT, VoteRule.MAJORITY);
        assertEquals(8, present.baseCount());
        assertEquals(5, present.needed());
        assertTrue(present.passed());
        VoteResult convened = VoteResult.of(6, 1, 1, 8, 11, VoteBase.CONVENED, VoteRule.MAJORITY);
        assertEquals(11, convened.baseCount());
        assertEquals(6, convened.needed());
        assertTrue(convened.passed());
        assertFalse(VoteResult.of(5, 2, 1, 8, 11, VoteBase.CONVENED, VoteRule.MAJORITY).passed());
        assertEquals(8, convened.cast());
        assertEquals(0, convened.notVoted());
        assertEquals(3, VoteResult.of(3, 1, 1, 8, 11, VoteBase.PRESENT, VoteRule.MAJORITY).notVoted());
    }
}
