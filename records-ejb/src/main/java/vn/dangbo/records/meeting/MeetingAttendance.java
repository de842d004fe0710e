package vn.dangbo.records.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's attendance at one meeting, as the secretary marked it or the member checked in. */
@Entity
@Table(name = "meeting_attendance")
public class MeetingAttendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "meeting_id", nullable = false)
    private long meetingId;
    @Column(name = "member_id", nullable = false)
    private long memberId;
    @Enumerated(EnumType.STRING)
    private AttendanceStatus status;
    private String reason;
    @Column(name = "self_check_in")
    private boolean selfCheckIn;
    @Column(name = "marked_by")
    private String markedBy;
    @Column(name = "marked_at")
    private Instant markedAt;

    protected MeetingAttendance() {
    }

    MeetingAttendance(long meetingId, long memberId, AttendanceStatus status, String reason, boolean selfCheckIn,
                      String by) {
        this.meetingId = meetingId;
        this.memberId = memberId;
        mark(status, reason, selfCheckIn, by);
    }

    void mark(AttendanceStatus status, String reason, boolean selfCheckIn, String by) {
        this.status = status;
        this.reason = status == AttendanceStatus.PRESENT ? null : reason;
        this.selfCheckIn = selfCheckIn;
        this.markedBy = by;
        this.markedAt = Instant.now();
    }

    public Long id() { return id; }
    public long meetingId() { return meetingId; }
    public long memberId() { return memberId; }
    public AttendanceStatus status() { return status; }
    public String reason() { return reason; }
    public boolean selfCheckIn() { return selfCheckIn; }
    public String markedBy() { return markedBy; }
    public Instant markedAt() { return markedAt; }
}
