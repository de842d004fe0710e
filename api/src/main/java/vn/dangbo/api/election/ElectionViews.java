package vn.dangbo.api.election;

import java.time.Instant;
import java.util.List;
import vn.dangbo.records.election.Candidate;
import vn.dangbo.records.election.Election;
import vn.dangbo.records.election.ElectionRound;
import vn.dangbo.records.election.ElectionService;
import vn.dangbo.records.election.RoundResult;

/** What the election endpoints answer with. */
public final class ElectionViews {

    private ElectionViews() {
    }

    public record ElectionSummary(long id, long congressId, Long agendaItemId, String title, String kind, int seats,
                                  String status) {
        static ElectionSummary of(Election e) {
            return new ElectionSummary(e.id(), e.congressId(), e.agendaItemId(), e.title(), e.kind().name(),
                    e.seats(), e.status().name());
        }
    }

    public record CandidateLine(long id, Long memberId, String fullName, String source, Integer floorAgreed,
                                Integer floorPresent, String status, String withdrawReason) {
        static CandidateLine of(Candidate c) {
            return new CandidateLine(c.id(), c.memberId(), c.fullName(), c.source().name(), c.floorAgreed(),
                    c.floorPresent(), c.status().name(), c.withdrawReason());
        }
    }

    /** A round; {@code votedByMe}: the caller has cast their ballot in it (never which ballot). */
    public record RoundSummary(int number, int seats, String mode, String status, Long sessionId,
                               Integer paperIssued, Instant openedAt, Instant closedAt, Instant publishedAt,
                               List<Long> candidateIds, long ballotsCast, boolean votedByMe) {
        static RoundSummary of(ElectionService.RoundLine l) {
            ElectionRound r = l.round();
            return new RoundSummary(r.number(), r.seats(), r.mode().name(), r.status().name(), r.sessionId(),
                    r.paperIssued(), r.openedAt(), r.closedAt(), r.publishedAt(), l.candidateIds(), l.ballotsCast(),
                    l.voted());
        }

        static RoundSummary of(ElectionRound r) {
            return new RoundSummary(r.number(), r.seats(), r.mode().name(), r.status().name(), r.sessionId(),
                    r.paperIssued(), r.openedAt(), r.closedAt(), r.publishedAt(), List.of(), 0, false);
        }
    }

    /** An election as a whole: the list, the exclusions, the rounds, and the figures its rules need now. */
    public record ElectionSheet(ElectionSummary election, List<CandidateLine> candidates,
                                List<RoundResult.Exclusion> exclusions, List<RoundSummary> rounds, int maxCandidates,
                                long convened, long present, int floorAgreementNeeded) {
        static ElectionSheet of(ElectionService.Sheet s) {
            return new ElectionSheet(ElectionSummary.of(s.election()),
                    s.candidates().stream().map(CandidateLine::of).toList(), s.exclusions(),
                    s.rounds().stream().map(RoundSummary::of).toList(), s.maxCandidates(), s.convened(), s.present(),
                    s.floorNeeded());
        }
    }

    public record BallotJudgement(String verdict, boolean valid) {
    }
}
