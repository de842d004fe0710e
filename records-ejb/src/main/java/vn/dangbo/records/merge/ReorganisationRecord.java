package vn.dangbo.records.merge;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** What every merge and split applied records: the decision, its date, what moved, and who applied it when. */
@MappedSuperclass
public abstract class ReorganisationRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "decision_number")
    private String decisionNumber;
    @Column(name = "effective_on")
    private LocalDate effectiveOn;
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

    protected ReorganisationRecord() {
    }

    /** How much a reorganisation moved. */
    public record Moved(int members, int units, int positions, int meetings) {
    }

    protected ReorganisationRecord(String decisionNumber, LocalDate effectiveOn, Moved moved, String note,
                                   String appliedBy) {
        this.decisionNumber = decisionNumber;
        this.effectiveOn = effectiveOn;
        this.membersMoved = moved.members();
        this.unitsMoved = moved.units();
        this.positionsMoved = moved.positions();
        this.meetingsMoved = moved.meetings();
        this.note = note;
        this.appliedBy = appliedBy;
        this.appliedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    public Long id() { return id; }
    public String decisionNumber() { return decisionNumber; }
    public LocalDate effectiveOn() { return effectiveOn; }
    public int membersMoved() { return membersMoved; }
    public int unitsMoved() { return unitsMoved; }
    public int positionsMoved() { return positionsMoved; }
    public int meetingsMoved() { return meetingsMoved; }
    public String note() { return note; }
    public String appliedBy() { return appliedBy; }
    public Instant appliedAt() { return appliedAt; }
}
