package vn.dangbo.records.election;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arithmetic of Quy chế bầu cử trong Đảng (Quyết định 190-QĐ/TW, keeping 244-QĐ/TW), without a database:
 * the list's size, floor nominations, when a ballot is invalid, who is elected. Integer arithmetic only, so
 * "more than half" and "more than 30%" never depend on rounding.
 */
public final class ElectionRules {

    private ElectionRules() {
    }

    /** The list may exceed the seats by at most 30%: 10 seats → 13 names, 7 seats → 9 names. */
    public static int maxCandidates(int seats) {
        return seats * 13 / 10;
    }

    public static boolean listWithinLimit(int candidates, int seats) {
        return candidates * 10 <= seats * 13;
    }

    /** A floor nomination stands only with the agreement of more than 30% of those present. */
    public static boolean floorNominationAgreed(int agreed, int present) {
        return present > 0 && agreed * 10L > present * 3L;
    }

    /** The fewest agreements a floor nomination needs with this many present. */
    public static int floorAgreementNeeded(int present) {
        return present * 3 / 10 + 1;
    }

    /** Elected with more than half of the base (the official delegates convened less the legal exclusions). */
    public static boolean passes(long votes, long base) {
        return votes * 2 > base;
    }

    /** The fewest votes that pass: 11 → 6, 10 → 6, 9 → 5. */
    public static long votesNeeded(long base) {
        return base / 2 + 1;
    }

    /**
     * A ballot is invalid if it keeps more names than there are seats, or crosses out every name on a list with
     * more names than seats. (A ballot not issued by the counting board is invalid too; only paper can be.)
     */
    public static BallotVerdict verdict(int kept, int candidates, int seats) {
        if (kept > seats) {
            return BallotVerdict.TOO_MANY_KEPT;
        }
        if (kept == 0 && candidates > seats) {
            return BallotVerdict.ALL_CROSSED_OUT;
        }
        return BallotVerdict.VALID;
    }

    /** The votes of each candidate of a round: one for every valid ballot that kept them. */
    public static Map<Long, Long> tally(Collection<Long> candidates, Collection<Ballot> ballots) {
        Map<Long, Long> votes = new LinkedHashMap<>();
        candidates.forEach(c -> votes.put(c, 0L));
        for (Ballot b : ballots) {
            if (b.verdict() != BallotVerdict.VALID) {
                continue;
            }
            for (Long c : b.kept()) {
                votes.computeIfPresent(c, (k, v) -> v + 1);
            }
        }
        return votes;
    }

    public record Ballot(Set<Long> kept, BallotVerdict verdict) {
    }

    /**
     * Who a round elects. {@code elected}: passed and within the seats; {@code tied}: passed and level at the
     * cut-off with more of them than seats left, so they go to a new round for {@code seatsForTied} seats;
     * {@code passedNotElected}: passed but below the cut-off; {@code seatsUnfilled}: seats nobody took.
     */
    public record Outcome(long base, long votesNeeded, List<Long> elected, List<Long> tied, int seatsForTied,
                          List<Long> passedNotElected, int seatsUnfilled) {

        public boolean newRoundNeeded() {
            return !tied.isEmpty();
        }
    }

    public static Outcome outcome(Map<Long, Long> votes, int seats, long base) {
        List<Map.Entry<Long, Long>> passed = new ArrayList<>(votes.entrySet().stream()
                .filter(e -> passes(e.getValue(), base)).toList());
        passed.sort(Comparator.comparing((Map.Entry<Long, Long> e) -> e.getValue()).reversed()
                .thenComparing(Map.Entry::getKey));
        List<Long> elected = new ArrayList<>();
        List<Long> tied = new ArrayList<>();
        List<Long> below = new ArrayList<>();
        if (passed.size() <= seats) {
            passed.forEach(e -> elected.add(e.getKey()));
            return new Outcome(base, votesNeeded(base), elected, tied, 0, below, seats - elected.size());
        }
        long cutoff = passed.get(seats - 1).getValue();
        long above = passed.stream().filter(e -> e.getValue() > cutoff).count();
        long atCutoff = passed.stream().filter(e -> e.getValue() == cutoff).count();
        boolean tieAtCutoff = above + atCutoff > seats;
        for (Map.Entry<Long, Long> e : passed) {
            if (e.getValue() > cutoff || (!tieAtCutoff && e.getValue() == cutoff)) {
                elected.add(e.getKey());
            } else if (e.getValue() == cutoff) {
                tied.add(e.getKey());
            } else {
                below.add(e.getKey());
            }
        }
        int seatsForTied = tieAtCutoff ? seats - elected.size() : 0;
        return new Outcome(base, votesNeeded(base), elected, tied, seatsForTied, below, 0);
    }
}
