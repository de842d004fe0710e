package vn.dangbo.records.skills;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Whether a learner was at a session, as the organiser marked it. */
@Entity
@Table(name = "skills_attendance")
public class SkillsAttendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "session_id", nullable = false)
    private long sessionId;
    @Column(name = "learner_id", nullable = false)
    private long learnerId;
    private boolean present;
    @Column(name = "marked_by")
    private String markedBy;
    @Column(name = "marked_at")
    private Instant markedAt;

    protected SkillsAttendance() {
    }

    SkillsAttendance(long sessionId, long learnerId, boolean present, String by) {
        this.sessionId = sessionId;
        this.learnerId = learnerId;
        mark(present, by);
    }

    void mark(boolean present, String by) {
        this.present = present;
        this.markedBy = by;
        this.markedAt = Instant.now();
    }

    public long sessionId() { return sessionId; }
    public long learnerId() { return learnerId; }
    public boolean present() { return present; }
}
