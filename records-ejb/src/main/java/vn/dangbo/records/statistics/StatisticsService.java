package vn.dangbo.records.statistics;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dangbo.records.member.EventKind;
import vn.dangbo.records.member.Member;
import vn.dangbo.records.member.MemberEvent;
import vn.dangbo.records.member.MemberStatus;
import vn.dangbo.records.organization.PartyUnit;
import vn.dangbo.records.partyage.PartyAge;
import vn.dangbo.records.organization.UnitNotFound;
import vn.dangbo.records.organization.UnitTree;
import vn.dangbo.records.security.Caller;
import vn.dangbo.records.security.CurrentCaller;
import vn.dangbo.records.security.OutsideYourUnit;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;
import vn.dangbo.records.transfer.IncomingDossier;
import vn.dangbo.records.transfer.IncomingState;
import vn.dangbo.records.transfer.OutgoingTransfer;
import vn.dangbo.records.transfer.Transfer;
import vn.dangbo.records.transfer.TransferState;

/**
 * Member statistics as of a date. The past is reconstructed from the records, not from a snapshot:
 * a member's status on a date follows from their events, and their cell from their completed transfers.
 */
@Stateless
public class StatisticsService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    UnitTree tree;

    public MemberStatistics report(Long unitId, LocalDate date, LocalDate from, LocalDate to) {
        Caller who = caller.get();
        if (unitId == null) {
            throw new InvalidInput(List.of(new InvalidField("unitId", "field.required")));
        }
        PartyUnit unit = em.find(PartyUnit.class, unitId);
        if (unit == null) {
            throw new UnitNotFound(unitId);
        }
        if (!who.wholeWard() && !(who.managesAnything() && who.managedUnitIds().contains(unitId))) {
            throw new OutsideYourUnit();
        }
        LocalDate on = date == null ? LocalDate.now() : date;
        LocalDate start = from == null ? on.withDayOfYear(1) : from;
        LocalDate end = to == null ? on : to;
        if (end.isBefore(start)) {
            throw new InvalidInput(List.of(new InvalidField("to", "period.endBeforeStart")));
        }
        Set<Long> cells = tree.withDescendants(List.of(unitId));

        List<Transfer> transfers = em.createQuery("""
                        select t from Transfer t where t.state = :done
                          and (t.fromCell.id in :cells or t.toCell.id in :cells)""", Transfer.class)
                .setParameter("done", TransferState.COMPLETED).setParameter("cells", cells).getResultList();
        Map<Long, Member> members = new HashMap<>();
        em.createQuery("select m from Member m join fetch m.cell where m.cell.id in :cells", Member.class)
                .setParameter("cells", cells).getResultList().forEach(m -> members.put(m.id(), m));
        transfers.forEach(t -> members.putIfAbsent(t.member().id(), t.member()));
        Map<Long, List<Transfer>> transfersOf = new HashMap<>();
        transfers.forEach(t -> transfersOf.computeIfAbsent(t.member().id(), k -> new ArrayList<>()).add(t));
        transfersOf.values().forEach(l -> l.sort(Comparator.comparing(Transfer::effectiveDate)));
        // Moves across the ward's boundary are few: load them all, then keep those of the members concerned.
        List<OutgoingTransfer> outs = em.createQuery(
                        "select t from OutgoingTransfer t where t.state = :done", OutgoingTransfer.class)
                .setParameter("done", TransferState.COMPLETED).getResultList();
        List<IncomingDossier> ins = em.createQuery(
                        "select i from IncomingDossier i where i.state = :accepted", IncomingDossier.class)
                .setParameter("accepted", IncomingState.ACCEPTED).getResultList();
        outs.stream().filter(o -> cells.contains(o.fromCell().id()))
                .forEach(o -> members.putIfAbsent(o.member().id(), o.member()));
        Map<Long, List<WardMove>> wardMovesOf = new HashMap<>();
        outs.forEach(o -> wardMovesOf.computeIfAbsent(o.member().id(), k -> new ArrayList<>())
                .add(new WardMove(o.effectiveDate(), false, o.fromCell().id())));
        ins.forEach(i -> wardMovesOf.computeIfAbsent(i.memberId(), k -> new ArrayList<>())
                .add(new WardMove(i.acceptedOn(), true, i.cell().id())));
        wardMovesOf.values().forEach(l -> l.sort(Comparator.comparing(WardMove::date)
                .thenComparing(WardMove::in)));
        Map<Long, List<MemberEvent>> eventsOf = events(members.keySet(), cells);

        List<Member> counted = members.values().stream()
                .filter(m -> m.admissionDate() == null
                        || !PartyAge.of(m.admissionDate(), eventsOf.get(m.id())).firstAdmission().isAfter(on))
                .filter(m -> WardMove.inWard(wardMovesOf.get(m.id()), on))
                .filter(m -> statusIn(m, eventsOf.get(m.id()), on).active())
                .filter(m -> cells.contains(cellOn(m, transfersOf.get(m.id()), wardMovesOf.get(m.id()), on)))
                .toList();

        List<MemberStatistics.Breakdown> breakdowns = List.of(
                breakdown("status", counted, m -> statusIn(m, eventsOf.get(m.id()), on).name(),
                        List.of("PROBATIONARY", "FULL", "EXEMPT")),
                breakdown("sex", counted, m -> m.sex().name(), List.of("MALE", "FEMALE")),
                breakdown("ageBand", counted, m -> Bands.age(m.birthDate(), on), Bands.AGE),
                breakdown("partyAgeBand", counted, m -> Bands.partyAge(PartyAge.of(m.admissionDate(), eventsOf.get(m.id())), on), Bands.PARTY_AGE),
                breakdown("ethnicity", counted, m -> m.ethnicity(), List.of()),
                breakdown("religion", counted, m -> m.religion(), List.of()),
                breakdown("generalEducation", counted, m -> m.generalEducation(), List.of()),
                breakdown("politicalTheory", counted,
                        m -> m.politicalTheory() == null ? null : m.politicalTheory().name(),
                        List.of("NONE", "ELEMENTARY", "INTERMEDIATE", "ADVANCED", "BACHELOR")),
                breakdown("occupation", counted, m -> m.occupation(), List.of()));

        return new MemberStatistics(unitId, unit.name(), on, start, end, counted.size(), breakdowns,
                movements(members.values(), eventsOf, transfersOf, transfers, cells, start, end, outs, ins));
    }

    /** A move across the ward's boundary: in (received into a cell) or out (from a cell). */
    record WardMove(LocalDate date, boolean in, long cellId) {

        /** In the ward on a date: after the last move in, or before the first move out when none came before. */
        static boolean inWard(List<WardMove> moves, LocalDate on) {
            if (moves == null || moves.isEmpty()) {
                return true;
            }
            WardMove last = null;
            for (WardMove m : moves) {
                if (m.date().isAfter(on)) {
                    break;
                }
                last = m;
            }
            return last == null ? !moves.get(0).in() : last.in();
        }
    }

    /**
     * The status on a date of a member who is in the ward on that date: a transfer out is no decision, so a
     * dossier sealed later (or reopened) still counts with the status its dates give.
     */
    static MemberStatus statusIn(Member m, List<MemberEvent> events, LocalDate on) {
        MemberStatus s = statusOn(m, events, on);
        if (s != MemberStatus.TRANSFERRED_OUT) {
            return s;
        }
        return m.fullMembershipDate() != null && !m.fullMembershipDate().isAfter(on)
                ? MemberStatus.FULL : MemberStatus.PROBATIONARY;
    }

    /** The cell on a date, also for a member who left the ward later: the cell they left from. */
    static long cellOn(Member m, List<Transfer> transfers, List<WardMove> wardMoves, LocalDate on) {
        LocalDate next = null;
        long cell = m.cell().id();
        if (transfers != null) {
            for (Transfer t : transfers) {
                if (t.effectiveDate().isAfter(on)) {
                    next = t.effectiveDate();
                    cell = t.fromCell().id();
                    break;
                }
            }
        }
        if (wardMoves != null) {
            for (WardMove w : wardMoves) {
                if (w.date().isAfter(on)) {
                    if (!w.in() && (next == null || w.date().isBefore(next))) {
                        cell = w.cellId();
                    }
                    break;
                }
            }
        }
        return cell;
    }

    private Map<Long, List<MemberEvent>> events(Set<Long> memberIds, Set<Long> cells) {
        Map<Long, List<MemberEvent>> byMember = new HashMap<>();
        em.createQuery("""
                        select e from MemberEvent e, Member m where e.memberId = m.id and m.cell.id in :cells
                        order by e.date, e.id""", MemberEvent.class)
                .setParameter("cells", cells).getResultList()
                .forEach(e -> byMember.computeIfAbsent(e.memberId(), k -> new ArrayList<>()).add(e));
        Set<Long> outside = memberIds.stream().filter(id -> !byMember.containsKey(id)).collect(Collectors.toSet());
        if (!outside.isEmpty() && outside.size() < 1000) {
            em.createQuery("select e from MemberEvent e where e.memberId in :ids order by e.date, e.id", MemberEvent.class)
                    .setParameter("ids", outside).getResultList()
                    .forEach(e -> byMember.computeIfAbsent(e.memberId(), k -> new ArrayList<>()).add(e));
        }
        return byMember;
    }

    /** The status after the last decision on or before the date; before any decision, the one they changed. */
    static MemberStatus statusOn(Member m, List<MemberEvent> events, LocalDate on) {
        if (events == null || events.isEmpty()) {
            return m.status();
        }
        MemberStatus status = events.get(0).statusBefore();
        for (MemberEvent e : events) {
            if (e.date().isAfter(on)) {
                break;
            }
            status = e.statusAfter();
        }
        return status;
    }

    /** The cell on a date: before the first later transfer, its source cell; otherwise the current cell. */
    static long cellOn(Member m, List<Transfer> transfers, LocalDate on) {
        if (transfers != null) {
            for (Transfer t : transfers) {
                if (t.effectiveDate().isAfter(on)) {
                    return t.fromCell().id();
                }
            }
        }
        return m.cell().id();
    }

    private static MemberStatistics.Movements movements(java.util.Collection<Member> members,
                                                        Map<Long, List<MemberEvent>> eventsOf,
                                                        Map<Long, List<Transfer>> transfersOf,
                                                        List<Transfer> transfers, Set<Long> cells,
                                                        LocalDate from, LocalDate to,
                                                        List<OutgoingTransfer> outs, List<IncomingDossier> ins) {
        long admitted = members.stream()
                .filter(m -> m.admissionDate() != null && within(m.admissionDate(), from, to))
                .filter(m -> cells.contains(cellOn(m, transfersOf.get(m.id()), m.admissionDate())))
                .count();
        Map<EventKind, Long> events = new TreeMap<>();
        for (Member m : members) {
            for (MemberEvent e : eventsOf.getOrDefault(m.id(), List.of())) {
                if (within(e.date(), from, to) && cells.contains(cellOn(m, transfersOf.get(m.id()), e.date()))) {
                    events.merge(e.kind(), 1L, Long::sum);
                }
            }
        }
        long in = transfers.stream().filter(t -> within(t.effectiveDate(), from, to))
                .filter(t -> cells.contains(t.toCell().id()) && !cells.contains(t.fromCell().id())).count();
        long out = transfers.stream().filter(t -> within(t.effectiveDate(), from, to))
                .filter(t -> cells.contains(t.fromCell().id()) && !cells.contains(t.toCell().id())).count();
        in += ins.stream().filter(i -> within(i.acceptedOn(), from, to) && cells.contains(i.cell().id())).count();
        out += outs.stream().filter(o -> within(o.effectiveDate(), from, to) && cells.contains(o.fromCell().id())).count();
        return new MemberStatistics.Movements(admitted, events.getOrDefault(EventKind.READMISSION, 0L), in,
                events.getOrDefault(EventKind.DEATH, 0L), events.getOrDefault(EventKind.REMOVAL, 0L),
                events.getOrDefault(EventKind.EXPULSION, 0L), out);
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return !d.isBefore(from) && !d.isAfter(to);
    }

    /** Counts by a key; fixed keys come first in their order (zeros included), free texts by count. */
    private static MemberStatistics.Breakdown breakdown(String name, List<Member> members,
                                                        Function<Member, String> key, List<String> fixedOrder) {
        Map<String, Long> counts = members.stream().collect(Collectors.groupingBy(
                m -> {
                    String k = key.apply(m);
                    return k == null || k.isBlank() ? "UNKNOWN" : k;
                }, Collectors.counting()));
        Map<String, Long> ordered = new LinkedHashMap<>();
        fixedOrder.forEach(k -> ordered.put(k, counts.getOrDefault(k, 0L)));
        counts.entrySet().stream()
                .filter(e -> !ordered.containsKey(e.getKey()))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return new MemberStatistics.Breakdown(name, ordered.entrySet().stream()
                .map(e -> new MemberStatistics.Row(e.getKey(), e.getValue())).toList());
    }
}
