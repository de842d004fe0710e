package vn.dangbo.records.merge;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.meeting.MeetingService;
import vn.dangbo.records.member.Member;
import vn.dangbo.records.merge.MergePreview.Conflict;
import vn.dangbo.records.merge.MergePreview.HeldPosition;
import vn.dangbo.records.merge.MergePreview.MovingMember;
import vn.dangbo.records.merge.SplitPreview.PartMoves;
import vn.dangbo.records.organization.PartyUnit;
import vn.dangbo.records.organization.Position;
import vn.dangbo.records.organization.UnitKind;
import vn.dangbo.records.organization.UnitNotFound;
import vn.dangbo.records.security.CurrentCaller;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.Messages;
import vn.dangbo.records.shared.PlainText;
import vn.dangbo.records.shared.VietnameseText;
import vn.dangbo.records.transfer.TransferService;

/**
 * Splitting a cell or committee (chia tách) into new units. The officer assigns every member (of a cell) or
 * sub-unit (of a committee) to one part and previews; applying creates the parts where the unit sat, moves the
 * members by transfers dated the effective day (so statistics "as of" an earlier date still count them in the old
 * unit), moves the sub-units, carries each position over to the part its holder goes to (it ends otherwise), gives
 * the planned meetings to the first part and dissolves the unit, listing its parts as successors — all in one
 * transaction, audited, or nothing at all.
 */
@Stateless
public class UnitSplitService {

    static final int MAX_PARTS = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    TransferService transfers;

    @Inject
    MeetingService meetings;

    @Inject
    AuditLog audit;

    /** The checked plan and what the unit holds now, gathered once for the preview and the split alike. */
    private record Scope(PartyUnit unit, LocalDate on, String decision, String note, List<String> names,
                         List<List<Member>> members, List<List<PartyUnit>> subUnits,
                         List<Optional<Integer>> positionPart,
                         List<Position> positions, int planned, List<Conflict> conflicts) {
    }

    public SplitPreview preview(SplitPlan plan) {
        caller.get().requireWholeWard();
        Scope s = scope(plan);
        List<PartMoves> parts = new ArrayList<>();
        List<HeldPosition> ending = new ArrayList<>();
        for (int i = 0; i < s.names().size(); i++) {
            int part = i;
            parts.add(new PartMoves(s.names().get(i),
                    s.members().get(i).stream().map(m -> new MovingMember(m.id(), m.fullName())).toList(),
                    s.subUnits().get(i).stream().map(PartyUnit::name).toList(),
                    heldIn(s, p -> p.isPresent() && p.get() == part), i == 0));
        }
        ending.addAll(heldIn(s, Optional::isEmpty));
        return new SplitPreview(s.unit().id(), s.unit().name(), s.unit().kind().name(), parts, ending, s.conflicts(),
                s.planned());
    }

    public UnitSplit apply(SplitPlan plan) {
        caller.get().requireWholeWard();
        Scope s = scope(plan);
        if (!s.conflicts().isEmpty()) {
            throw new vn.dangbo.records.shared.Conflict("split.unresolved", s.conflicts().size());
        }
        PartyUnit unit = s.unit();
        PartyUnit parent = unit.parent().orElseThrow();
        String reason = Messages.get(Messages.VIETNAMESE, "split.reason", unit.name(), s.decision());
        List<PartyUnit> created = new ArrayList<>();
        for (String name : s.names()) {
            PartyUnit part = new PartyUnit(unit.kind(), name, parent, s.on());
            em.persist(part);
            // One at a time, so the parts' ids follow the plan's order (a batch may insert them in another).
            em.flush();
            created.add(part);
        }
        int membersMoved = 0;
        int unitsMoved = 0;
        for (int i = 0; i < created.size(); i++) {
            String why = Messages.get(Messages.VIETNAMESE, "split.memberReason", created.get(i).name(), s.decision());
            for (Member m : s.members().get(i)) {
                transfers.moveByDecision(m, created.get(i), s.on(), why);
                membersMoved++;
            }
            for (PartyUnit child : s.subUnits().get(i)) {
                child.moveUnder(created.get(i));
                unitsMoved++;
            }
        }
        int positionsMoved = 0;
        for (int i = 0; i < s.positions().size(); i++) {
            Position p = s.positions().get(i);
            p.endOn(s.on());
            Optional<Integer> part = s.positionPart().get(i);
            if (part.isPresent()) {
                em.persist(new Position(created.get(part.get()), p.member(), p.role(), s.on()));
                positionsMoved++;
            }
        }
        int meetingsMoved = unit.kind() == UnitKind.CELL
                ? meetings.movePlanned(List.of(unit.id()), created.get(0).id(), s.on()) : 0;
        unit.dissolve(s.on(), reason);
        UnitSplit record = new UnitSplit(s.decision(), s.on(), unit.id(),
                created.stream().map(PartyUnit::id).collect(Collectors.toSet()),
                new ReorganisationRecord.Moved(membersMoved, unitsMoved, positionsMoved, meetingsMoved), s.note(),
                caller.get().username());
        em.persist(record);
        em.flush();
        audit.record(AuditAction.UNIT_SPLIT, "UNIT", unit.id(), s.decision() + ": " + unit.name() + " → "
                + created.stream().map(PartyUnit::name).collect(Collectors.joining(", ")) + " (" + membersMoved
                + " members, " + unitsMoved + " units, " + positionsMoved + " positions, " + meetingsMoved
                + " meetings)");
        return record;
    }

    private static List<HeldPosition> heldIn(Scope s, java.util.function.Predicate<Optional<Integer>> where) {
        List<HeldPosition> out = new ArrayList<>();
        for (int i = 0; i < s.positions().size(); i++) {
            if (where.test(s.positionPart().get(i))) {
                Position p = s.positions().get(i);
                out.add(new HeldPosition(p.id(), p.member().id(), p.member().fullName(), p.role().name(),
                        s.unit().name()));
            }
        }
        return out;
    }

    private Scope scope(SplitPlan plan) {
        List<InvalidField> problems = new ArrayList<>();
        if (plan.unitId() == null) {
            problems.add(new InvalidField("unitId", "field.required"));
        }
        LocalDate on = plan.effectiveOn();
        Reorganisation.checkDate(on, problems);
        String decision = PlainText.line("decisionNumber", plan.decisionNumber(), UnitMergeService.MAX_DECISION, true,
                problems);
        String note = PlainText.line("note", plan.note(), UnitMergeService.MAX_NOTE, false, problems);
        List<SplitPlan.Part> parts = plan.parts() == null ? List.of() : plan.parts();
        if (parts.size() < 2 || parts.size() > MAX_PARTS || parts.contains(null)) {
            problems.add(new InvalidField("parts", "split.partCount", MAX_PARTS));
        }
        Reorganisation.fail(problems);

        // Taken first, exclusively: two officers splitting one unit at once are taken one after the other.
        PartyUnit unit = em.find(PartyUnit.class, plan.unitId(), LockModeType.PESSIMISTIC_WRITE);
        if (unit == null) {
            throw new UnitNotFound(plan.unitId());
        }
        if (unit.kind() == UnitKind.WARD) {
            problems.add(new InvalidField("unitId", "split.ward"));
        } else if (unit.dissolved()) {
            problems.add(new InvalidField("unitId", "merge.dissolved", unit.name()));
        } else if (unit.establishedOn() != null && on.isBefore(unit.establishedOn())) {
            problems.add(new InvalidField("effectiveOn", "merge.beforeEstablished", unit.name()));
        }
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            String name = PlainText.line("parts[" + i + "].name", parts.get(i).name(), PartyUnit.MAX_NAME, true,
                    problems);
            if (name != null && !seen.add(VietnameseText.fold(name))) {
                problems.add(new InvalidField("parts[" + i + "].name", "split.sameName", name));
            }
            names.add(name);
        }
        Reorganisation.fail(problems);

        boolean cell = unit.kind() == UnitKind.CELL;
        List<Member> members = cell ? Reorganisation.activeMembers(em, unit.id()) : List.of();
        List<PartyUnit> children = Reorganisation.activeChildren(em, unit.id());
        Map<Long, Member> memberById = new LinkedHashMap<>();
        members.forEach(m -> memberById.put(m.id(), m));
        Map<Long, PartyUnit> childById = new LinkedHashMap<>();
        children.forEach(c -> childById.put(c.id(), c));

        List<List<Member>> memberParts = new ArrayList<>();
        List<List<PartyUnit>> childParts = new ArrayList<>();
        Map<Long, Integer> partOfMember = new HashMap<>();
        Map<Long, Integer> partOfChild = new HashMap<>();
        Set<String> twice = new LinkedHashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            List<Long> mIds = Optional.ofNullable(parts.get(i).memberIds()).orElse(List.of());
            List<Long> cIds = Optional.ofNullable(parts.get(i).subUnitIds()).orElse(List.of());
            List<Member> ms = new ArrayList<>();
            for (Long id : mIds) {
                Member m = id == null ? null : memberById.get(id);
                if (m == null) {
                    problems.add(new InvalidField("parts[" + i + "].memberIds", "split.memberNotInUnit",
                            String.valueOf(id)));
                } else if (partOfMember.putIfAbsent(id, i) != null) {
                    twice.add(m.fullName());
                } else {
                    ms.add(m);
                }
            }
            List<PartyUnit> cs = new ArrayList<>();
            for (Long id : cIds) {
                PartyUnit c = id == null ? null : childById.get(id);
                if (c == null) {
                    problems.add(new InvalidField("parts[" + i + "].subUnitIds", "split.subUnitNotInUnit",
                            String.valueOf(id)));
                } else if (partOfChild.putIfAbsent(id, i) != null) {
                    twice.add(c.name());
                } else {
                    cs.add(c);
                }
            }
            if (ms.isEmpty() && cs.isEmpty() && mIds.isEmpty() && cIds.isEmpty()) {
                problems.add(new InvalidField("parts[" + i + "].name", "split.emptyPart", names.get(i)));
            }
            memberParts.add(ms);
            childParts.add(cs);
        }
        Reorganisation.fail(problems);

        List<Conflict> conflicts = new ArrayList<>();
        List<String> unassigned = new ArrayList<>();
        members.stream().filter(m -> !partOfMember.containsKey(m.id())).forEach(m -> unassigned.add(m.fullName()));
        children.stream().filter(c -> !partOfChild.containsKey(c.id())).forEach(c -> unassigned.add(c.name()));
        if (!unassigned.isEmpty()) {
            conflicts.add(new Conflict("split.unassigned", unassigned.size(), unassigned));
        }
        if (!twice.isEmpty()) {
            conflicts.add(new Conflict("split.twice", twice.size(), List.copyOf(twice)));
        }
        Map<Long, String> moving = new LinkedHashMap<>();
        members.forEach(m -> moving.put(m.id(), m.fullName()));
        conflicts.addAll(Reorganisation.transferConflicts(em, moving, on));

        List<Position> positions = Reorganisation.currentPositions(em, unit.id());
        List<Optional<Integer>> positionPart = new ArrayList<>();
        for (Position p : positions) {
            positionPart.add(cell ? Optional.ofNullable(partOfMember.get(p.member().id()))
                    : Optional.ofNullable(branchOf(p.member(), unit)).map(partOfChild::get));
        }
        int planned = cell ? meetings.plannedFrom(List.of(unit.id()), on).size() : 0;
        return new Scope(unit, on, decision, note, names, memberParts, childParts, positionPart, positions, planned,
                conflicts);
    }

    /** The sub-unit of the split committee under which the member's cell sits (null: outside it). */
    private static Long branchOf(Member m, PartyUnit committee) {
        PartyUnit below = null;
        for (PartyUnit u = m.cell(); u != null; u = u.parent().orElse(null)) {
            if (u.id().equals(committee.id())) {
                return below == null ? null : below.id();
            }
            below = u;
        }
        return null;
    }
}
