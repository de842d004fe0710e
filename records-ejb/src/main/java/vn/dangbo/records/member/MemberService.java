package vn.dangbo.records.member;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.organization.PartyUnit;
import vn.dangbo.records.security.Caller;
import vn.dangbo.records.security.CurrentCaller;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;
import vn.dangbo.records.shared.Page;

/** Member dossiers: search, read, create and edit, each within the caller's scope, each audited. */
@Stateless
public class MemberService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @Inject
    MemberSearch search;

    @Inject
    Event<MembershipEnded> membershipEnded;

    public Page<MemberSearch.Row> search(MemberQuery query) {
        Caller who = caller.get();
        who.requireManagesAnything();
        return search.run(who, query);
    }

    /**
     * Probationary members whose 12 months end between two dates (inclusive), in the caller's scope,
     * earliest first: the cells must prepare the vote on their full membership.
     */
    public List<Member> probationEnding(LocalDate from, LocalDate to) {
        Caller who = caller.get();
        who.requireManagesAnything();
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInput(List.of(new InvalidField(from == null ? "from" : "to",
                    from == null || to == null ? "field.required" : "period.endBeforeStart")));
        }
        String scope = who.wholeWard() ? "" : " and m.cell.id in :cells";
        var query = em.createQuery("select m from Member m join fetch m.cell where m.status = :p"
                        + " and m.admissionDate between :a and :b" + scope + " order by m.admissionDate, m.sortKey",
                        Member.class)
                .setParameter("p", MemberStatus.PROBATIONARY)
                .setParameter("a", from.minusMonths(Member.PROBATION_MONTHS))
                .setParameter("b", to.minusMonths(Member.PROBATION_MONTHS));
        if (!who.wholeWard()) {
            query.setParameter("cells", who.managedUnitIds());
        }
        return query.getResultList();
    }

    /** A full dossier; every read is audited, including a member reading their own. */
    public Member dossier(long id) {
        Member m = find(id);
        requireMayRead(m);
        audit.record(AuditAction.MEMBER_DOSSIER_READ, "MEMBER", id, null);
        return m;
    }

    /** Creates a dossier from raw field texts (API names → text), refusing every bad field at once. */
    public Member create(Map<String, String> fields) {
        Caller who = caller.get();
        Map<DossierField, Object> values = parse(fields);
        Long cellId = (Long) values.get(DossierField.CELL_ID);
        if (cellId == null) {
            throw new InvalidInput(List.of(new InvalidField("cellId", "field.required")));
        }
        who.requireManages(cellId);
        values.putIfAbsent(DossierField.STATUS, MemberStatus.PROBATIONARY);
        PartyUnit cell = cell(cellId);
        Member m = Member.create(values, cell);
        checkUnique(m);
        em.persist(m);
        em.flush();
        List<FieldChange> initial = new ArrayList<>();
        for (DossierField f : DossierField.values()) {
            String value = DossierField.display(m.get(f));
            if (value != null) {
                initial.add(new FieldChange(f.apiName(), null, value));
            }
        }
        em.persist(new MemberRevision(m.id(), who.username(), initial));
        MemberNameIndex.write(em, m);
        audit.record(AuditAction.MEMBER_CREATED, "MEMBER", m.id(), m.fullName());
        return m;
    }

    /**
     * Saves the changed fields of a dossier loaded at {@code expectedVersion}; a save based on an
     * older version is refused rather than overwriting someone else's change.
     */
    public Member update(long id, long expectedVersion, Map<String, String> fields) {
        Caller who = caller.get();
        Member m = find(id);
        who.requireManages(m.cell().id());
        if (m.version() != expectedVersion) {
            throw new StaleDossier();
        }
        Map<DossierField, Object> values = parse(fields);
        String oldName = m.fullName();
        List<FieldChange> changes = m.apply(values);
        if (changes.isEmpty()) {
            return m;
        }
        checkUnique(m);
        em.persist(new MemberRevision(m.id(), who.username(), changes));
        if (!oldName.equals(m.fullName())) {
            MemberNameIndex.write(em, m);
        }
        em.flush();
        audit.record(AuditAction.MEMBER_UPDATED, "MEMBER", id,
                String.join(", ", changes.stream().map(FieldChange::field).toList()));
        return m;
    }

    /**
     * Records a status decision (kind, date, decision number, reason as texts) on a dossier the caller
     * manages; the status and dates it changes go into the dossier's history as well.
     */
    public MemberEvent recordEvent(long id, Map<String, String> fields) {
        Caller who = caller.get();
        Member m = find(id);
        who.requireManages(m.cell().id());
        EventInput input = EventInput.parse(fields);
        LocalDate previous = em.createQuery(
                        "select max(e.date) from MemberEvent e where e.memberId = :m", LocalDate.class)
                .setParameter("m", id).getSingleResult();
        MemberStatus before = m.status();
        LocalDate admissionBefore = m.admissionDate();
        List<FieldChange> changes = m.recordEvent(input.kind(), input.date(), previous);
        MemberEvent event = new MemberEvent(id, input.kind(), input.date(), input.decisionNumber(), input.reason(),
                before, who.username());
        if (input.kind() == EventKind.READMISSION) {
            event.previousAdmission(admissionBefore);
        }
        em.persist(event);
        em.persist(new MemberRevision(id, who.username(), changes));
        em.flush();
        audit.record(AuditAction.MEMBER_EVENT_RECORDED, "MEMBER", id,
                input.kind() + " " + input.date() + (input.decisionNumber() == null ? "" : " " + input.decisionNumber()));
        if (before.active() && !m.status().active()) {
            membershipEnded.fire(new MembershipEnded(id, m.status(), input.date()));
        }
        return event;
    }

    /** The decisions in the member's life in the Party, oldest first. */
    public List<MemberEvent> events(long id) {
        requireMayRead(find(id));
        return em.createQuery("select e from MemberEvent e where e.memberId = :m order by e.date, e.id",
                        MemberEvent.class)
                .setParameter("m", id).getResultList();
    }

    private void requireMayRead(Member m) {
        caller.get().requireMayRead(m.id(), m.cell().id());
    }

    /** The dossier's timeline, newest first; visible to whoever may read the dossier. */
    public List<MemberRevision> history(long id) {
        requireMayRead(find(id));
        return em.createQuery(
                        "select r from MemberRevision r where r.memberId = :m order by r.changedAt desc, r.id desc",
                        MemberRevision.class)
                .setParameter("m", id).getResultList();
    }

    private Map<DossierField, Object> parse(Map<String, String> fields) {
        Map<DossierField, Object> values = new LinkedHashMap<>();
        List<InvalidField> problems = new ArrayList<>();
        fields.forEach((name, raw) -> {
            Optional<DossierField> field = DossierField.byApiName(name);
            if (field.isEmpty()) {
                problems.add(new InvalidField(name, "field.unknown"));
                return;
            }
            try {
                values.put(field.get(), field.get().parse(raw));
            } catch (InvalidField e) {
                problems.add(e);
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidField(name, "field.invalid"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return values;
    }

    private void checkUnique(Member m) {
        List<InvalidField> problems = new ArrayList<>();
        if (m.citizenId() != null) {
            other("citizenId", m.citizenId(), m.id()).ifPresent(o -> problems.add(new DuplicateIdentifier("citizenId", o)));
        }
        if (m.partyCardNumber() != null) {
            other("partyCardNumber", m.partyCardNumber(), m.id())
                    .ifPresent(o -> problems.add(new DuplicateIdentifier("partyCardNumber", o)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private Optional<Long> other(String attribute, String value, Long self) {
        return em.createQuery("select m.id from Member m where m." + attribute + " = :v", Long.class)
                .setParameter("v", value)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                .getResultList().stream()
                .filter(id -> !id.equals(self))
                .findFirst();
    }

    private PartyUnit cell(long id) {
        PartyUnit unit = em.find(PartyUnit.class, id);
        if (unit == null) {
            throw new InvalidInput(List.of(new InvalidField("cellId", "unit.notFound", id)));
        }
        return unit;
    }

    private Member find(long id) {
        return Optional.ofNullable(em.find(Member.class, id)).orElseThrow(() -> new MemberNotFound(id));
    }
}
