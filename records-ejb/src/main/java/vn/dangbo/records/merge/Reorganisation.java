package vn.dangbo.records.merge;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.dangbo.records.member.Member;
import vn.dangbo.records.member.MemberStatus;
import vn.dangbo.records.member.VietnameseOrder;
import vn.dangbo.records.merge.MergePreview.Conflict;
import vn.dangbo.records.organization.PartyUnit;
import vn.dangbo.records.organization.Position;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;
import vn.dangbo.records.transfer.TransferState;

/** What merging and splitting units read and check alike: who and what a unit holds now, and who cannot move. */
final class Reorganisation {

    private Reorganisation() {
    }

    /** A cell's active members, in Vietnamese name order. */
    static List<Member> activeMembers(EntityManager em, long cellId) {
        return em.createQuery("select m from Member m where m.cell.id = :u and m.status in :active", Member.class)
                .setParameter("u", cellId).setParameter("active", MemberStatus.ACTIVE).getResultList().stream()
                .sorted(Comparator.comparing(Member::fullName, VietnameseOrder.BY_NAME)).toList();
    }

    static List<PartyUnit> activeChildren(EntityManager em, long unitId) {
        return em.createQuery(
                        "select c from PartyUnit c where c.parent.id = :u and c.dissolvedOn is null order by c.name",
                        PartyUnit.class).setParameter("u", unitId).getResultList();
    }

    /** The positions held in the unit today. */
    static List<Position> currentPositions(EntityManager em, long unitId) {
        return em.createQuery("""
                        select p from Position p where p.unit.id = :u and p.from <= :today
                          and (p.to is null or p.to > :today) order by p.role, p.id""", Position.class)
                .setParameter("u", unitId).setParameter("today", LocalDate.now()).getResultList();
    }

    /** The effective date of a reorganisation: given, not in the future (it records a decision already taken). */
    static void checkDate(LocalDate on, List<InvalidField> problems) {
        if (on == null) {
            problems.add(new InvalidField("effectiveOn", "field.required"));
        } else if (on.isAfter(LocalDate.now()) || on.getYear() < 1930) {
            problems.add(new InvalidField("effectiveOn", "merge.dateNotPast"));
        }
    }

    /**
     * Members who cannot move by this decision: one with an unfinished transfer would end up in two places, and one
     * who moved on or after the date would have their later move undone.
     */
    static List<Conflict> transferConflicts(EntityManager em, Map<Long, String> moving, LocalDate on) {
        List<Conflict> out = new ArrayList<>();
        if (moving.isEmpty()) {
            return out;
        }
        List<TransferState> unfinished = List.of(TransferState.PROPOSED, TransferState.CONFIRMED);
        List<Long> open = new ArrayList<>(em.createQuery(
                        "select t.member.id from Transfer t where t.member.id in :m and t.state in :open", Long.class)
                .setParameter("m", moving.keySet()).setParameter("open", unfinished).getResultList());
        open.addAll(em.createQuery(
                        "select t.member.id from OutgoingTransfer t where t.member.id in :m and t.state in :open",
                        Long.class)
                .setParameter("m", moving.keySet()).setParameter("open", unfinished).getResultList());
        if (!open.isEmpty()) {
            List<String> who = open.stream().distinct().map(moving::get).toList();
            out.add(new Conflict("merge.openTransfer", who.size(), who));
        }
        List<Long> later = em.createQuery("""
                        select t.member.id from Transfer t where t.member.id in :m and t.state = :done
                          and t.effectiveDate >= :on""", Long.class)
                .setParameter("m", moving.keySet()).setParameter("done", TransferState.COMPLETED)
                .setParameter("on", on).getResultList();
        if (!later.isEmpty()) {
            List<String> who = later.stream().distinct().map(moving::get).toList();
            out.add(new Conflict("merge.movedAfter", who.size(), who));
        }
        return out;
    }

    static void fail(List<InvalidField> problems) {
        if (problems.size() == 1) {
            throw problems.get(0);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
