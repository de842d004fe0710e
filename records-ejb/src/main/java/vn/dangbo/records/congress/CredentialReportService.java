package vn.dangbo.records.congress;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.member.MemberEvent;
import vn.dangbo.records.organization.UnitKind;
import vn.dangbo.records.partyage.PartyAge;

/**
 * The credential committee's report, computed from the dossiers and the check-ins of a session. Read by the
 * organising board, the credential committee and the presidium (who announces it to the congress).
 */
@Stateless
public class CredentialReportService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CongressAccess access;

    @Inject
    CongressService congresses;

    @Inject
    AuditLog audit;

    /** The report for a session: the one given, else the one open for check-in, else the latest. */
    public CredentialReport report(long congressId, Long sessionId) {
        Congress c = congresses.find(congressId);
        access.requireBody(congressId, CongressBody.CREDENTIALS, CongressBody.PRESIDIUM);
        return compute(c, sessionId);
    }

    /**
     * The same report for a document (.docx, .xlsx) that leaves the system with the delegates' personal data:
     * the export is recorded in the audit log.
     */
    public CredentialReport export(long congressId, Long sessionId, String format) {
        Congress c = congresses.find(congressId);
        access.requireBody(congressId, CongressBody.CREDENTIALS, CongressBody.PRESIDIUM);
        CredentialReport r = compute(c, sessionId);
        audit.record(AuditAction.CONGRESS_CREDENTIAL_REPORT_EXPORTED, "congress", congressId,
                format + (r.sessionId() == null ? "" : ", session " + r.sessionId()));
        return r;
    }

    private CredentialReport compute(Congress c, Long sessionId) {
        List<CongressSession> sessions = congresses.sessions(c.id());
        CongressSession s = sessionId != null ? congresses.session(c.id(), sessionId)
                : sessions.stream().filter(CongressSession::checkInOpen).findFirst()
                        .orElse(sessions.isEmpty() ? null : sessions.get(sessions.size() - 1));
        Set<Long> present = new HashSet<>();
        if (s != null) {
            em.createNativeQuery("select delegate_id from congress_checkin where session_id = ?")
                    .setParameter(1, s.id()).getResultList()
                    .forEach(o -> present.add(((Number) o).longValue()));
        }
        List<Delegate> delegates = congresses.delegates(c.id());
        Map<Long, List<MemberEvent>> events = events(delegates);
        List<CredentialFigures.Entry> entries = delegates.stream()
                .map(d -> CredentialFigures.Entry.of(d, d.member() == null ? null
                                : PartyAge.of(d.member().admissionDate(), events.get(d.member().id())),
                        present.contains(d.id())))
                .toList();
        return CredentialFigures.compute(c, s, sessions, entries, partyCommittee(), committeeHead(c.id()));
    }

    /** The decisions in the delegates' dossiers, oldest first: a re-admission changes the party age. */
    private Map<Long, List<MemberEvent>> events(List<Delegate> delegates) {
        Set<Long> ids = new HashSet<>();
        delegates.stream().filter(d -> d.member() != null).forEach(d -> ids.add(d.member().id()));
        Map<Long, List<MemberEvent>> byMember = new HashMap<>();
        if (ids.isEmpty()) {
            return byMember;
        }
        em.createQuery("select e from MemberEvent e where e.memberId in :ids order by e.date, e.id", MemberEvent.class)
                .setParameter("ids", ids).getResultList()
                .forEach(e -> byMember.computeIfAbsent(e.memberId(), k -> new ArrayList<>()).add(e));
        return byMember;
    }

    /** The ward's committee, named in the report's heading. */
    private String partyCommittee() {
        return em.createQuery("select u.name from PartyUnit u where u.kind = :ward order by u.id", String.class)
                .setParameter("ward", UnitKind.WARD).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /** Who signs: the head of the credential committee, else its first member; absent until one is appointed. */
    private String committeeHead(long congressId) {
        return em.createQuery("""
                        select b from BodyMember b where b.congressId = :c and b.body = :body
                        order by b.head desc, b.id""", BodyMember.class)
                .setParameter("c", congressId).setParameter("body", CongressBody.CREDENTIALS)
                .setMaxResults(1).getResultStream().findFirst().map(b -> b.delegate().fullName()).orElse(null);
    }
}
