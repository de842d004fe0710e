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
import java.time.LocalDate;
import vn.dangbo.records.member.Member;

/** A member holding a position in a unit for a period; the current ones decide a secretary's scope. */
@Entity
@Table(name = "unit_position")
public class Position {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private PartyUnit unit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PositionRole role;

    @Column(name = "start_date", nullable = false)
    private LocalDate from;

    @Column(name = "end_date")
    private LocalDate to;

    protected Position() {
    }

    public Position(PartyUnit unit, Member member, PositionRole role, LocalDate from) {
        if (unit.dissolved()) {
            throw new UnitRuleViolation("unit.dissolved");
        }
        if (!member.status().active()) {
            throw new UnitRuleViolation("position.memberNotActive");
        }
        this.unit = unit;
        this.member = member;
        this.role = role;
        this.from = from;
    }

    public boolean currentOn(LocalDate day) {
        return !from.isAfter(day) && (to == null || to.isAfter(day));
    }

    /** The holder's term ends the day a successor takes over. */
    public void endOn(LocalDate day) {
        if (day.isBefore(from)) {
            throw new UnitRuleViolation("position.endsBeforeStart");
        }
        this.to = day;
    }

    public Long id() {
        return id;
    }

    public PartyUnit unit() {
        return unit;
    }

    public Member member() {
        return member;
    }

    public PositionRole role() {
        return role;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }
}
