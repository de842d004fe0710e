package vn.dangbo.records.election;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import vn.dangbo.records.live.LiveSection;

/**
 * The elections on the screens: each election's latest round (open: how many ballots are in, never what they
 * say), and the results of the last round the counting board published. Nothing is shown of a counted round
 * before it is published.
 */
@Stateless
public class ElectionLiveSection implements LiveSection {

    @PersistenceContext
    EntityManager em;

    @Inject
    ElectionService elections;

    public record ElectionsNow(List<ElectionNow> elections) {
    }

    public record ElectionNow(long id, String title, ElectionKind kind, int seats, ElectionStatus status,
                              Integer round, RoundStatus roundStatus, RoundMode mode, Integer roundSeats,
                              Long ballotsCast, Published published) {
    }

    public record Published(int round, long base, long votesNeeded, long received, long valid, long invalid,
                            List<PublishedLine> candidates, Integer nextRound, int seatsForTied) {
    }

    public record PublishedLine(String fullName, long votes, double percentOfBase, boolean elected, boolean tied) {
    }

    @Override
    public String name() {
        return "election";
    }

    @Override
    public Object publicView(long congressId) {
        List<Election> all = em.createQuery("select e from Election e where e.congressId = :c order by e.id",
                Election.class).setParameter("c", congressId).getResultList();
        List<ElectionNow> out = new ArrayList<>();
        for (Election e : all) {
            List<ElectionRound> rounds = em.createQuery(
                    "select r from ElectionRound r where r.electionId = :e order by r.number", ElectionRound.class)
                    .setParameter("e", e.id()).getResultList();
            ElectionRound last = rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
            Long cast = last != null && last.status() == RoundStatus.OPEN ? elections.ballotsCast(last) : null;
            Published published = null;
            for (int i = rounds.size() - 1; i >= 0 && published == null; i--) {
                ElectionRound r = rounds.get(i);
                if (r.status() == RoundStatus.PUBLISHED) {
                    RoundResult res = elections.count(congressId, e, r);
                    published = new Published(r.number(), res.base(), res.votesNeeded(), res.received(), res.valid(),
                            res.invalid(), res.candidates().stream().map(l -> new PublishedLine(l.fullName(),
                                    l.votes(), l.percentOfBase(), l.elected(), l.tied())).toList(),
                            res.nextRound(), res.seatsForTied());
                }
            }
            out.add(new ElectionNow(e.id(), e.title(), e.kind(), e.seats(), e.status(),
                    last == null ? null : last.number(), last == null ? null : last.status(),
                    last == null ? null : last.mode(), last == null ? null : last.seats(), cast, published));
        }
        return new ElectionsNow(out);
    }
}
