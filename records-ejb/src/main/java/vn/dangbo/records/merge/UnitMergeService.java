package vn.dangbo.records.merge;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.meeting.MeetingService;
import vn.dangbo.records.member.Member;
import vn.dangbo.records.merge.MergePreview.Conflict;
import vn.dangbo.records.merge.MergePreview.HeldPosition;
import vn.dangbo.records.merge.MergePreview.MovingMember;
import vn.dangbo.records.merge.MergePreview.UnitMoves;
import vn.dangbo.records.organization.PartyUnit;
import vn.dangbo.records.organization.Position;
import vn.dangbo.records.organization.PositionRole;
import vn.dangbo.records.organization.UnitKind;
import vn.dangbo.records.organization.UnitNotFound;
import vn.dangbo.records.security.CurrentCaller;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.Messages;
import vn.dangbo.records.shared.PlainText;
import vn.dangbo.records.transfer.TransferService;

/**
 * Merging committees or cells (hợp nhất), as the 2025 reorganisation made every new ward from old ones. The
 * officer previews what will move and what conflicts; applying moves members (as transfers dated the
 * effective day), sub-units, positions and planned meetings into the successor, and dissolves the other
 * units with a link to it — all in one transaction, audited, or nothing at all.
 */
@Stateless
public class UnitMergeService {

    static final int MAX_UNITS = 50;
    static final int MAX_DECISION = 60;
    static final int MAX_NOTE = 500;

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

    /** The checked plan and everything it touches, gathered once for the preview and the merge alike. */
    private record Scope(List<PartyUnit> units, PartyUnit target, String newName, PartyUnit parent, LocalDate on,
                         String decision, String note, Map<Long, List<Member>> members,
                         Map<Long, List<PartyUnit>> children, Map<Long, List<Position>> positions,
                         Map<Long, Integer> meetings, List<Conflict> conflicts) {
        String successorName() {
            return target != null ? target.name() : newName;
        }
    }

    public MergePreview preview(MergePlan plan) {
        caller.get().requireWholeWard();
        Scope s = scope(plan);
        List<UnitMoves> moves = new ArrayList<>();
        for (PartyUnit u : s.units()) {
            boolean kept = s.target() != null && u.id().equals(s.target().id());
            moves.add(new UnitMoves(u.id(), u.name(), u.kind().name(), kept,
                    s.members().get(u.id()).stream().map(m -> new MovingMember(m.id(), m.fullName())).toList(),
                    s.children().get(u.id()).stream().map(PartyUnit::name).toList(),
                    s.positions().get(u.id()).stream().map(p -> new HeldPosition(p.id(), p.member().id(),
                            p.member().fullName(), p.role().name(), u.name())).toList(),
                    s.meetings().get(u.id())));
        }
        List<UnitMoves> moving = moves.stream().filter(m -> !m.kept()).toList();
        return new MergePreview(s.successorName(), s.target() == null, moves, s.conflicts(),
                moving.stream().mapToInt(m -> m.members().size()).sum(),
                moving.stream().mapToInt(m -> m.subUnits().size()).sum(),
                moving.stream().mapToInt(m -> m.positions().size()).sum(),
                moving.stream().mapToInt(UnitMoves::plannedMeetings).sum());
    }

    public UnitMerge apply(MergePlan plan) {
        caller.get().requireWholeWard();
        Scope s = scope(plan);
        if (!s.conflicts().isEmpty()) {
            throw new vn.dangbo.records.shared.Conflict("merge.unresolved", s.conflicts().size());
        }
        PartyUnit successor = s.target();
        if (successor == null) {
            successor = new PartyUnit(s.units().get(0).kind(), s.newName(), s.parent(), s.on());
            em.persist(successor);
            em.flush();
        }
        // Written into the records in Vietnamese, the language of the decision itself.
        String reason = Messages.get(Messages.VIETNAMESE, "merge.reason", successor.name(), s.decision());
        int membersMoved = 0;
        int unitsMoved = 0;
        List<PartyUnit> merged = new ArrayList<>();
        for (PartyUnit u : s.units()) {
            if (u.id().equals(successor.id())) {
                continue;
            }
            merged.add(u);
            for (Member m : s.members().get(u.id())) {
                transfers.moveByDecision(m, successor, s.on(), reason);
                membersMoved++;
            }
            for (PartyUnit child : s.children().get(u.id())) {
                child.moveUnder(successor);
                unitsMoved++;
            }
        }
        int positionsMoved = movePositions(s, successor, plan);
        Set<Long> mergedIds = merged.stream().map(PartyUnit::id).collect(Collectors.toSet());
        int meetingsMoved = successor.kind() == UnitKind.CELL
                ? meetings.movePlanned(mergedIds, successor.id(), s.on()) : 0;
        for (PartyUnit u : merged) {
            u.mergeInto(successor, s.on(), reason);
        }
        UnitMerge record = new UnitMerge(s.decision(), s.on(), successor.id(), s.target() == null,
                s.units().stream().map(PartyUnit::id).collect(Collectors.toSet()),
                new ReorganisationRecord.Moved(membersMoved, unitsMoved, positionsMoved, meetingsMoved), s.note(),
                caller.get().username());
        em.persist(record);
        em.flush();
        audit.record(AuditAction.UNITS_MERGED, "UNIT", successor.id(), s.decision() + ": "
                + merged.stream().map(PartyUnit::name).collect(Collectors.joining(", ")) + " → " + successor.name()
                + " (" + membersMoved + " members, " + unitsMoved + " units, " + positionsMoved + " positions, "
                + meetingsMoved + " meetings)");
        return record;
    }

    /**
     * Positions held in the merged units end on the effective day; their holders take the same position in the
     * successor, except for the secretary and the deputy, of whom the successor keeps one each (the one chosen,
     * or the only one).
     */
    private int movePositions(Scope s, PartyUnit successor, MergePlan plan) {
        int moved = 0;
        for (PartyUnit u : s.units()) {
            boolean isSuccessor = u.id().equals(successor.id());
            for (Position p : s.positions().get(u.id())) {
                boolean single = p.role().single();
                Long keep = !single ? null : keeper(s, p.role(), plan);
                boolean stays = !single || keep == null || keep.equals(p.member().id());
                if (isSuccessor) {
                    if (!stays) {
                        p.endOn(s.on());
                    }
                    continue;
                }
                p.endOn(s.on());
                if (stays) {
                    em.persist(new Position(successor, p.member(), p.role(), s.on()));
                    moved++;
                }
            }
        }
        return moved;
    }

    /** Who keeps a single position: the holder chosen, or the only holder (null: nobody holds it). */
    private static Long keeper(Scope s, PositionRole role, MergePlan plan) {
        Set<Long> holders = holders(s, role);
        Long chosen = role == PositionRole.SECRETARY ? plan.keepSecretaryId() : plan.keepDeputyId();
        if (holders.size() <= 1) {
            return holders.isEmpty() ? null : holders.iterator().next();
        }
        return chosen;
    }

    private static Set<Long> holders(Scope s, PositionRole role) {
        return s.positions().values().stream().flatMap(List::stream).filter(p -> p.role() == role)
                .map(p -> p.member().id()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private Scope scope(MergePlan plan) {
        List<InvalidField> problems = new ArrayList<>();
        List<Long> ids = plan.unitIds() == null ? List.of() : plan.unitIds();
        Set<Long> all = new LinkedHashSet<>(ids);
        if (plan.targetId() != null) {
            all.add(plan.targetId());
        }
        if (all.size() < 2 || ids.size() > MAX_UNITS || ids.contains(null)) {
            problems.add(new InvalidField("unitIds", "merge.unitCount", MAX_UNITS));
        }
        if (plan.targetId() == null && (plan.newName() == null || plan.newName().isBlank())) {
            problems.add(new InvalidField("newName", "merge.successorRequired"));
        }
        LocalDate on = plan.effectiveOn();
        Reorganisation.checkDate(on, problems);
        String decision = PlainText.line("decisionNumber", plan.decisionNumber(), MAX_DECISION, true, problems);
        String note = PlainText.line("note", plan.note(), MAX_NOTE, false, problems);
        Reorganisation.fail(problems);

        List<PartyUnit> units = new ArrayList<>();
        for (Long id : all) {
            PartyUnit u = em.find(PartyUnit.class, id);
            if (u == null) {
                throw new UnitNotFound(id);
            }
            units.add(u);
        }
        UnitKind kind = units.get(0).kind();
        for (PartyUnit u : units) {
            if (u.kind() == UnitKind.WARD || u.kind() != kind) {
                problems.add(new InvalidField("unitIds", "merge.sameKind", u.name()));
            } else if (u.dissolved()) {
                problems.add(new InvalidField("unitIds", "merge.dissolved", u.name()));
            } else if (u.establishedOn() != null && on.isBefore(u.establishedOn())) {
                problems.add(new InvalidField("effectiveOn", "merge.beforeEstablished", u.name()));
            }
        }
        PartyUnit target = plan.targetId() == null ? null : em.find(PartyUnit.class, plan.targetId());
        PartyUnit parent = null;
        if (target == null) {
            parent = plan.parentId() != null ? em.find(PartyUnit.class, plan.parentId())
                    : units.get(0).parent().orElse(null);
            if (parent == null || parent.dissolved() || !parent.kind().mayContain(kind)) {
                problems.add(new InvalidField("parentId", "merge.parent"));
            }
            for (PartyUnit u : units) {
                // A committee cannot be merged into a new committee under itself.
                for (PartyUnit p = parent; p != null; p = p.parent().orElse(null)) {
                    if (p.id().equals(u.id())) {
                        problems.add(new InvalidField("parentId", "merge.parent"));
                    }
                }
            }
        }
        String newName = target == null ? PlainText.line("newName", plan.newName(), PartyUnit.MAX_NAME, true, problems)
                : null;
        Reorganisation.fail(problems);

        Map<Long, List<Member>> members = new LinkedHashMap<>();
        Map<Long, List<PartyUnit>> children = new LinkedHashMap<>();
        Map<Long, List<Position>> positions = new LinkedHashMap<>();
        Map<Long, Integer> planned = new LinkedHashMap<>();
        for (PartyUnit u : units) {
            members.put(u.id(), kind != UnitKind.CELL ? List.of() : Reorganisation.activeMembers(em, u.id()));
            children.put(u.id(), Reorganisation.activeChildren(em, u.id()));
            positions.put(u.id(), Reorganisation.currentPositions(em, u.id()));
            planned.put(u.id(), kind == UnitKind.CELL ? meetings.plannedFrom(List.of(u.id()), on).size() : 0);
        }
        Scope draft = new Scope(units, target, newName, parent, on, decision, note, members, children, positions,
                planned, List.of());
        return new Scope(units, target, newName, parent, on, decision, note, members, children, positions, planned,
                conflicts(draft, plan));
    }

    private List<Conflict> conflicts(Scope s, MergePlan plan) {
        List<Conflict> out = new ArrayList<>();
        for (PositionRole role : List.of(PositionRole.SECRETARY, PositionRole.DEPUTY_SECRETARY)) {
            Set<Long> holders = holders(s, role);
            Long chosen = role == PositionRole.SECRETARY ? plan.keepSecretaryId() : plan.keepDeputyId();
            if (holders.size() > 1 && (chosen == null || !holders.contains(chosen))) {
                String code = role == PositionRole.SECRETARY ? "merge.twoSecretaries" : "merge.twoDeputies";
                List<String> who = s.positions().values().stream().flatMap(List::stream)
                        .filter(p -> p.role() == role)
                        .map(p -> p.member().fullName() + " (" + p.unit().name() + ")").toList();
                out.add(new Conflict(code, holders.size(), who));
            }
        }
        Map<Long, String> moving = new LinkedHashMap<>();
        for (PartyUnit u : s.units()) {
            if (s.target() == null || !u.id().equals(s.target().id())) {
                s.members().get(u.id()).forEach(m -> moving.put(m.id(), m.fullName()));
            }
        }
        out.addAll(Reorganisation.transferConflicts(em, moving, s.on()));
        return out;
    }
}
