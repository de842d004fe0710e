package vn.dangbo.records.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.dangbo.records.security.CurrentCaller;
import vn.dangbo.records.security.RequestOrigin;
import vn.dangbo.records.shared.Page;

/**
 * Writes audit entries in the transaction of the change they describe, so a change and its entry
 * are saved together or not at all.
 */
@Stateless
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestOrigin origin;

    public void record(AuditAction action, String subjectType, Object subjectId, String detail) {
        em.persist(new AuditEntry(caller.get().username(), action, subjectType,
                subjectId == null ? null : subjectId.toString(), detail, origin.description()));
    }

    /** For work finished after the request that ordered it (a confirmed import runs on its own thread). */
    public void recordFor(String actor, String actorOrigin, AuditAction action, String subjectType, Object subjectId,
                          String detail) {
        em.persist(new AuditEntry(actor, action, subjectType,
                subjectId == null ? null : subjectId.toString(), detail, actorOrigin));
    }

    /** For work the system does on its own (a transfer taking effect on its date). */
    public void recordAsSystem(AuditAction action, String subjectType, Object subjectId, String detail) {
        em.persist(new AuditEntry("system", action, subjectType,
                subjectId == null ? null : subjectId.toString(), detail, "scheduler"));
    }

    /** Newest first; officers only. */
    public Page<AuditEntry> entries(int page, int size) {
        caller.get().requireWholeWard();
        List<AuditEntry> items = em.createQuery("select a from AuditEntry a order by a.id desc", AuditEntry.class)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
        long total = em.createQuery("select count(a) from AuditEntry a", Long.class).getSingleResult();
        return new Page<>(items, total, page, size);
    }
}
