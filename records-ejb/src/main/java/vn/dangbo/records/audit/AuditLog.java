package vn.dangbo.records.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import vn.dangbo.records.security.Caller;
import vn.dangbo.records.setup.DatabaseMigration;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;
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

    @EJB
    AuditSealer sealer;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

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

    /**
     * Officers check that the audit log is whole: everything committed is sealed first, then every hash is
     * recomputed. An anchor (a sequence number and the hash noted at an earlier check) proves the chain was not
     * recomputed since. The check itself is logged, with its outcome.
     */
    public AuditChain.Report verifyChain(Long anchorSeq, String anchorHash) {
        Caller who = caller.get();
        who.requireWholeWard();
        String hash = anchorHash == null || anchorHash.isBlank() ? null : anchorHash.trim().toLowerCase();
        List<InvalidField> wrong = new ArrayList<>();
        if (anchorSeq != null && anchorSeq < 1) {
            wrong.add(new InvalidField("anchorSeq", "audit.anchorSeq"));
        }
        if (hash != null && !hash.matches("[0-9a-f]{64}")) {
            wrong.add(new InvalidField("anchorHash", "audit.anchorHash"));
        }
        if ((anchorSeq == null) != (hash == null)) {
            wrong.add(new InvalidField(anchorSeq == null ? "anchorSeq" : "anchorHash", "audit.anchorPair"));
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInput(wrong);
        }
        AuditChain.Report report;
        try {
            sealer.sealNow();
            try (Connection c = dataSource.getConnection()) {
                report = AuditChain.verify(c, anchorSeq, hash);
            }
        } catch (SQLException e) {
            throw new AuditChainUnavailable();
        }
        AuditChain.Break b = report.firstBreak();
        record(AuditAction.AUDIT_CHAIN_VERIFIED, "AUDIT", null, b == null
                ? "nguyên vẹn: " + report.sealed() + " mục, đầu chuỗi " + report.headSeq() + " " + report.headHash()
                : "bị phá vỡ tại mục số " + b.seq() + (b.entryId() == null ? "" : " (id " + b.entryId() + ")") + ": "
                        + b.problem());
        return report;
    }
}
