package vn.dangbo.records.badge;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import vn.dangbo.records.member.Member;
import vn.dangbo.records.member.MemberStatus;
import vn.dangbo.records.security.Caller;
import vn.dangbo.records.security.CurrentCaller;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;

/** Who becomes due for a Party badge in a period, within the caller's scope. */
@Stateless
public class BadgeService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

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
        String scope = who.wholeWard() ? "" : " and m.cell.id in :cells";
        var query = em.createQuery("select m from Member m join fetch m.cell where m.status in :active"
                        + " and m.admissionDate <= :latest" + scope, Member.class)
                .setParameter("active", MemberStatus.ACTIVE)
                .setParameter("latest", to.minusYears(first));
        if (!who.wholeWard()) {
            query.setParameter("cells", who.managedUnitIds());
        }
        return query.getResultList().stream()
                .flatMap(m -> BadgeRule.dueBetween(m.admissionDate(), from, to).stream()
                        .map(d -> new Candidate(m, d)))
                .sorted(Comparator.comparing((Candidate c) -> c.due().awardOn())
                        .thenComparing(c -> -c.due().years()))
                .toList();
    }
}
