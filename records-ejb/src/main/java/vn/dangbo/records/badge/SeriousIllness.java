package vn.dangbo.records.badge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An officer's record that a member is seriously ill, with the advance (12 or 24 months) the committee
 * allows for their Party badge. Never changed: a new record replaces the previous one for later lists.
 */
@Entity
@Table(name = "serious_illness")
public class SeriousIllness {

    /** DOMAIN.md: up to 12 or 24 months early; nothing in between, nothing more. */
    public static final java.util.Set<Integer> ADVANCES = java.util.Set.of(12, 24);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "member_id", nullable = false)
    private Long memberId;
    @Column(name = "since_date", nullable = false)
    private LocalDate since;
    @Column(name = "advance_months", nullable = false)
    private int advanceMonths;
    private String note;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected SeriousIllness() {
    }

    SeriousIllness(Long memberId, LocalDate since, int advanceMonths, String note, String recordedBy) {
        this.memberId = memberId;
        this.since = since;
        this.advanceMonths = advanceMonths;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    BadgeRule.EarlyGrounds grounds() {
        return new BadgeRule.EarlyGrounds(since, advanceMonths);
    }

    public Long id() { return id; }
    public Long memberId() { return memberId; }
    public LocalDate since() { return since; }
    public int advanceMonths() { return advanceMonths; }
    public String note() { return note; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
