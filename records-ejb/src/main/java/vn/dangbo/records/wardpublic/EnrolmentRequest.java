package vn.dangbo.records.wardpublic;

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
import java.time.temporal.ChronoUnit;
import vn.dangbo.records.shared.Conflict;

/** A resident asking, from the public page, to join a class; held until the class's unit decides. */
@Entity
@Table(name = "enrolment_request")
public class EnrolmentRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "class_id")
    private long classId;
    @Column(name = "full_name")
    private String fullName;
    private String phone;
    private String neighbourhood;
    @Enumerated(EnumType.STRING)
    private EnrolmentState state;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "reject_reason")
    private String rejectReason;
    @Column(name = "learner_id")
    private Long learnerId;
    @Version
    private long version;

    protected EnrolmentRequest() {
    }

    EnrolmentRequest(long classId, String fullName, String phone, String neighbourhood) {
        this.classId = classId;
        this.fullName = fullName;
        this.phone = phone;
        this.neighbourhood = neighbourhood;
        this.state = EnrolmentState.PENDING;
        this.receivedAt = now();
    }

    void accept(long learnerId, String by) {
        requirePending();
        this.state = EnrolmentState.ACCEPTED;
        this.learnerId = learnerId;
        this.decidedBy = by;
        this.decidedAt = now();
    }

    void reject(String reason, String by) {
        requirePending();
        this.state = EnrolmentState.REJECTED;
        this.rejectReason = reason;
        this.decidedBy = by;
        this.decidedAt = now();
    }

    private void requirePending() {
        if (state != EnrolmentState.PENDING) {
            throw new Conflict("wardPublic.alreadyDecided");
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    public Long id() { return id; }
    public long classId() { return classId; }
    public String fullName() { return fullName; }
    public String phone() { return phone; }
    public String neighbourhood() { return neighbourhood; }
    public EnrolmentState state() { return state; }
    public Instant receivedAt() { return receivedAt; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String rejectReason() { return rejectReason; }
    public Long learnerId() { return learnerId; }
}
