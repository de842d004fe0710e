package vn.dangbo.api.resolution;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dangbo.records.resolution.ProgressReport;
import vn.dangbo.records.resolution.Resolution;
import vn.dangbo.records.resolution.ResolutionService;
import vn.dangbo.records.resolution.ResolutionTask;
import vn.dangbo.records.resolution.TaskChange;
import vn.dangbo.records.resolution.TaskCounts;
import vn.dangbo.records.resolution.EvidenceInfo;
import vn.dangbo.records.resolution.TaskLine;
import vn.dangbo.records.resolution.TaskService;

/** The answers of the resolution endpoints, each named for what it carries. */
public final class ResolutionViews {

    private ResolutionViews() {
    }

    /** How many tasks in each status, and each one's share of the total in percent (one decimal). */
    public record StatusCounts(int total, int done, int onTime, int atRisk, int overdue, double doneShare,
                               double onTimeShare, double atRiskShare, double overdueShare) {
        static StatusCounts of(TaskCounts c) {
            return new StatusCounts(c.total(), c.done(), c.onTime(), c.atRisk(), c.overdue(), c.share(c.done()),
                    c.share(c.onTime()), c.share(c.atRisk()), c.share(c.overdue()));
        }
    }

    public record ResolutionLine(long id, String kind, String code, String title, LocalDate issuedOn, String issuer,
                                 StatusCounts counts) {
        static ResolutionLine of(Resolution r, TaskCounts c) {
            return new ResolutionLine(r.id(), r.kind().name(), r.code(), r.title(), r.issuedOn(), r.issuer(),
                    StatusCounts.of(c));
        }
    }

    /** A line of the drill-down: the tasks a unit (or a member, when no unit) answers for. */
    public record UnitProgress(Long unitId, String name, StatusCounts counts) {
    }

    /**
     * A task with its status today: expectedPercent is the linear share of its time elapsed, daysLeft negative
     * once the deadline has passed; lastNote the latest report's text.
     */
    public record TaskSummary(long id, long resolutionId, String resolutionCode, String resolutionTitle, String title,
                              Long unitId, String unitName, Long memberId, String memberName, LocalDate startsOn,
                              LocalDate deadline, String indicator, BigDecimal targetValue, String targetUnit,
                              BigDecimal lastValue, int progressPercent, int expectedPercent, long daysLeft,
                              String status, Instant lastReportAt, String lastNote, Instant doneAt) {
        static TaskSummary of(TaskLine l) {
            ResolutionTask t = l.task();
            Resolution r = l.resolution();
            return new TaskSummary(t.id(), t.resolutionId(), r == null ? null : r.code(), r == null ? null : r.title(),
                    t.title(), t.unitId(), l.unitName(), t.memberId(), l.memberName(), t.startsOn(), t.deadline(),
                    t.indicator(), t.targetValue(), t.targetUnit(), t.lastValue(), t.progressPercent(),
                    l.expectedPercent(), l.daysLeft(), l.status().name(), t.lastReportAt(), l.lastNote(), t.doneAt());
        }
    }

    /** A resolution's dashboard on a day: figures, the drill-down by unit, and the tasks (of unitId if asked). */
    public record ResolutionDashboard(long id, String kind, String code, String title, LocalDate issuedOn,
                                      String issuer, LocalDate asOf, StatusCounts counts, List<UnitProgress> byUnit,
                                      List<TaskSummary> tasks) {
        static ResolutionDashboard of(ResolutionService.Dashboard d) {
            Resolution r = d.resolution();
            return new ResolutionDashboard(r.id(), r.kind().name(), r.code(), r.title(), r.issuedOn(), r.issuer(),
                    d.today(), StatusCounts.of(d.counts()),
                    d.byUnit().stream().map(u -> new UnitProgress(u.unitId(), u.name(), StatusCounts.of(u.counts())))
                            .toList(),
                    d.tasks().stream().map(TaskSummary::of).toList());
        }
    }

    public record EvidenceFile(long id, String fileName, String contentType, long size, String uploadedBy,
                               Instant uploadedAt) {
        static EvidenceFile of(EvidenceInfo i) {
            return new EvidenceFile(i.id(), i.fileName(), i.contentType(), i.fileSize(), i.uploadedBy(),
                    i.uploadedAt());
        }
    }

    public record ProgressEntry(long id, String reportedBy, String reporterName, Instant reportedAt,
                                BigDecimal reachedValue, int percent, boolean done, String note,
                                List<EvidenceFile> files) {
        static ProgressEntry of(TaskService.ReportWithFiles r) {
            ProgressReport p = r.report();
            return new ProgressEntry(p.id(), p.reportedBy(), p.reporterName(), p.reportedAt(), p.reachedValue(),
                    p.percent(), p.done(), p.note(), r.files().stream().map(EvidenceFile::of).toList());
        }
    }

    public record TaskEdit(String field, String oldValue, String newValue, String changedBy, Instant changedAt) {
        static TaskEdit of(TaskChange c) {
            return new TaskEdit(c.field(), c.oldValue(), c.newValue(), c.changedBy(), c.changedAt());
        }
    }

    /** A task's page: the task, its reports newest first with their files, and (officers) its edits. */
    public record TaskFollowUp(TaskSummary task, List<ProgressEntry> reports, List<TaskEdit> edits,
                               boolean mayReport, boolean mayChange) {
        static TaskFollowUp of(TaskService.TaskPage p) {
            return new TaskFollowUp(TaskSummary.of(p.line()), p.reports().stream().map(ProgressEntry::of).toList(),
                    p.changes().stream().map(TaskEdit::of).toList(), p.mayReport(), p.mayChange());
        }
    }
}
