package vn.dangbo.records.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dangbo.records.partyage.PartyAge;

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

    @Test
    void aSeriouslyIllMemberIsDueTheAdvanceEarlierAndMarkedEarly() {
        PartyAge age = PartyAge.since(LocalDate.of(1987, 6, 10));
        var grounds = new BadgeRule.EarlyGrounds(LocalDate.of(2025, 1, 1), 12);
        var due = BadgeRule.dueBetween(age, grounds, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertEquals(40, due.orElseThrow().years(), "40 years on 10/6/2027, due 12 months early");
        assertEquals(LocalDate.of(2026, 6, 10), due.get().dueOn());
        assertEquals(LocalDate.of(2027, 6, 10), due.get().reachedOn());
        assertEquals(LocalDate.of(2026, 9, 2), due.get().awardOn());
        assertTrue(due.get().early());
        assertTrue(BadgeRule.dueBetween(age, grounds, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)).isEmpty(),
                "listed once, in the earlier period");
    }

    @Test
    void theEarlyDateIsNeverBeforeTheIllnessWasKnown() {
        PartyAge age = PartyAge.since(LocalDate.of(1997, 3, 1));
        var grounds = new BadgeRule.EarlyGrounds(LocalDate.of(2026, 5, 1), 24);
        var due = BadgeRule.dueBetween(age, grounds, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).orElseThrow();
        assertEquals(30, due.years());
        assertEquals(LocalDate.of(2026, 5, 1), due.dueOn(), "24 months early would be 1/3/2025, before the illness");
        assertTrue(due.early());
    }

    @Test
    void anInterruptionPushesTheMilestoneBack() {
        PartyAge age = new PartyAge(LocalDate.of(1994, 4, 1),
                java.util.List.of(new PartyAge.Interruption(LocalDate.of(2000, 4, 1), LocalDate.of(2002, 4, 1))));
        assertTrue(BadgeRule.dueBetween(age, null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).isEmpty());
        var due = BadgeRule.dueBetween(age, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).orElseThrow();
        assertEquals(30, due.years());
        assertEquals(LocalDate.of(2026, 4, 1), due.reachedOn());
        assertEquals(false, due.early());
    }
}
