package vn.dangbo.records.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One decision in a member's life in the Party. Never changed or deleted once recorded. */
@Entity
@Table(name = "member_event")
public class MemberEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "member_id", nullable = false)
    private Long memberId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventKind kind;
    @Column(name = "event_date", nullable = false)
    private LocalDate date;
    @Column(name = "decision_number")
    private String decisionNumber;
    private String reason;
    @Enumerated(EnumType.STRING)
    @Column(name = "status_before", nullable = false)
    private MemberStatus statusBefore;
    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", nullable = false)
    private MemberStatus statusAfter;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    /** For a re-admission, the admission date it replaced: party age still counts the earlier membership. */
    @Column(name = "previous_admission_date")
    private LocalDate previousAdmissionDate;

    protected MemberEvent() {
    }

    MemberEvent(Long memberId, EventKind kind, LocalDate date, String decisionNumber, String reason,
                MemberStatus before, String recordedBy) {
        this.memberId = memberId;
        this.kind = kind;
        this.date = date;
        this.decisionNumber = decisionNumber;
        this.reason = reason;
        this.statusBefore = before;
        this.statusAfter = kind.leadsTo();
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }

    void previousAdmission(LocalDate date) {
        this.previousAdmissionDate = date;
    }

    public Long id() { return id; }
    public Long memberId() { return memberId; }
    public EventKind kind() { return kind; }
    public LocalDate date() { return date; }
    public String decisionNumber() { return decisionNumber; }
    public String reason() { return reason; }
    public MemberStatus statusBefore() { return statusBefore; }
    public MemberStatus statusAfter() { return statusAfter; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
    public LocalDate previousAdmissionDate() { return previousAdmissionDate; }
}
