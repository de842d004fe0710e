package vn.dangbo.records.election;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Every figure of a counted round, as the counting board's minutes (biên bản kiểm phiếu) state them: the base
 * and how it was reached, attendance, ballots issued and received, valid and invalid (by reason), each
 * candidate's votes and share, who is elected, and whether a new round among the tied is needed.
 */
public record RoundResult(long congressId, String congressName, String term, long electionId, String title,
                          ElectionKind kind, int electionSeats, int round, int seats, RoundMode mode,
                          RoundStatus status, Instant openedAt, Instant closedAt, Instant publishedAt,
                          long convened, long excluded, long base, long votesNeeded, long present,
                          long issued, long received, long valid, long invalid, Map<String, Long> invalidBy,
                          long voters, List<Line> candidates, List<Exclusion> exclusions, List<Long> tied,
                          int seatsForTied, int seatsUnfilled, Integer nextRound, List<String> countingBoard,
                          String countingHead) {

    /** A candidate's line: votes, share of the base and of the valid ballots, and the outcome. */
    public record Line(long candidateId, String fullName, long votes, double percentOfBase, double percentOfValid,
                       boolean passed, boolean elected, boolean tied) {
    }

    public record Exclusion(long delegateId, String fullName, String reason) {
    }

    public List<Line> elected() {
        return candidates.stream().filter(Line::elected).toList();
    }
}
