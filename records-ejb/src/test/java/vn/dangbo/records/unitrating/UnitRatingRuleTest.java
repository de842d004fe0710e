package vn.dangbo.records.unitrating;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.records.rating.Grade;
import vn.dangbo.records.rating.RatingRule;
import vn.dangbo.records.shared.InvalidField;

class UnitRatingRuleTest {

    private static final UnitRatingRule.Thresholds DEFAULTS = UnitRatingRule.DEFAULT_THRESHOLDS;

    @Test
    void theDefaultsAreTheFourGoodCriteriaOn100PointsWithTheMembersSteps() {
        assertEquals(4, UnitRatingRule.DEFAULT_CRITERIA.size());
        assertEquals(100, UnitRatingRule.DEFAULT_CRITERIA.stream().mapToInt(UnitRatingRule.CriterionDraft::maxPoints).sum());
        assertEquals(new UnitRatingRule.Thresholds(90, 70, 50), DEFAULTS);
        assertTrue(DEFAULTS.problems().isEmpty());
    }

    @Test
    void theGradeFollowsTheShareOfTheTotalPoints() {
        assertEquals(Grade.EXCELLENT, UnitRatingRule.gradeFor(90, 100, DEFAULTS));
        assertEquals(Grade.GOOD, UnitRatingRule.gradeFor(89, 100, DEFAULTS));
        assertEquals(Grade.GOOD, UnitRatingRule.gradeFor(70, 100, DEFAULTS));
        assertEquals(Grade.COMPLETED, UnitRatingRule.gradeFor(50, 100, DEFAULTS));
        assertEquals(Grade.NOT_COMPLETED, UnitRatingRule.gradeFor(49, 100, DEFAULTS));
        // 80 points in all: 72 is exactly 90 %, 71 is 88.75 % (no rounding up).
        assertEquals(Grade.EXCELLENT, UnitRatingRule.gradeFor(72, 80, DEFAULTS));
        assertEquals(Grade.GOOD, UnitRatingRule.gradeFor(71, 80, DEFAULTS));
        assertEquals(72, UnitRatingRule.minimumPoints(Grade.EXCELLENT, 80, DEFAULTS));
        assertEquals(0, UnitRatingRule.minimumPoints(Grade.NOT_COMPLETED, 80, DEFAULTS));
        UnitRatingRule.Thresholds strict = new UnitRatingRule.Thresholds(95, 80, 60);
        assertEquals(Grade.GOOD, UnitRatingRule.gradeFor(94, 100, strict));
        assertEquals(Grade.NOT_COMPLETED, UnitRatingRule.gradeFor(59, 100, strict));
        assertThrows(IllegalArgumentException.class, () -> UnitRatingRule.gradeFor(1, 0, DEFAULTS));
    }

    @Test
    void thresholdsMustRiseAndStayWithinAHundred() {
        assertEquals(List.of("goodFrom"), fields(new UnitRatingRule.Thresholds(90, 90, 50)));
        assertEquals(List.of("goodFrom"), fields(new UnitRatingRule.Thresholds(90, 40, 50)));
        assertEquals(List.of("excellentFrom"), fields(new UnitRatingRule.Thresholds(101, 70, 50)));
        assertEquals(List.of("completedFrom"), fields(new UnitRatingRule.Thresholds(90, 70, 0)));
    }

    @Test
    void excellentMembersBeyondTheRatingRulesShareAreABreachWithTheFigures() {
        // 2 excellent of 9 good or better is 22.2 %: over RatingRule's 20 %.
        var members = new UnitRatingRule.MemberGrades(2, 7, 3, 0);
        var breach = UnitRatingRule.breach(Grade.GOOD, members).orElseThrow();
        assertEquals("unitRating.excellentShare", breach.messageKey());
        assertArrayEquals(new Object[] {RatingRule.MAX_EXCELLENT_PERCENT_OF_GOOD_OR_BETTER, 2L, 9L, 22.2},
                breach.figures());
        // 2 of 10 is exactly the limit.
        assertFalse(UnitRatingRule.breach(Grade.EXCELLENT, new UnitRatingRule.MemberGrades(2, 8, 0, 0)).isPresent());
        assertFalse(UnitRatingRule.breach(Grade.EXCELLENT, new UnitRatingRule.MemberGrades(0, 0, 0, 0)).isPresent());
    }

    @Test
    void anExcellentOrganisationHasNoMemberRatedNotCompleted() {
        var members = new UnitRatingRule.MemberGrades(1, 9, 2, 1);
        var breach = UnitRatingRule.breach(Grade.EXCELLENT, members).orElseThrow();
        assertEquals("unitRating.memberNotCompleted", breach.messageKey());
        assertArrayEquals(new Object[] {1L}, breach.figures());
        assertFalse(UnitRatingRule.breach(Grade.GOOD, members).isPresent(), "a good organisation may have one");
    }

    private static List<String> fields(UnitRatingRule.Thresholds t) {
        return t.problems().stream().map(InvalidField::field).toList();
    }
}
