package vn.dangbo.records.organization;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.member.Member;
import vn.dangbo.records.member.MemberNotFound;
import vn.dangbo.records.member.MemberStatus;
import vn.dangbo.records.security.Caller;
import vn.dangbo.records.security.CurrentCaller;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;

/** The organisation tree and its leadership positions: read by everyone signed in, changed by officers. */
@Stateless
public class OrganizationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    /** Every unit with its count of active members and its successors; the tree's shape is not confidential. */
    public List<UnitWithCount> units() {
        caller.get();
        Map<Long, Long> counts = em.createQuery("""
                        select m.cell.id, count(m) from Member m where m.status in :active group by m.cell.id""",
                        Object[].class)
                .setParameter("active", MemberStatus.ACTIVE)
                .getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        Map<Long, List<Long>> parts = splitParts(null);
        return em.createQuery("select u from PartyUnit u left join fetch u.parent order by u.id", PartyUnit.class)
                .getResultList().stream()
                .map(u -> new UnitWithCount(u, counts.getOrDefault(u.id(), 0L), successors(u, parts)))
                .toList();
    }

    /** One unit with its count of active members. */
    public UnitWithCount unit(long id) {
        caller.get();
        return withCount(find(id));
    }

    private UnitWithCount withCount(PartyUnit unit) {
        long active = em.createQuery(
                        "select count(m) from Member m where m.cell = :u and m.status in :active", Long.class)
                .setParameter("u", unit).setParameter("active", MemberStatus.ACTIVE).getSingleResult();
        return new UnitWithCount(unit, active, successors(unit, unit.dissolved() ? splitParts(unit.id()) : Map.of()));
    }

    /** A merged unit's successor is the unit it merged into; a split unit's are its parts. */
    private static List<Long> successors(PartyUnit u, Map<Long, List<Long>> splitParts) {
        return u.successor().map(s -> List.of(s.id())).orElseGet(() -> splitParts.getOrDefault(u.id(), List.of()));
    }

    /** The parts of every split unit (or of one), read from the splits' records. */
    private Map<Long, List<Long>> splitParts(Long unitId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select s.unit_id, p.unit_id from unit_split s join unit_split_part p on p.split_id = s.id
                         where ? is null or s.unit_id = ? order by p.unit_id""")
                .setParameter(1, unitId).setParameter(2, unitId).getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> ((Number) r[0]).longValue(),
                Collectors.mapping(r -> ((Number) r[1]).longValue(), Collectors.toList())));
    }

    public PartyUnit create(UnitKind kind, String name, Long parentId, LocalDate establishedOn) {
        caller.get().requireWholeWard();
        if (kind == null) {
            throw new InvalidInput(List.of(new InvalidField("kind", "field.required")));
        }
        PartyUnit parent = null;
        if (kind == UnitKind.WARD) {
            if (parentId != null || wardExists()) {
                throw new UnitRuleViolation("unit.oneWard");
            }
        } else {
            if (parentId == null) {
                throw new UnitRuleViolation("unit.kindNotAllowedUnder");
            }
            parent = find(parentId);
        }
        PartyUnit unit = new PartyUnit(kind, name, parent, establishedOn);
        em.persist(unit);
        em.flush();
        audit.record(AuditAction.UNIT_CREATED, "UNIT", unit.id(), kind + " " + unit.name());
        return unit;
    }

    /** Renames a unit, moves it under another parent, or both, in one audited step. */
    public UnitWithCount change(long id, String newName, Long newParentId) {
        caller.get().requireWholeWard();
        PartyUnit unit = find(id);
        if (newName != null && !newName.equals(unit.name())) {
            String old = unit.name();
            unit.rename(newName);
            audit.record(AuditAction.UNIT_RENAMED, "UNIT", id, old + " → " + unit.name());
        }
        Long currentParent = unit.parent().map(PartyUnit::id).orElse(null);
        if (newParentId != null && !newParentId.equals(currentParent)) {
            String old = unit.parent().map(PartyUnit::name).orElse("-");
            PartyUnit newParent = find(newParentId);
            unit.moveUnder(newParent);
            audit.record(AuditAction.UNIT_MOVED, "UNIT", id, old + " → " + newParent.name());
        }
        return withCount(unit);
    }

    /** A unit is dissolved only when nothing active is left in it: its members and sub-units go first. */
    public UnitWithCount dissolve(long id, LocalDate on, String reason) {
        caller.get().requireWholeWard();
        PartyUnit unit = find(id);
        if (unit.kind() == UnitKind.WARD) {
            throw new UnitRuleViolation("unit.wardCannotBeDissolved");
        }
        long activeMembers = em.createQuery(
                        "select count(m) from Member m where m.cell = :u and m.status in :active", Long.class)
                .setParameter("u", unit).setParameter("active", MemberStatus.ACTIVE).getSingleResult();
        long activeChildren = em.createQuery(
                        "select count(c) from PartyUnit c where c.parent = :u and c.dissolvedOn is null", Long.class)
                .setParameter("u", unit).getSingleResult();
        if (activeMembers > 0 || activeChildren > 0) {
            throw new UnitRuleViolation("unit.notEmpty", activeMembers, activeChildren);
        }
        unit.dissolve(on, reason);
        em.createQuery("select p from Position p where p.unit = :u and p.to is null", Position.class)
                .setParameter("u", unit).getResultList()
                .forEach(p -> p.endOn(on.isBefore(p.from()) ? p.from() : on));
        audit.record(AuditAction.UNIT_DISSOLVED, "UNIT", id, on + " " + (reason == null ? "" : reason));
        return new UnitWithCount(unit, 0, List.of());
    }

    public List<Position> positions(long unitId) {
        caller.get();
        PartyUnit unit = find(unitId);
        return em.createQuery("""
                        select p from Position p join fetch p.member where p.unit = :u
                        order by p.from desc, p.role""", Position.class)
                .setParameter("u", unit).getResultList();
    }

    /**
     * Appoints a secretary or deputy; whoever held that position in the unit until then leaves it
     * on the same day, so a unit never has two current secretaries.
     */
    public Position appoint(long unitId, Long memberId, PositionRole role, LocalDate from) {
        if (memberId == null) {
            throw new InvalidInput(List.of(new InvalidField("memberId", "field.required")));
        }
        Caller who = caller.get();
        who.requireWholeWard();
        List<InvalidField> missing = new java.util.ArrayList<>();
        if (role == null) {
            missing.add(new InvalidField("role", "field.required"));
        }
        if (from == null) {
            missing.add(new InvalidField("from", "field.required"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing);
        }
        PartyUnit unit = find(unitId);
        Member member = Optional.ofNullable(em.find(Member.class, memberId))
                .orElseThrow(() -> new MemberNotFound(memberId));
        if (role.single()) {
            em.createQuery("select p from Position p where p.unit = :u and p.role = :r and p.to is null", Position.class)
                    .setParameter("u", unit).setParameter("r", role).getResultList()
                    .forEach(p -> p.endOn(from));
        }
        Position position = new Position(unit, member, role, from);
        em.persist(position);
        em.flush();
        audit.record(AuditAction.POSITION_ASSIGNED, "UNIT", unitId, role + " " + member.fullName() + " từ " + from);
        return position;
    }

    /** Ends a term early (resignation, transfer, discipline); the position stays in the unit's history. */
    public Position endTerm(long unitId, long positionId, LocalDate on) {
        caller.get().requireWholeWard();
        if (on == null) {
            throw new InvalidInput(List.of(new InvalidField("date", "field.required")));
        }
        Position p = em.find(Position.class, positionId);
        if (p == null || !p.unit().id().equals(unitId)) {
            throw new PositionNotFound(positionId);
        }
        if (p.to() != null) {
            throw new UnitRuleViolation("position.alreadyEnded");
        }
        p.endOn(on);
        audit.record(AuditAction.POSITION_ENDED, "UNIT", unitId, p.role() + " " + p.member().fullName() + " đến " + on);
        return p;
    }

    private boolean wardExists() {
        return em.createQuery("select count(u) from PartyUnit u where u.kind = :k", Long.class)
                .setParameter("k", UnitKind.WARD).getSingleResult() > 0;
    }

    PartyUnit find(long id) {
        return Optional.ofNullable(em.find(PartyUnit.class, id)).orElseThrow(() -> new UnitNotFound(id));
    }

    /** successorIds: the unit a dissolved unit merged into, or the units it was split into. */
    public record UnitWithCount(PartyUnit unit, long activeMembers, List<Long> successorIds) {
    }
}
