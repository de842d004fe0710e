package vn.dangbo.records.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RatingRuleTest {

    @Test
    void scoresMapToTheFourGrades() {
        assertEquals(Grade.EXCELLENT, RatingRule.gradeFor(90, true));
        assertEquals(Grade.EXCELLENT, RatingRule.gradeFor(100, true));
        assertEquals(Grade.GOOD, RatingRule.gradeFor(95, false), "excellent needs the conditions");
        assertEquals(Grade.GOOD, RatingRule.gradeFor(89, true));
        assertEquals(Grade.GOOD, RatingRule.gradeFor(70, false));
        assertEquals(Grade.COMPLETED, RatingRule.gradeFor(69, true));
        assertEquals(Grade.COMPLETED, RatingRule.gradeFor(50, false));
        assertEquals(Grade.NOT_COMPLETED, RatingRule.gradeFor(49, true));
        assertEquals(Grade.NOT_COMPLETED, RatingRule.gradeFor(0, false));
    }

    @Test
    void excellentMayBeAFifthOfGoodOrBetter() {
        assertTrue(RatingRule.withinExcellentLimit(0, 0));
        assertTrue(RatingRule.withinExcellentLimit(1, 5));
        assertTrue(RatingRule.withinExcellentLimit(2, 10));
        assertFalse(RatingRule.withinExcellentLimit(3, 10));
        assertFalse(RatingRule.withinExcellentLimit(1, 4));
        assertFalse(RatingRule.withinExcellentLimit(1, 1));
    }

    @Test
    void gradesAreOrderedBestFirst() {
        assertTrue(Grade.EXCELLENT.betterThan(Grade.GOOD));
        assertFalse(Grade.COMPLETED.betterThan(Grade.GOOD));
        assertTrue(Grade.GOOD.goodOrBetter());
        assertFalse(Grade.COMPLETED.goodOrBetter());
    }
}
