package vn.dangbo.records.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Optional;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.VietnameseText;

/** A unit of the organisation tree: the ward committee, a sub-committee or a cell. Never deleted. */
@Entity
@Table(name = "party_unit")
public class PartyUnit {

    public static final int MAX_NAME = 200;
    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitKind kind;

    @Column(nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private PartyUnit parent;

    @Column(name = "established_on")
    private LocalDate establishedOn;

    @Column(name = "dissolved_on")
    private LocalDate dissolvedOn;

    @Column(name = "dissolution_reason")
    private String dissolutionReason;

    /** The unit this one was merged into, if it was. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    private PartyUnit successor;

    @Version
    private long version;

    protected PartyUnit() {
    }

    public PartyUnit(UnitKind kind, String name, PartyUnit parent, LocalDate establishedOn) {
        if (parent == null ? kind != UnitKind.WARD : !parent.kind.mayContain(kind)) {
            throw new UnitRuleViolation("unit.kindNotAllowedUnder");
        }
        if (parent != null && parent.dissolved()) {
            throw new UnitRuleViolation("unit.parentDissolved");
        }
        this.kind = kind;
        this.name = UnitName.of(name);
        this.parent = parent;
        this.establishedOn = establishedOn;
    }

    public void rename(String newName) {
        requireActive();
        this.name = UnitName.of(newName);
    }

    /** Moves this unit under another; refuses a move that would make the tree a loop. */
    public void moveUnder(PartyUnit newParent) {
        requireActive();
        if (kind == UnitKind.WARD || newParent == null || !newParent.kind.mayContain(kind)) {
            throw new UnitRuleViolation("unit.kindNotAllowedUnder");
        }
        if (newParent.dissolved()) {
            throw new UnitRuleViolation("unit.parentDissolved");
        }
        for (PartyUnit u = newParent; u != null; u = u.parent) {
            if (u.id.equals(this.id)) {
                throw new UnitRuleViolation("unit.moveIntoItself");
            }
        }
        this.parent = newParent;
    }

    /** Dissolution keeps the unit and its history; the caller checks it is empty first. */
    public void dissolve(LocalDate on, String reason) {
        requireActive();
        if (on == null) {
            throw new InvalidField("date", "field.required");
        }
        if (establishedOn != null && on.isBefore(establishedOn)) {
            throw new UnitRuleViolation("unit.dissolvedBeforeEstablished");
        }
        String why = VietnameseText.clean(reason);
        if (why != null && why.length() > MAX_REASON) {
            throw new InvalidField("reason", "field.tooLong", MAX_REASON);
        }
        if (VietnameseText.hasControlCharacters(why)) {
            throw new InvalidField("reason", "field.controlCharacters");
        }
        this.dissolvedOn = on;
        this.dissolutionReason = why == null || why.isEmpty() ? null : why;
    }

    /** Dissolved by a merge: the unit stays readable, pointing at the unit that carries on its work. */
    public void mergeInto(PartyUnit into, LocalDate on, String reason) {
        dissolve(on, reason);
        this.successor = into;
    }

    public Optional<PartyUnit> successor() {
        return Optional.ofNullable(successor);
    }

    private void requireActive() {
        if (dissolved()) {
            throw new UnitRuleViolation("unit.dissolved");
        }
    }

    public boolean dissolved() {
        return dissolvedOn != null;
    }

    public Long id() {
        return id;
    }

    public UnitKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public Optional<PartyUnit> parent() {
        return Optional.ofNullable(parent);
    }

    public LocalDate establishedOn() {
        return establishedOn;
    }

    public LocalDate dissolvedOn() {
        return dissolvedOn;
    }

    public String dissolutionReason() {
        return dissolutionReason;
    }

    public long version() {
        return version;
    }
}
