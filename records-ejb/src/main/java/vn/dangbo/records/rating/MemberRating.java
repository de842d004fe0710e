package vn.dangbo.records.rating;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.dangbo.records.shared.Conflict;

/** A member's rating for a year: proposed by the cell, then approved (final) or returned by the committee. */
@Entity
@Table(name = "member_rating")
public class MemberRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "member_id", nullable = false)
    private long memberId;
    @Column(name = "cell_id", nullable = false)
    private long cellId;
    @Column(name = "rating_year", nullable = false)
    private int year;
    @Column(nullable = false)
    private int score;
    @Column(name = "conditions_met", nullable = false)
    private boolean conditionsMet;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Grade grade;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RatingState state;
    private String note;
    @Column(name = "proposed_by", nullable = false)
    private String proposedBy;
    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "return_reason")
    private String returnReason;
    @Version
    private long version;

    protected MemberRating() {
    }

    MemberRating(long memberId, long cellId, int year) {
        this.memberId = memberId;
        this.cellId = cellId;
        this.year = year;
    }

    /** The cell's proposal, first or again after a return; an approved rating is final. */
    void propose(int score, boolean conditionsMet, Grade grade, String note, String by) {
        if (state == RatingState.APPROVED) {
            throw new Conflict("rating.final");
        }
        this.score = score;
        this.conditionsMet = conditionsMet;
        this.grade = grade;
        this.note = note;
        this.state = RatingState.PROPOSED;
        this.proposedBy = by;
        this.proposedAt = Instant.now();
        this.decidedBy = null;
        this.decidedAt = null;
        this.returnReason = null;
    }

    void approve(String by) {
        requireProposed();
        this.state = RatingState.APPROVED;
        this.decidedBy = by;
        this.decidedAt = Instant.now();
    }

    void giveBack(String by, String reason) {
        requireProposed();
        this.state = RatingState.RETURNED;
        this.decidedBy = by;
        this.decidedAt = Instant.now();
        this.returnReason = reason;
    }

    private void requireProposed() {
        if (state == RatingState.APPROVED) {
            throw new Conflict("rating.final");
        }
        if (state != RatingState.PROPOSED) {
            throw new Conflict("rating.notProposed");
        }
    }

    public Long id() { return id; }
    public long memberId() { return memberId; }
    public long cellId() { return cellId; }
    public int year() { return year; }
    public int score() { return score; }
    public boolean conditionsMet() { return conditionsMet; }
    public Grade grade() { return grade; }
    public RatingState state() { return state; }
    public String note() { return note; }
    public String proposedBy() { return proposedBy; }
    public Instant proposedAt() { return proposedAt; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String returnReason() { return returnReason; }
    public long version() { return version; }
}
