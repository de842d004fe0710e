package vn.dangbo.records.resolution;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.meeting.WardClock;
import vn.dangbo.records.member.Member;
import vn.dangbo.records.member.VietnameseOrder;
import vn.dangbo.records.organization.PartyUnit;
import vn.dangbo.records.security.Caller;
import vn.dangbo.records.security.CurrentCaller;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;
import vn.dangbo.records.shared.PlainText;

/**
 * The resolutions the ward committee follows up, for its officers: recording one, the list with each one's
 * figures, the dashboard of one (done / on time / at risk / overdue, by responsible unit, every task) and its
 * report as a workbook or a Word document. Secretaries and members see tasks, not resolutions (see TaskService).
 */
@Stateless
public class ResolutionService {

    static final int MAX_CODE = 60;
    static final int MAX_TITLE = 500;
    static final int MAX_ISSUER = 300;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    public record Summary(Resolution resolution, TaskCounts counts) {
    }

    public record UnitLine(Long unitId, String name, TaskCounts counts) {
    }

    /** The dashboard of one resolution on a day; tasks only of unitId when asked (the drill-down). */
    public record Dashboard(Resolution resolution, LocalDate today, TaskCounts counts, List<UnitLine> byUnit,
                            List<TaskLine> tasks, String wardName) {
    }

    public Resolution create(String kind, String code, String title, LocalDate issuedOn, String issuer) {
        Caller who = caller.get();
        who.requireWholeWard();
        List<InvalidField> problems = new ArrayList<>();
        ResolutionKind k = null;
        if (kind == null || kind.isBlank()) {
            problems.add(new InvalidField("kind", "field.required"));
        } else {
            try {
                k = ResolutionKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidField("kind", "field.notOneOf", Arrays.toString(ResolutionKind.values())));
            }
        }
        String c = PlainText.line("code", code, MAX_CODE, true, problems);
        String t = PlainText.line("title", title, MAX_TITLE, true, problems);
        String i = PlainText.line("issuer", issuer, MAX_ISSUER, true, problems);
        if (issuedOn == null) {
            problems.add(new InvalidField("issuedOn", "field.required"));
        } else if (issuedOn.getYear() < 1930 || issuedOn.isAfter(WardClock.today().plusYears(1))) {
            problems.add(new InvalidField("issuedOn", "resolution.issuedOn"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Resolution r = new Resolution(k, c, t, issuedOn, i, who.username());
        em.persist(r);
        em.flush();
        audit.record(AuditAction.RESOLUTION_CREATED, "RESOLUTION", r.id(), k + " " + c + " " + t);
        return r;
    }

    /** Every resolution, newest first, with its figures today. */
    public List<Summary> list() {
        caller.get().requireWholeWard();
        LocalDate today = WardClock.today();
        Map<Long, List<TaskStatus>> statuses = new HashMap<>();
        for (ResolutionTask t : em.createQuery("select t from ResolutionTask t", ResolutionTask.class).getResultList()) {
            statuses.computeIfAbsent(t.resolutionId(), x -> new ArrayList<>()).add(t.status(today));
        }
        return em.createQuery("select r from Resolution r order by r.issuedOn desc, r.id desc", Resolution.class)
                .getResultList().stream()
                .map(r -> new Summary(r, TaskCounts.of(statuses.getOrDefault(r.id(), List.of())))).toList();
    }

    public Dashboard dashboard(long id, Long unitId) {
        caller.get().requireWholeWard();
        return build(id, unitId);
    }

    /** The dashboard for a report file; the export is audited (it leaves the system). */
    public Dashboard export(long id, String format) {
        caller.get().requireWholeWard();
        Dashboard d = build(id, null);
        audit.record(AuditAction.RESOLUTION_REPORT_EXPORTED, "RESOLUTION", id, format + ": " + d.resolution().code()
                + ", " + d.counts().total() + " nhiệm vụ");
        return d;
    }

    private Dashboard build(long id, Long unitId) {
        Resolution r = em.find(Resolution.class, id);
        if (r == null) {
            throw new ResolutionNotFound(id);
        }
        LocalDate today = WardClock.today();
        List<ResolutionTask> tasks = em.createQuery(
                        "select t from ResolutionTask t where t.resolutionId = :r order by t.deadline, t.id",
                        ResolutionTask.class)
                .setParameter("r", id).getResultList();
        List<TaskLine> lines = lines(em, tasks, new HashMap<>(Map.of(id, r)), today);
        Map<String, List<TaskLine>> groups = new LinkedHashMap<>();
        Map<String, Long> groupUnit = new HashMap<>();
        for (TaskLine l : lines) {
            String name = l.unitName() != null ? l.unitName() : l.memberName();
            groups.computeIfAbsent(name, x -> new ArrayList<>()).add(l);
            groupUnit.put(name, l.task().unitId());
        }
        List<UnitLine> byUnit = groups.entrySet().stream()
                .map(e -> new UnitLine(groupUnit.get(e.getKey()), e.getKey(),
                        TaskCounts.of(e.getValue().stream().map(TaskLine::status).toList())))
                .sorted(Comparator.comparing(UnitLine::name, VietnameseOrder.BY_NAME)).toList();
        TaskCounts counts = TaskCounts.of(lines.stream().map(TaskLine::status).toList());
        List<TaskLine> shown = unitId == null ? lines
                : lines.stream().filter(l -> unitId.equals(l.task().unitId())).toList();
        String ward = em.createQuery("select u.name from PartyUnit u where u.kind = :ward order by u.id", String.class)
                .setParameter("ward", vn.dangbo.records.organization.UnitKind.WARD).setMaxResults(1)
                .getResultStream().findFirst().orElse("");
        return new Dashboard(r, today, counts, byUnit, shown, ward);
    }

    /** Lines for tasks, names looked up once per unit and member. */
    static List<TaskLine> lines(EntityManager em, List<ResolutionTask> tasks, Map<Long, Resolution> resolutions,
                                LocalDate today) {
        Map<Long, String> units = new HashMap<>();
        Map<Long, String> members = new HashMap<>();
        Map<Long, String> notes = new HashMap<>();
        List<Long> reported = tasks.stream().filter(t -> t.lastReportAt() != null).map(ResolutionTask::id).toList();
        if (!reported.isEmpty()) {
            for (ProgressReport p : em.createQuery("select p from ProgressReport p where p.taskId in :ids"
                    + " order by p.reportedAt, p.id", ProgressReport.class).setParameter("ids", reported)
                    .getResultList()) {
                notes.put(p.taskId(), p.note());
            }
        }
        List<TaskLine> out = new ArrayList<>();
        for (ResolutionTask t : tasks) {
            String unit = t.unitId() == null ? null : units.computeIfAbsent(t.unitId(),
                    u -> Optional.ofNullable(em.find(PartyUnit.class, u)).map(PartyUnit::name).orElse(""));
            String member = t.memberId() == null ? null : members.computeIfAbsent(t.memberId(),
                    m -> Optional.ofNullable(em.find(Member.class, m)).map(Member::fullName).orElse(""));
            Resolution r = resolutions.computeIfAbsent(t.resolutionId(), x -> em.find(Resolution.class, x));
            TaskSchedule s = t.schedule();
            out.add(new TaskLine(t, r, unit, member, s.status(today), s.expectedPercent(today), s.daysLeft(today),
                    notes.get(t.id())));
        }
        return out;
    }
}
