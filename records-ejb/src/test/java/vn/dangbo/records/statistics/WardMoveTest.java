package vn.dangbo.records.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.records.partyage.PartyAge;

class WardMoveTest {

    private static final LocalDate LEFT = LocalDate.of(2020, 5, 1);
    private static final LocalDate BACK = LocalDate.of(2023, 7, 1);

    @Test
    void aMemberIsInTheWardBeforeLeavingAndAfterComingBack() {
        var moves = List.of(new StatisticsService.WardMove(LEFT, false, 1),
                new StatisticsService.WardMove(BACK, true, 2));
        assertTrue(StatisticsService.WardMove.inWard(moves, LEFT.minusDays(1)));
        assertFalse(StatisticsService.WardMove.inWard(moves, LEFT));
        assertFalse(StatisticsService.WardMove.inWard(moves, BACK.minusDays(1)));
        assertTrue(StatisticsService.WardMove.inWard(moves, BACK));
        assertTrue(StatisticsService.WardMove.inWard(null, BACK));
    }

    @Test
    void aMemberReceivedFromElsewhereIsNotCountedBeforeArriving() {
        var moves = List.of(new StatisticsService.WardMove(BACK, true, 2));
        assertFalse(StatisticsService.WardMove.inWard(moves, BACK.minusDays(1)));
        assertTrue(StatisticsService.WardMove.inWard(moves, BACK));
    }

    @Test
    void thePartyAgeBandCountsTheEarlierMembership() {
        PartyAge age = new PartyAge(LocalDate.of(1990, 1, 1),
                List.of(new PartyAge.Interruption(LocalDate.of(2000, 1, 1), LocalDate.of(2007, 1, 1))));
        assertEquals("20_29", Bands.partyAge(age, LocalDate.of(2025, 6, 1)), "35 years less 7 out of the Party");
        assertEquals("30_39", Bands.partyAge(PartyAge.since(LocalDate.of(1990, 1, 1)), LocalDate.of(2025, 6, 1)));
        assertEquals("UNKNOWN", Bands.partyAge(PartyAge.since(null), LocalDate.of(2025, 6, 1)));
    }
}
