package vn.dangbo.records.resolution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.dangbo.records.security.Caller;

/**
 * A task of a resolution: who answers for it (a unit, a member or both), from when to when, what is measured and
 * the target. Its progress is the latest report's; it is done once a report completed it with evidence.
 */
@Entity
@Table(name = "resolution_task")
public class ResolutionTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "resolution_id")
    private long resolutionId;
    private String title;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "member_id")
    private Long memberId;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    private LocalDate deadline;
    private String indicator;
    @Column(name = "target_value")
    private BigDecimal targetValue;
    @Column(name = "target_unit")
    private String targetUnit;
    @Column(name = "progress_percent")
    private int progressPercent;
    @Column(name = "last_value")
    private BigDecimal lastValue;
    @Column(name = "last_report_at")
    private Instant lastReportAt;
    @Column(name = "done_at")
    private Instant doneAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected ResolutionTask() {
    }

    ResolutionTask(long resolutionId, TaskDetails d, String createdBy) {
        this.resolutionId = resolutionId;
        apply(d);
        this.createdBy = createdBy;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    void apply(TaskDetails d) {
        this.title = d.title();
        this.unitId = d.unitId();
        this.memberId = d.memberId();
        this.startsOn = d.startsOn();
        this.deadline = d.deadline();
        this.indicator = d.indicator();
        this.targetValue = d.targetValue();
        this.targetUnit = d.targetUnit();
    }

    TaskDetails details() {
        return new TaskDetails(title, unitId, memberId, startsOn, deadline, indicator, targetValue, targetUnit);
    }

    void reported(ProgressReport r) {
        this.progressPercent = r.percent();
        this.lastValue = r.reachedValue();
        this.lastReportAt = r.reportedAt();
        if (r.done()) {
            this.doneAt = r.reportedAt();
        }
    }

    /** Officers; the secretaries of the responsible unit (or a unit above it); the responsible member. */
    public boolean visibleTo(Caller who) {
        return who.wholeWard() || unitId != null && who.manages(unitId) || memberId != null && who.isMember(memberId);
    }

    public TaskSchedule schedule() {
        return new TaskSchedule(startsOn, deadline, progressPercent, doneAt != null);
    }

    public TaskStatus status(LocalDate today) {
        return schedule().status(today);
    }

    public Long id() { return id; }
    public long resolutionId() { return resolutionId; }
    public String title() { return title; }
    public Long unitId() { return unitId; }
    public Long memberId() { return memberId; }
    public LocalDate startsOn() { return startsOn; }
    public LocalDate deadline() { return deadline; }
    public String indicator() { return indicator; }
    public BigDecimal targetValue() { return targetValue; }
    public String targetUnit() { return targetUnit; }
    public int progressPercent() { return progressPercent; }
    public BigDecimal lastValue() { return lastValue; }
    public Instant lastReportAt() { return lastReportAt; }
    public Instant doneAt() { return doneAt; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }
}
