package vn.dangbo.records.badge;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.member.EventKind;
import vn.dangbo.records.member.Member;
import vn.dangbo.records.member.MemberEvent;
import vn.dangbo.records.member.MemberNotFound;
import vn.dangbo.records.member.MemberStatus;
import vn.dangbo.records.partyage.PartyAge;
import vn.dangbo.records.security.Caller;
import vn.dangbo.records.security.CurrentCaller;
import vn.dangbo.records.shared.Conflict;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;
import vn.dangbo.records.shared.VietnameseText;

/** Who becomes due for a Party badge in a period, within the caller's scope; early grounds for the seriously ill. */
@Stateless
public class BadgeService {

    private static final int MAX_ADVANCE = 24;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    public record Candidate(Member member, BadgeRule.Due due) {
    }

    public List<Candidate> due(LocalDate from, LocalDate to) {
        Caller who = caller.get();
        who.requireManagesAnything();
        if (from == null || to == null) {
            throw new InvalidInput(List.of(new InvalidField(from == null ? "from" : "to", "field.required")));
        }
        if (to.isBefore(from)) {
            throw new InvalidInput(List.of(new InvalidField("to", "period.endBeforeStart")));
        }
        int first = BadgeRule.MILESTONES.get(0);
        // Re-admitted members count their earlier membership too, so their current admission date says little.
        String scope = who.wholeWard() ? "" : " and m.cell.id in :cells";
        var query = em.createQuery("select m from Member m join fetch m.cell where m.status in :active"
                        + " and (m.admissionDate <= :latest or m.id in (select e.memberId from MemberEvent e"
                        + " where e.kind = :readmission))" + scope, Member.class)
                .setParameter("active", MemberStatus.ACTIVE)
                .setParameter("readmission", EventKind.READMISSION)
                .setParameter("latest", to.plusMonths(MAX_ADVANCE).minusYears(first));
        if (!who.wholeWard()) {
            query.setParameter("cells", who.managedUnitIds());
        }
        List<Member> members = query.getResultList();
        if (members.isEmpty()) {
            return List.of();
        }
        List<Long> ids = members.stream().map(Member::id).toList();
        Map<Long, List<MemberEvent>> events = new HashMap<>();
        Map<Long, SeriousIllness> illness = new HashMap<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + 1000));
            em.createQuery("""
                            select e from MemberEvent e where e.memberId in :ids
                              and e.memberId in (select r.memberId from MemberEvent r where r.kind = :readmission)
                            order by e.date, e.id""", MemberEvent.class)
                    .setParameter("ids", chunk).setParameter("readmission", EventKind.READMISSION).getResultList()
                    .forEach(e -> events.computeIfAbsent(e.memberId(), k -> new ArrayList<>()).add(e));
            // The latest record counts: it is the committee's current decision.
            em.createQuery("select s from SeriousIllness s where s.memberId in :ids order by s.recordedAt, s.id",
                            SeriousIllness.class)
                    .setParameter("ids", chunk).getResultList()
                    .forEach(s -> illness.put(s.memberId(), s));
        }
        return members.stream()
                .flatMap(m -> {
                    SeriousIllness ill = illness.get(m.id());
                    return BadgeRule.dueBetween(PartyAge.of(m.admissionDate(), events.get(m.id())),
                            ill == null ? null : ill.grounds(), from, to).stream().map(d -> new Candidate(m, d));
                })
                .sorted(Comparator.comparing((Candidate c) -> c.due().awardOn())
                        .thenComparing(c -> -c.due().years()))
                .toList();
    }

    /** An officer records that a member is seriously ill, allowing their badge 12 or 24 months early. */
    public SeriousIllness recordSeriousIllness(Long memberId, LocalDate since, Integer advanceMonths, String note) {
        Caller who = caller.get();
        who.requireWholeWard();
        List<InvalidField> problems = new ArrayList<>();
        if (memberId == null) {
            problems.add(new InvalidField("memberId", "field.required"));
        }
        if (since == null) {
            problems.add(new InvalidField("since", "field.required"));
        } else if (since.isAfter(LocalDate.now())) {
            problems.add(new InvalidField("since", "field.dateOutOfRange"));
        }
        if (advanceMonths == null) {
            problems.add(new InvalidField("advanceMonths", "field.required"));
        } else if (!SeriousIllness.ADVANCES.contains(advanceMonths)) {
            problems.add(new InvalidField("advanceMonths", "illness.advance"));
        }
        String text = VietnameseText.clean(note);
        if (text != null && text.length() > 500) {
            problems.add(new InvalidField("note", "field.tooLong", 500));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Member m = Optional.ofNullable(em.find(Member.class, memberId)).orElseThrow(() -> new MemberNotFound(memberId));
        if (!m.status().active()) {
            throw new Conflict("illness.memberNotActive");
        }
        SeriousIllness s = new SeriousIllness(memberId, since, advanceMonths, text == null || text.isEmpty() ? null : text,
                who.username());
        em.persist(s);
        em.flush();
        audit.record(AuditAction.SERIOUS_ILLNESS_RECORDED, "MEMBER", memberId, since + ", " + advanceMonths + " tháng");
        return s;
    }

    /** The serious-illness records of one member, newest first; for whoever manages the member. */
    public List<SeriousIllness> seriousIllness(long memberId) {
        Member m = Optional.ofNullable(em.find(Member.class, memberId)).orElseThrow(() -> new MemberNotFound(memberId));
        caller.get().requireManages(m.cell().id());
        return em.createQuery("select s from SeriousIllness s where s.memberId = :m order by s.recordedAt desc, s.id desc",
                SeriousIllness.class).setParameter("m", memberId).getResultList();
    }
}
