package vn.dangbo.records.congress;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.dangbo.records.security.Caller;
import vn.dangbo.records.security.CurrentCaller;
import vn.dangbo.records.security.NotAllowed;

/**
 * Congress-scoped roles. Officers (and administrators) are the organising board of every congress; anyone
 * else acts in a congress only through the records of that congress: the delegate linked to their dossier and
 * the bodies that delegate sits on. Being on the presidium of one congress gives nothing in another.
 */
@Stateless
public class CongressAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller current;

    public Caller caller() {
        return current.get();
    }

    public boolean organiser() {
        return current.get().wholeWard();
    }

    /** The caller's own delegate (or guest) record in this congress, if their dossier is on its list. */
    public Optional<Delegate> self(long congressId) {
        Optional<Long> memberId = current.get().memberId();
        if (memberId.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("select d from Delegate d where d.congressId = :c and d.member.id = :m", Delegate.class)
                .setParameter("c", congressId).setParameter("m", memberId.get())
                .getResultStream().findFirst();
    }

    /** The bodies the caller sits on in this congress (all of them, for the organising board). */
    public Set<CongressBody> bodies(long congressId) {
        if (organiser()) {
            return EnumSet.allOf(CongressBody.class);
        }
        Optional<Delegate> self = self(congressId);
        if (self.isEmpty()) {
            return EnumSet.noneOf(CongressBody.class);
        }
        List<CongressBody> found = em.createQuery(
                        "select b.body from BodyMember b where b.delegate.id = :d", CongressBody.class)
                .setParameter("d", self.get().id()).getResultList();
        return found.isEmpty() ? EnumSet.noneOf(CongressBody.class) : EnumSet.copyOf(found);
    }

    public void requireOrganiser() {
        if (!organiser()) {
            throw new NotAllowed("congress.organisersOnly");
        }
    }

    /** The organising board, or a member of one of these bodies of this congress. */
    public void requireBody(long congressId, CongressBody... any) {
        Set<CongressBody> mine = bodies(congressId);
        for (CongressBody b : any) {
            if (mine.contains(b)) {
                return;
            }
        }
        throw new NotAllowed("congress.bodyOnly");
    }

    /** The organising board or anyone on the congress's list (delegates and guests with a dossier). */
    public void requireParticipant(long congressId) {
        if (!organiser() && self(congressId).isEmpty()) {
            throw new NotAllowed("congress.participantsOnly");
        }
    }
}
