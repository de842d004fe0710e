package vn.dangbo.records.partyage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartyAgeTest {

    private static final LocalDate ADMITTED = LocalDate.of(1990, 3, 1);

    @Test
    void withoutInterruptionItIsTheTimeSinceAdmission() {
        PartyAge age = PartyAge.since(ADMITTED);
        assertEquals(Optional.of(35), age.years(LocalDate.of(2025, 3, 1)));
        assertEquals(Optional.of(34), age.years(LocalDate.of(2025, 2, 28)));
        assertEquals(Optional.of(LocalDate.of(2020, 3, 1)), age.reaches(30));
        assertTrue(age.years(LocalDate.of(1989, 1, 1)).isEmpty(), "before admission there is no party age");
    }

    @Test
    void anInterruptionIsSubtractedNotRestarted() {
        // Removed 1/3/2000, re-admitted 1/3/2002: two years outside the Party.
        PartyAge age = new PartyAge(ADMITTED, List.of(
                new PartyAge.Interruption(LocalDate.of(2000, 3, 1), LocalDate.of(2002, 3, 1))));
        assertEquals(Optional.of(33), age.years(LocalDate.of(2025, 3, 2)));
        assertEquals(Optional.of(LocalDate.of(2022, 3, 1)), age.reaches(30));
        assertEquals(Optional.of(10), age.years(LocalDate.of(2001, 6, 1)), "inside the gap it stands still");
    }

    @Test
    void anInterruptionAfterTheMilestoneDoesNotMoveIt() {
        PartyAge age = new PartyAge(ADMITTED, List.of(
                new PartyAge.Interruption(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 1))));
        assertEquals(Optional.of(LocalDate.of(2020, 3, 1)), age.reaches(30));
        assertEquals(Optional.of(LocalDate.of(2031, 3, 1)), age.reaches(40));
    }

    @Test
    void severalInterruptionsAddUpAndAnOngoingOneGivesNoMilestone() {
        PartyAge age = new PartyAge(ADMITTED, List.of(
                new PartyAge.Interruption(LocalDate.of(1995, 1, 1), LocalDate.of(1996, 1, 1)),
                new PartyAge.Interruption(LocalDate.of(2005, 1, 1), LocalDate.of(2006, 1, 1))));
        assertEquals(Optional.of(LocalDate.of(2022, 3, 1)), age.reaches(30));
        PartyAge out = new PartyAge(ADMITTED, List.of(new PartyAge.Interruption(LocalDate.of(2010, 1, 1), null)));
        assertTrue(out.reaches(30).isEmpty());
        assertEquals(Optional.of(19), out.years(LocalDate.of(2025, 1, 1)), "the gap counts up to the date");
    }
}
