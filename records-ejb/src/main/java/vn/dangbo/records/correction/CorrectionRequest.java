package vn.dangbo.records.correction;

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

/**
 * A member's request to correct one field of their own dossier. The dossier itself is corrected through the
 * ordinary edit form (its history records the change); this request tracks the asking and the answer.
 */
@Entity
@Table(name = "correction_request")
public class CorrectionRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "member_id", nullable = false)
    private long memberId;
    private String field;
    @Column(name = "current_value")
    private String currentValue;
    @Column(name = "proposed_value")
    private String proposedValue;
    private String reason;
    @Enumerated(EnumType.STRING)
    private CorrectionState state;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "requested_at")
    private Instant requestedAt;
    @Column(name = "handled_by")
    private String handledBy;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    private String reply;
    @Version
    private long version;

    protected CorrectionRequest() {
    }

    CorrectionRequest(long memberId, String field, String currentValue, String proposedValue, String reason,
                      String by) {
        this.memberId = memberId;
        this.field = field;
        this.currentValue = currentValue == null || currentValue.length() <= 300 ? currentValue
                : currentValue.substring(0, 297) + "...";
        this.proposedValue = proposedValue;
        this.reason = reason;
        this.state = CorrectionState.OPEN;
        this.requestedBy = by;
        this.requestedAt = Instant.now();
    }

    /** Taking the request in hand; a second time changes nothing. Returns whether the state changed. */
    boolean start(String by) {
        requireOpen();
        if (state == CorrectionState.IN_PROGRESS) {
            return false;
        }
        state = CorrectionState.IN_PROGRESS;
        handledBy = by;
        startedAt = Instant.now();
        return true;
    }

    void finish(boolean done, String reply, String by) {
        requireOpen();
        state = done ? CorrectionState.DONE : CorrectionState.REJECTED;
        handledBy = by;
        closedAt = Instant.now();
        if (startedAt == null) {
            startedAt = closedAt;
        }
        this.reply = reply;
    }

    private void requireOpen() {
        if (state.closed()) {
            throw new Conflict("correction.closed");
        }
    }

    public Long id() { return id; }
    public long memberId() { return memberId; }
    public String field() { return field; }
    public String currentValue() { return currentValue; }
    public String proposedValue() { return proposedValue; }
    public String reason() { return reason; }
    public CorrectionState state() { return state; }
    public String requestedBy() { return requestedBy; }
    public Instant requestedAt() { return requestedAt; }
    public String handledBy() { return handledBy; }
    public Instant startedAt() { return startedAt; }
    public Instant closedAt() { return closedAt; }
    public String reply() { return reply; }
}
