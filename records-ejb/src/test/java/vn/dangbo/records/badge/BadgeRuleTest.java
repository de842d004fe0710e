package vn.dangbo.records.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BadgeRuleTest {

    @Test
    void aMilestoneReachedInThePeriodIsDueOnTheNextOccasion() {
        var due = BadgeRule.dueBetween(LocalDate.of(1986, 6, 10), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertEquals(40, due.orElseThrow().years());
        assertEquals(LocalDate.of(2026, 6, 10), due.get().reachedOn());
        assertEquals(LocalDate.of(2026, 9, 2), due.get().awardOn());
    }

    @Test
    void yearsBetweenMilestonesGiveNothing() {
        assertTrue(BadgeRule.dueBetween(LocalDate.of(1990, 1, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
                .isEmpty(), "36 years is no milestone");
        assertTrue(BadgeRule.dueBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
                .isEmpty(), "26 years is below the first");
    }

    @Test
    void theOccasionsAreTheFourDaysOfTheYearAndWrapToTheNextYear() {
        assertEquals(LocalDate.of(2026, 2, 3), BadgeRule.occasionOnOrAfter(LocalDate.of(2026, 2, 3)));
        assertEquals(LocalDate.of(2026, 5, 19), BadgeRule.occasionOnOrAfter(LocalDate.of(2026, 2, 4)));
        assertEquals(LocalDate.of(2026, 11, 7), BadgeRule.occasionOnOrAfter(LocalDate.of(2026, 9, 3)));
        assertEquals(LocalDate.of(2027, 2, 3), BadgeRule.occasionOnOrAfter(LocalDate.of(2026, 11, 8)));
    }

    @Test
    void fortyFiveAndFiftyFiveAreMilestonesToo() {
        assertEquals(45, BadgeRule.dueBetween(LocalDate.of(1981, 3, 1), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)).orElseThrow().years());
        assertEquals(55, BadgeRule.dueBetween(LocalDate.of(1971, 3, 1), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)).orElseThrow().years());
    }
}
