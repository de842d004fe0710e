package vn.dangbo.records.live;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dangbo.records.congress.CongressNotFound;

/**
 * How a feature tells the screens of a congress that they must change. Called inside the feature's own
 * transaction: the counter moves, and screens hear of it, only if that transaction commits.
 */
@Stateless
public class LiveEvents {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<LiveChanged> changed;

    /** The state changed: count a new version (it is the stream's event id) and tell the screens. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void stateChanged(long congressId) {
        em.createNativeQuery("UPDATE congress SET live_version = live_version + 1 WHERE id = ?")
                .setParameter(1, congressId).executeUpdate();
        changed.fire(new LiveChanged(congressId, true));
    }

    /** Only a live tally changed (a vote was cast): the presidium's console refreshes, nothing is counted. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void tallyChanged(long congressId) {
        changed.fire(new LiveChanged(congressId, false));
    }

    public long version(long congressId) {
        List<?> v = em.createNativeQuery("SELECT live_version FROM congress WHERE id = ?")
                .setParameter(1, congressId).getResultList();
        if (v.isEmpty()) {
            throw new CongressNotFound(congressId);
        }
        return ((Number) v.get(0)).longValue();
    }

    /** The current versions of these congresses, in one query (an instance compares them with what it sent). */
    public Map<Long, Long> versions(Collection<Long> congressIds) {
        Map<Long, Long> out = new HashMap<>();
        if (congressIds.isEmpty()) {
            return out;
        }
        List<Long> ids = List.copyOf(congressIds);
        var query = em.createNativeQuery("SELECT id, live_version FROM congress WHERE id IN ("
                + String.join(",", java.util.Collections.nCopies(ids.size(), "?")) + ")");
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] r : rows) {
            out.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return out;
    }
}
