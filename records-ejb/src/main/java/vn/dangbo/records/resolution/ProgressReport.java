package vn.dangbo.records.resolution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A progress report on a task; never changed once written, a later report supersedes it. */
@Entity
@Table(name = "resolution_task_report")
public class ProgressReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "task_id")
    private long taskId;
    @Column(name = "reported_by")
    private String reportedBy;
    @Column(name = "reporter_name")
    private String reporterName;
    @Column(name = "reported_at")
    private Instant reportedAt;
    @Column(name = "reached_value")
    private BigDecimal reachedValue;
    private int percent;
    private boolean done;
    private String note;

    protected ProgressReport() {
    }

    ProgressReport(long taskId, String reportedBy, String reporterName, BigDecimal reachedValue, int percent,
                   boolean done, String note) {
        this.taskId = taskId;
        this.reportedBy = reportedBy;
        this.reporterName = reporterName;
        this.reportedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        this.reachedValue = reachedValue;
        this.percent = percent;
        this.done = done;
        this.note = note;
    }

    public Long id() { return id; }
    public long taskId() { return taskId; }
    public String reportedBy() { return reportedBy; }
    public String reporterName() { return reporterName; }
    public Instant reportedAt() { return reportedAt; }
    public BigDecimal reachedValue() { return reachedValue; }
    public int percent() { return percent; }
    public boolean done() { return done; }
    public String note() { return note; }
}
