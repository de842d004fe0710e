package vn.dangbo.records.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A named setting of the ward's meetings (the quorum, the QR signing secret when not configured). */
@Entity
@Table(name = "meeting_setting")
public class MeetingSetting {

    @Id
    private String name;
    private String value;
    @Column(name = "changed_by")
    private String changedBy;
    @Column(name = "changed_at")
    private Instant changedAt;

    protected MeetingSetting() {
    }

    MeetingSetting(String name, String value, String by) {
        this.name = name;
        change(value, by);
    }

    void change(String newValue, String by) {
        this.value = newValue;
        this.changedBy = by;
        this.changedAt = Instant.now();
    }

    public String name() { return name; }
    public String value() { return value; }
    public String changedBy() { return changedBy; }
    public Instant changedAt() { return changedAt; }
}
