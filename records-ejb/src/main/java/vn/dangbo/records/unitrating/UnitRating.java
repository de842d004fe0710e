package vn.dangbo.records.unitrating;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import vn.dangbo.records.rating.Grade;
import vn.dangbo.records.shared.Conflict;

/**
 * A party organisation's rating for a year: its self-assessment (points per criterion, the grade it proposes),
 * then the committee's decision (final) or a return with the reason, after which it proposes again.
 */
@Entity
@Table(name = "unit_rating")
public class UnitRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "unit_id")
    private long unitId;
    @Column(name = "rating_year")
    private int year;
    @Enumerated(EnumType.STRING)
    private UnitRatingState state;
    @Column(name = "total_score")
    private int totalScore;
    @Column(name = "max_score")
    private int maxScore;
    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_grade")
    private Grade proposedGrade;
    private String note;
    @Column(name = "proposed_by")
    private String proposedBy;
    @Column(name = "proposed_at")
    private Instant proposedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "decided_grade")
    private Grade decidedGrade;
    @Column(name = "decision_note")
    private String decisionNote;
    @Column(name = "return_reason")
    private String returnReason;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "unit_rating_score", joinColumns = @JoinColumn(name = "rating_id"))
    @MapKeyColumn(name = "criterion_id")
    @Column(name = "points")
    private Map<Long, Integer> scores = new HashMap<>();
    @Version
    private long version;

    protected UnitRating() {
    }

    UnitRating(long unitId, int year) {
        this.unitId = unitId;
        this.year = year;
    }

    void propose(Map<Long, Integer> points, int max, Grade grade, String note, String by) {
        if (state == UnitRatingState.DECIDED) {
            throw new Conflict("unitRating.final");
        }
        this.scores.clear();
        this.scores.putAll(points);
        this.totalScore = points.values().stream().mapToInt(Integer::intValue).sum();
        this.maxScore = max;
        this.proposedGrade = grade;
        this.note = note;
        this.proposedBy = by;
        this.proposedAt = now();
        this.state = UnitRatingState.PROPOSED;
        this.decidedGrade = null;
        this.decisionNote = null;
        this.returnReason = null;
        this.decidedBy = null;
        this.decidedAt = null;
    }

    void decide(Grade grade, String note, String by) {
        requireProposed();
        this.state = UnitRatingState.DECIDED;
        this.decidedGrade = grade;
        this.decisionNote = note;
        this.decidedBy = by;
        this.decidedAt = now();
    }

    void giveBack(String reason, String by) {
        requireProposed();
        this.state = UnitRatingState.RETURNED;
        this.returnReason = reason;
        this.decidedBy = by;
        this.decidedAt = now();
    }

    private void requireProposed() {
        if (state == UnitRatingState.DECIDED) {
            throw new Conflict("unitRating.final");
        }
        if (state != UnitRatingState.PROPOSED) {
            throw new Conflict("unitRating.notProposed");
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The grade that counts: the committee's once decided, else the one proposed. */
    public Grade grade() {
        return decidedGrade != null ? decidedGrade : proposedGrade;
    }

    public Long id() { return id; }
    public long unitId() { return unitId; }
    public int year() { return year; }
    public UnitRatingState state() { return state; }
    public int totalScore() { return totalScore; }
    public int maxScore() { return maxScore; }
    public Grade proposedGrade() { return proposedGrade; }
    public String note() { return note; }
    public String proposedBy() { return proposedBy; }
    public Instant proposedAt() { return proposedAt; }
    public Grade decidedGrade() { return decidedGrade; }
    public String decisionNote() { return decisionNote; }
    public String returnReason() { return returnReason; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public Map<Long, Integer> scores() { return Map.copyOf(scores); }
    public long version() { return version; }
}
