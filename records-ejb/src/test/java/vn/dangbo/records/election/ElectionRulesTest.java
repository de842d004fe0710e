package vn.dangbo.records.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The election rules of Quy chế bầu cử trong Đảng, worked through with the figures the rules are taught with. */
class ElectionRulesTest {

    @Test
    void theListExceedsTheSeatsByAtMostThirtyPercent() {
        assertEquals(13, ElectionRules.maxCandidates(10));
        assertEquals(9, ElectionRules.maxCandidates(7), "7 × 1.3 = 9.1: nine names");
        assertEquals(1, ElectionRules.maxCandidates(1), "one seat: no extra name");
        assertEquals(19, ElectionRules.maxCandidates(15));
        assertTrue(ElectionRules.listWithinLimit(13, 10));
        assertFalse(ElectionRules.listWithinLimit(14, 10));
        assertFalse(ElectionRules.listWithinLimit(2, 1));
        assertTrue(ElectionRules.listWithinLimit(10, 10), "as many names as seats");
    }

    @Test
    void aFloorNominationNeedsMoreThanThirtyPercentOfThosePresent() {
        assertFalse(ElectionRules.floorNominationAgreed(3, 10), "exactly 30% is not more than 30%");
        assertTrue(ElectionRules.floorNominationAgreed(4, 10));
        assertEquals(4, ElectionRules.floorAgreementNeeded(10));
        assertFalse(ElectionRules.floorNominationAgreed(30, 100));
        assertTrue(ElectionRules.floorNominationAgreed(31, 100));
        assertEquals(31, ElectionRules.floorAgreementNeeded(100));
        assertEquals(71, ElectionRules.floorAgreementNeeded(234), "234 present: 70.2 is 30%, so 71");
        assertFalse(ElectionRules.floorNominationAgreed(0, 0), "nobody present: nobody agreed");
    }

    @Test
    void moreThanHalfOfTheOfficialDelegatesConvened() {
        // The example taught with the rules: 11 convened, 10 present: 5 votes is not elected, 6 is.
        assertFalse(ElectionRules.passes(5, 11));
        assertTrue(ElectionRules.passes(6, 11));
        assertEquals(6, ElectionRules.votesNeeded(11));
        assertFalse(ElectionRules.passes(5, 10), "exactly half is not more than half");
        assertEquals(6, ElectionRules.votesNeeded(10));
        assertEquals(5, ElectionRules.votesNeeded(9));
        assertEquals(118, ElectionRules.votesNeeded(234));
    }

    @Test
    void aBallotIsInvalidWithTooManyNamesKeptOrAllCrossedOutOnAListWithExtraNames() {
        assertEquals(BallotVerdict.VALID, ElectionRules.verdict(3, 4, 3));
        assertEquals(BallotVerdict.TOO_MANY_KEPT, ElectionRules.verdict(4, 4, 3));
        assertEquals(BallotVerdict.ALL_CROSSED_OUT, ElectionRules.verdict(0, 4, 3));
        assertEquals(BallotVerdict.VALID, ElectionRules.verdict(1, 4, 3), "fewer names than seats is valid");
        assertEquals(BallotVerdict.VALID, ElectionRules.verdict(0, 3, 3), "no extra names: crossing all out is valid");
    }

    @Test
    void onlyValidBallotsAreTallied() {
        Map<Long, Long> votes = ElectionRules.tally(List.of(1L, 2L, 3L), List.of(
                new ElectionRules.Ballot(Set.of(1L, 2L), BallotVerdict.VALID),
                new ElectionRules.Ballot(Set.of(1L), BallotVerdict.VALID),
                new ElectionRules.Ballot(Set.of(1L, 2L, 3L), BallotVerdict.TOO_MANY_KEPT)));
        assertEquals(Map.of(1L, 2L, 2L, 1L, 3L, 0L), votes);
    }

    @Test
    void theHighestWinWhenMorePassThanSeats() {
        Map<Long, Long> votes = votes(1, 9, 2, 8, 3, 7, 4, 6);
        ElectionRules.Outcome o = ElectionRules.outcome(votes, 3, 11);
        assertEquals(List.of(1L, 2L, 3L), o.elected());
        assertEquals(List.of(4L), o.passedNotElected());
        assertFalse(o.newRoundNeeded());
    }

    @Test
    void aTieAtTheCutOffGoesToANewRoundAmongTheTied() {
        ElectionRules.Outcome o = ElectionRules.outcome(votes(1, 9, 2, 7, 3, 7, 4, 7, 5, 3), 2, 11);
        assertEquals(List.of(1L), o.elected());
        assertEquals(List.of(2L, 3L, 4L), o.tied());
        assertEquals(1, o.seatsForTied());
        assertTrue(o.newRoundNeeded());
    }

    @Test
    void aTieThatFitsTheSeatsElectsAllTheTied() {
        ElectionRules.Outcome o = ElectionRules.outcome(votes(1, 9, 2, 7, 3, 7, 4, 6), 3, 11);
        assertEquals(List.of(1L, 2L, 3L), o.elected());
        assertFalse(o.newRoundNeeded());
        assertEquals(List.of(4L), o.passedNotElected());
    }

    @Test
    void seatsStayOpenWhenTooFewPass() {
        ElectionRules.Outcome o = ElectionRules.outcome(votes(1, 6, 2, 5, 3, 2), 2, 11);
        assertEquals(List.of(1L), o.elected());
        assertEquals(1, o.seatsUnfilled());
        assertFalse(o.newRoundNeeded(), "a tie below the threshold is no tie at the cut-off");
    }

    private static Map<Long, Long> votes(long... pairs) {
        Map<Long, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
