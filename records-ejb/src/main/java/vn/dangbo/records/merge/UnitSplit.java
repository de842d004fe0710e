package vn.dangbo.records.merge;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;

/** The record of a split applied: which unit, into which new units, by which decision, and what moved. */
@Entity
@Table(name = "unit_split")
public class UnitSplit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "decision_number")
    private String decisionNumber;
    @Column(name = "effective_on")
    private LocalDate effectiveOn;
    @Column(name = "unit_id")
    private long unitId;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "unit_split_part", joinColumns = @JoinColumn(name = "split_id"))
    @Column(name = "unit_id")
    private Set<Long> partIds = new HashSet<>();
    @Column(name = "members_moved")
    private int membersMoved;
    @Column(name = "units_moved")
    private int unitsMoved;
    @Column(name = "positions_moved")
    private int positionsMoved;
    @Column(name = "meetings_moved")
    private int meetingsMoved;
    private String note;
    @Column(name = "applied_by")
    private String appliedBy;
    @Column(name = "applied_at")
    private Instant appliedAt;

    protected UnitSplit() {
    }

    UnitSplit(String decisionNumber, LocalDate effectiveOn, long unitId, Set<Long> partIds, int membersMoved,
              int unitsMoved, int positionsMoved, int meetingsMoved, String note, String appliedBy) {
        this.decisionNumber = decisionNumber;
        this.effectiveOn = effectiveOn;
        this.unitId = unitId;
        this.partIds = new HashSet<>(partIds);
        this.membersMoved = membersMoved;
        this.unitsMoved = unitsMoved;
        this.positionsMoved = positionsMoved;
        this.meetingsMoved = meetingsMoved;
        this.note = note;
        this.appliedBy = appliedBy;
        this.appliedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    public Long id() { return id; }
    public String decisionNumber() { return decisionNumber; }
    public LocalDate effectiveOn() { return effectiveOn; }
    public long unitId() { return unitId; }
    public Set<Long> partIds() { return Set.copyOf(partIds); }
    public int membersMoved() { return membersMoved; }
    public int unitsMoved() { return unitsMoved; }
    public int positionsMoved() { return positionsMoved; }
    public int meetingsMoved() { return meetingsMoved; }
    public String note() { return note; }
    public String appliedBy() { return appliedBy; }
    public Instant appliedAt() { return appliedAt; }
}
