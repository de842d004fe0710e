package vn.dangbo.records.vote;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import vn.dangbo.records.live.LiveSection;

/**
 * The "vote" part of the live state: the vote open now (without its tally, so the hall is not swayed) and the
 * latest closed result, for every screen; the presidium's console also sees the open vote's tally as it moves.
 * Two small queries per computation; the tally adds a count grouped on the cast table's key.
 */
@Stateless
public class VoteLiveSection implements LiveSection {

    @PersistenceContext
    EntityManager em;

    @Inject
    VoteService votes;

    /** A vote as screens show it; {@code figures} is the tally (console) or the frozen result (closed). */
    public record LiveVote(long id, String title, VoteSubject subject, VoteRule rule, VoteBase base,
                           boolean changeable, VoteStatus status, long sessionId, Long agendaItemId, Instant openedAt,
                           Instant closedAt, LiveFigures figures) {
    }

    public record LiveFigures(long agree, long disagree, long abstain, long cast, long notVoted, long present,
                              long convened, VoteBase base, long baseCount, long needed, boolean passed) {
        static LiveFigures of(VoteResult r) {
            return new LiveFigures(r.agree(), r.disagree(), r.abstain(), r.cast(), r.notVoted(), r.present(),
                    r.convened(), r.base(), r.baseCount(), r.needed(), r.passed());
        }
    }

    /** open: the vote open now, if any; last: the latest closed vote, if any (JSON-B leaves absent ones out). */
    public record VoteSection(LiveVote open, LiveVote last, int closedCount) {
    }

    @Override
    public String name() {
        return "vote";
    }

    @Override
    public Object publicView(long congressId) {
        return view(congressId, false);
    }

    @Override
    public Object presidiumView(long congressId) {
        return view(congressId, true);
    }

    private VoteSection view(long congressId, boolean console) {
        List<Vote> open = em.createQuery("select v from Vote v where v.congressId = :c and v.status = :s", Vote.class)
                .setParameter("c", congressId).setParameter("s", VoteStatus.OPEN).setMaxResults(1).getResultList();
        List<Vote> closed = em.createQuery(
                        "select v from Vote v where v.congressId = :c and v.status = :s order by v.closedAt desc, v.id desc",
                        Vote.class)
                .setParameter("c", congressId).setParameter("s", VoteStatus.CLOSED).getResultList();
        LiveVote now = open.isEmpty() ? null
                : line(open.get(0), console ? LiveFigures.of(votes.tally(open.get(0))) : null);
        LiveVote last = closed.isEmpty() ? null : line(closed.get(0), LiveFigures.of(closed.get(0).result().orElseThrow()));
        return new VoteSection(now, last, closed.size());
    }

    private static LiveVote line(Vote v, LiveFigures figures) {
        return new LiveVote(v.id(), v.title(), v.subject(), v.rule(), v.base(), v.changeable(), v.status(),
                v.sessionId(), v.agendaItemId(), v.openedAt(), v.closedAt(), figures);
    }
}
