package vn.dangbo.records.resolution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One field of a task changed by an officer: old and new value as shown, who and when. */
@Entity
@Table(name = "resolution_task_change")
public class TaskChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "task_id")
    private long taskId;
    private String field;
    @Column(name = "old_value")
    private String oldValue;
    @Column(name = "new_value")
    private String newValue;
    @Column(name = "changed_by")
    private String changedBy;
    @Column(name = "changed_at")
    private Instant changedAt;

    protected TaskChange() {
    }

    TaskChange(long taskId, String field, String oldValue, String newValue, String changedBy) {
        this.taskId = taskId;
        this.field = field;
        this.oldValue = cut(oldValue);
        this.newValue = cut(newValue);
        this.changedBy = changedBy;
        this.changedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String cut(String s) {
        return s == null || s.length() <= 600 ? s : s.substring(0, 600);
    }

    public Long id() { return id; }
    public long taskId() { return taskId; }
    public String field() { return field; }
    public String oldValue() { return oldValue; }
    public String newValue() { return newValue; }
    public String changedBy() { return changedBy; }
    public Instant changedAt() { return changedAt; }
}
