package vn.dangbo.records.resolution;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.meeting.WardClock;
import vn.dangbo.records.member.Member;
import vn.dangbo.records.organization.PartyUnit;
import vn.dangbo.records.security.Caller;
import vn.dangbo.records.security.CurrentCaller;
import vn.dangbo.records.security.OutsideYourUnit;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;
import vn.dangbo.records.shared.PlainText;
import vn.dangbo.records.shared.TooLarge;
import vn.dangbo.records.shared.VietnameseText;

/**
 * The tasks of a resolution. Officers add and change them (each change kept, field by field); whoever answers for
 * a task reports its progress: the secretaries of the responsible unit (or of a unit above it), the responsible
 * member, and officers. Evidence files are uploaded first and then cited by the report. Members see only the
 * tasks they answer for; a secretary asking for another cell's task is refused.
 */
@Stateless
public class TaskService {

    static final int MAX_TITLE = 500;
    static final int MAX_INDICATOR = 300;
    static final int MAX_TARGET_UNIT = 40;
    static final int MAX_NOTE = 4000;
    static final int MAX_FILE_NAME = 255;
    static final int MAX_EVIDENCE_PER_REPORT = 10;
    static final BigDecimal MAX_VALUE = new BigDecimal("99999999999999");
    private static final long DISCARD_AT_MOST = 64L * 1024 * 1024;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    /** The task's page: its line, every report (newest first) with its files, and for officers its changes. */
    public record TaskPage(TaskLine line, List<ReportWithFiles> reports, List<TaskChange> changes,
                           boolean mayReport, boolean mayChange) {
    }

    public record ReportWithFiles(ProgressReport report, List<EvidenceInfo> files) {
    }

    /** The fields of a task as a form sends them; null leaves a field as it is when changing. */
    public record TaskFields(String title, Long unitId, Long memberId, LocalDate startsOn, LocalDate deadline,
                             String indicator, BigDecimal targetValue, String targetUnit) {
    }

    /** A progress report as the form sends it. */
    public record ReportFields(BigDecimal reachedValue, Integer percent, Boolean done, String note,
                               List<Long> evidenceIds) {
    }

    public record EvidenceContent(String fileName, String contentType, byte[] content) {
    }

    // ---------------------------------------------------------------- officers

    public TaskLine add(long resolutionId, TaskFields f) {
        Caller who = caller.get();
        who.requireWholeWard();
        Resolution r = em.find(Resolution.class, resolutionId);
        if (r == null) {
            throw new ResolutionNotFound(resolutionId);
        }
        if (f == null) {
            throw new InvalidInput(List.of(new InvalidField("body", "field.required")));
        }
        LocalDate start = f.startsOn() == null ? r.issuedOn() : f.startsOn();
        TaskDetails d = check(new TaskDetails(f.title(), f.unitId(), f.memberId(), start, f.deadline(), f.indicator(),
                f.targetValue(), f.targetUnit()));
        ResolutionTask t = new ResolutionTask(resolutionId, d, who.username());
        em.persist(t);
        em.flush();
        TaskLine line = line(t);
        audit.record(AuditAction.RESOLUTION_TASK_ADDED, "RESOLUTION_TASK", t.id(), r.code() + ": " + t.title()
                + " (" + responsible(line) + ", hạn " + t.deadline().format(DAY) + ")");
        return line;
    }

    /** Changes the fields given; each changed field is kept as a change row and the whole in the audit log. */
    public TaskLine change(long taskId, TaskFields f) {
        Caller who = caller.get();
        who.requireWholeWard();
        ResolutionTask t = find(taskId);
        if (f == null) {
            throw new InvalidInput(List.of(new InvalidField("body", "field.required")));
        }
        TaskDetails before = t.details();
        TaskDetails after = check(new TaskDetails(
                f.title() != null ? f.title() : before.title(),
                f.unitId() != null ? f.unitId() : before.unitId(),
                f.memberId() != null ? f.memberId() : before.memberId(),
                f.startsOn() != null ? f.startsOn() : before.startsOn(),
                f.deadline() != null ? f.deadline() : before.deadline(),
                f.indicator() != null ? f.indicator() : before.indicator(),
                f.targetValue() != null ? f.targetValue() : before.targetValue(),
                f.targetUnit() != null ? f.targetUnit() : before.targetUnit()));
        Map<String, String[]> diff = new java.util.LinkedHashMap<>();
        diff(diff, "title", before.title(), after.title());
        diff(diff, "unitId", unitName(before.unitId()), unitName(after.unitId()));
        diff(diff, "memberId", memberName(before.memberId()), memberName(after.memberId()));
        diff(diff, "startsOn", day(before.startsOn()), day(after.startsOn()));
        diff(diff, "deadline", day(before.deadline()), day(after.deadline()));
        diff(diff, "indicator", before.indicator(), after.indicator());
        diff(diff, "targetValue", plain(before.targetValue()), plain(after.targetValue()));
        diff(diff, "targetUnit", before.targetUnit(), after.targetUnit());
        if (diff.isEmpty()) {
            return line(t);
        }
        t.apply(after);
        StringBuilder detail = new StringBuilder();
        for (var e : diff.entrySet()) {
            em.persist(new TaskChange(t.id(), e.getKey(), e.getValue()[0], e.getValue()[1], who.username()));
            detail.append(detail.isEmpty() ? "" : "; ").append(e.getKey()).append(": ")
                    .append(Objects.requireNonNullElse(e.getValue()[0], "")).append(" → ")
                    .append(Objects.requireNonNullElse(e.getValue()[1], ""));
        }
        em.flush();
        audit.record(AuditAction.RESOLUTION_TASK_CHANGED, "RESOLUTION_TASK", t.id(), detail.toString());
        return line(t);
    }

    // ---------------------------------------------------------------- whoever answers for a task

    /**
     * The tasks the caller answers for: those of the units they manage as secretary and those assigned to them
     * by name; open ones first, nearest deadline first.
     */
    public List<TaskLine> mine() {
        Caller who = caller.get();
        Set<Long> units = who.roles().contains(Caller.SECRETARY) ? who.managedUnitIds() : Set.of();
        Long me = who.memberId().orElse(-1L);
        if (units.isEmpty() && me < 0) {
            return List.of();
        }
        List<ResolutionTask> found = units.isEmpty() ? tasksQuery(me, null) : tasksQuery(me, units);
        List<TaskLine> lines = new ArrayList<>(ResolutionService.lines(em, found, new HashMap<>(), WardClock.today()));
        lines.sort(java.util.Comparator.comparing((TaskLine l) -> l.status() == TaskStatus.DONE)
                .thenComparing(l -> l.task().deadline()).thenComparing(l -> l.task().id()));
        return lines;
    }

    private List<ResolutionTask> tasksQuery(long me, Set<Long> units) {
        var q = em.createQuery("select t from ResolutionTask t where "
                + (units == null ? "" : "t.unitId in :units or ") + "t.memberId = :me", ResolutionTask.class)
                .setParameter("me", me);
        if (units != null) {
            q.setParameter("units", units);
        }
        return q.getResultList();
    }

    public TaskPage page(long taskId) {
        Caller who = caller.get();
        ResolutionTask t = visible(taskId, who);
        Map<Long, List<EvidenceInfo>> files = new HashMap<>();
        for (EvidenceInfo i : em.createQuery(EvidenceInfo.SELECT + " where e.taskId = :t and e.reportId"
                + " is not null order by e.id", EvidenceInfo.class).setParameter("t", taskId).getResultList()) {
            files.computeIfAbsent(i.reportId(), x -> new ArrayList<>()).add(i);
        }
        List<ReportWithFiles> reports = em.createQuery("select p from ProgressReport p where p.taskId = :t"
                        + " order by p.reportedAt desc, p.id desc", ProgressReport.class)
                .setParameter("t", taskId).getResultList().stream()
                .map(p -> new ReportWithFiles(p, files.getOrDefault(p.id(), List.of()))).toList();
        List<TaskChange> changes = who.wholeWard() ? em.createQuery("select c from TaskChange c where c.taskId = :t"
                + " order by c.changedAt desc, c.id desc", TaskChange.class).setParameter("t", taskId).getResultList()
                : List.of();
        return new TaskPage(line(t), reports, changes, t.doneAt() == null, who.wholeWard());
    }

    /** Keeps an evidence file for a report to cite: what its bytes show, at most 10 MB. */
    public EvidenceInfo uploadEvidence(long taskId, String fileName, InputStream body) {
        Caller who = caller.get();
        ResolutionTask t = visible(taskId, who);
        if (t.doneAt() != null) {
            throw new TaskAlreadyDone(taskId);
        }
        byte[] bytes = readAtMost(body);
        String name = fileName(fileName);
        String type;
        try {
            type = EvidenceFile.type(bytes, name);
        } catch (InvalidField e) {
            throw new InvalidInput(List.of(e));
        }
        TaskEvidence e = new TaskEvidence(taskId, name, type, bytes, sha256(bytes), who.username());
        em.persist(e);
        em.flush();
        audit.record(AuditAction.RESOLUTION_EVIDENCE_UPLOADED, "RESOLUTION_TASK", taskId, name + " (" + type + ", "
                + bytes.length + " byte)");
        return e.info();
    }

    /**
     * Reports progress. With a target, the value reached gives the percent (capped at 100); without one, the
     * percent is given. Reaching the target, or marking the task done, completes it, which needs at least one
     * evidence file; a completed task takes no more reports.
     */
    public TaskPage report(long taskId, ReportFields f) {
        Caller who = caller.get();
        ResolutionTask t = visible(taskId, who);
        if (f == null) {
            throw new InvalidInput(List.of(new InvalidField("body", "field.required")));
        }
        if (t.doneAt() != null) {
            throw new TaskAlreadyDone(taskId);
        }
        List<InvalidField> problems = new ArrayList<>();
        String note = PlainText.lines("note", f.note(), MAX_NOTE, true, problems);
        BigDecimal value = null;
        int percent = 0;
        if (t.targetValue() != null) {
            if (f.reachedValue() == null) {
                problems.add(new InvalidField("reachedValue", "field.required"));
            } else if (f.reachedValue().signum() < 0 || f.reachedValue().compareTo(MAX_VALUE) > 0) {
                problems.add(new InvalidField("reachedValue", "resolution.report.value"));
            } else {
                value = f.reachedValue().setScale(2, RoundingMode.HALF_UP);
                percent = value.multiply(BigDecimal.valueOf(100)).divide(t.targetValue(), 0, RoundingMode.FLOOR)
                        .min(BigDecimal.valueOf(100)).intValue();
            }
        } else if (f.percent() == null) {
            if (!Boolean.TRUE.equals(f.done())) {
                problems.add(new InvalidField("percent", "field.required"));
            }
        } else if (f.percent() < 0 || f.percent() > 100) {
            problems.add(new InvalidField("percent", "resolution.report.percent"));
        } else {
            percent = f.percent();
        }
        boolean done = Boolean.TRUE.equals(f.done()) || problems.isEmpty() && percent >= 100;
        if (done) {
            percent = 100;
        }
        Set<Long> evidence = new LinkedHashSet<>();
        for (Long id : f.evidenceIds() == null ? List.<Long>of() : f.evidenceIds()) {
            if (id != null) {
                evidence.add(id);
            }
        }
        if (evidence.size() > MAX_EVIDENCE_PER_REPORT) {
            problems.add(new InvalidField("evidenceIds", "resolution.report.tooManyFiles", MAX_EVIDENCE_PER_REPORT));
        } else if (!evidence.isEmpty()) {
            long usable = em.createQuery("select count(e) from TaskEvidence e where e.id in :ids and e.taskId = :t"
                            + " and e.reportId is null", Long.class)
                    .setParameter("ids", evidence).setParameter("t", taskId).getSingleResult();
            if (usable != evidence.size()) {
                problems.add(new InvalidField("evidenceIds", "resolution.report.unknownFile"));
            }
        }
        if (done && evidence.isEmpty()) {
            problems.add(new InvalidField("evidenceIds", "resolution.report.evidenceRequired"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        ProgressReport p = new ProgressReport(taskId, who.username(), reporterName(who), value, percent, done, note);
        em.persist(p);
        em.flush();
        if (!evidence.isEmpty()) {
            em.createQuery("update TaskEvidence e set e.reportId = :p where e.id in :ids")
                    .setParameter("p", p.id()).setParameter("ids", evidence).executeUpdate();
        }
        t.reported(p);
        em.flush();
        audit.record(AuditAction.RESOLUTION_PROGRESS_REPORTED, "RESOLUTION_TASK", taskId, percent + "%"
                + (value == null ? "" : " (" + plain(value) + " " + Objects.requireNonNullElse(t.targetUnit(), "")
                .strip() + ")") + (done ? ", hoàn thành" : "") + ", " + evidence.size() + " tệp minh chứng");
        return page(taskId);
    }

    public EvidenceContent evidence(long taskId, long evidenceId) {
        visible(taskId, caller.get());
        TaskEvidence e = em.find(TaskEvidence.class, evidenceId);
        if (e == null || e.taskId() != taskId) {
            throw new EvidenceNotFound(evidenceId);
        }
        return new EvidenceContent(e.fileName(), e.contentType(), e.content());
    }

    // ---------------------------------------------------------------- rules

    private ResolutionTask find(long id) {
        ResolutionTask t = em.find(ResolutionTask.class, id);
        if (t == null) {
            throw new TaskNotFound(id);
        }
        return t;
    }

    /** A secretary is told the task is outside their units; a member does not learn that it exists. */
    private ResolutionTask visible(long id, Caller who) {
        ResolutionTask t = find(id);
        if (!t.visibleTo(who)) {
            if (who.managesAnything()) {
                throw new OutsideYourUnit();
            }
            throw new TaskNotFound(id);
        }
        return t;
    }

    private TaskLine line(ResolutionTask t) {
        return ResolutionService.lines(em, List.of(t), new HashMap<>(), WardClock.today()).get(0);
    }

    private TaskDetails check(TaskDetails d) {
        List<InvalidField> problems = new ArrayList<>();
        String title = PlainText.line("title", d.title(), MAX_TITLE, true, problems);
        String indicator = PlainText.line("indicator", d.indicator(), MAX_INDICATOR, false, problems);
        String unit = PlainText.line("targetUnit", d.targetUnit(), MAX_TARGET_UNIT, false, problems);
        if (d.unitId() == null && d.memberId() == null) {
            problems.add(new InvalidField("unitId", "resolution.task.responsible"));
        }
        if (d.unitId() != null) {
            PartyUnit u = em.find(PartyUnit.class, d.unitId());
            if (u == null || u.dissolved()) {
                problems.add(new InvalidField("unitId", "resolution.task.unit", d.unitId()));
            }
        }
        if (d.memberId() != null && em.find(Member.class, d.memberId()) == null) {
            problems.add(new InvalidField("memberId", "resolution.task.member", d.memberId()));
        }
        if (d.deadline() == null) {
            problems.add(new InvalidField("deadline", "field.required"));
        } else if (d.deadline().getYear() < 1930 || d.deadline().getYear() > 2100) {
            problems.add(new InvalidField("deadline", "field.dateImplausible"));
        } else if (d.startsOn() != null && d.deadline().isBefore(d.startsOn())) {
            problems.add(new InvalidField("deadline", "resolution.task.deadlineBeforeStart"));
        }
        if (d.startsOn() != null && (d.startsOn().getYear() < 1930 || d.startsOn().getYear() > 2100)) {
            problems.add(new InvalidField("startsOn", "field.dateImplausible"));
        }
        BigDecimal target = d.targetValue();
        if (target != null) {
            if (target.signum() <= 0 || target.compareTo(MAX_VALUE) > 0) {
                problems.add(new InvalidField("targetValue", "resolution.task.target"));
            } else {
                target = target.setScale(2, RoundingMode.HALF_UP);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new TaskDetails(title, d.unitId(), d.memberId(), d.startsOn(), d.deadline(), indicator, target, unit);
    }

    private static void diff(Map<String, String[]> diff, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            diff.put(field, new String[] {before, after});
        }
    }

    private String unitName(Long id) {
        return id == null ? null : java.util.Optional.ofNullable(em.find(PartyUnit.class, id)).map(PartyUnit::name)
                .orElse("#" + id);
    }

    private String memberName(Long id) {
        return id == null ? null : java.util.Optional.ofNullable(em.find(Member.class, id)).map(Member::fullName)
                .orElse("#" + id);
    }

    private static String responsible(TaskLine l) {
        return l.unitName() != null && l.memberName() != null ? l.unitName() + ", " + l.memberName()
                : l.unitName() != null ? l.unitName() : l.memberName();
    }

    private static String day(LocalDate d) {
        return d == null ? null : d.format(DAY);
    }

    static String plain(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }

    private String reporterName(Caller who) {
        return who.memberId().map(id -> em.find(Member.class, id)).map(Member::fullName).orElse(who.username());
    }

    private static String fileName(String uploaded) {
        String n = VietnameseText.clean(uploaded);
        if (n == null || n.isEmpty() || VietnameseText.hasControlCharacters(n)) {
            n = "minh-chung";
        }
        n = n.replaceAll("[\\\\/:*?\"<>|]", "_");
        return n.length() > MAX_FILE_NAME ? n.substring(n.length() - MAX_FILE_NAME) : n;
    }

    private static byte[] readAtMost(InputStream body) {
        if (body == null) {
            throw new InvalidInput(List.of(new InvalidField("file", "resolution.evidence.empty")));
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long size = 0;
            for (int n; (n = body.read(buffer)) > 0; ) {
                size += n;
                if (size > EvidenceFile.MAX_BYTES) {
                    long discarded = 0;
                    while (discarded < DISCARD_AT_MOST && (n = body.read(buffer)) > 0) {
                        discarded += n;
                    }
                    throw new TooLarge("resolution.evidence.tooLarge", EvidenceFile.MAX_BYTES / (1024 * 1024));
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
