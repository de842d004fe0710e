package vn.dangbo.records.skills;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.meeting.WardClock;
import vn.dangbo.records.member.Member;
import vn.dangbo.records.member.MemberNotFound;
import vn.dangbo.records.member.PersonName;
import vn.dangbo.records.member.VietnameseOrder;
import vn.dangbo.records.organization.PartyUnit;
import vn.dangbo.records.organization.UnitKind;
import vn.dangbo.records.organization.UnitNotFound;
import vn.dangbo.records.organization.UnitTree;
import vn.dangbo.records.security.Caller;
import vn.dangbo.records.security.CurrentCaller;
import vn.dangbo.records.shared.Conflict;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.PlainText;
import vn.dangbo.records.shared.InvalidInput;
import vn.dangbo.records.shared.VietnameseText;

/**
 * Digital-skills classes (Bình dân học vụ số). Officers run the ward's classes and see every class; a
 * secretary runs the classes of the cells they manage and sees no other. Learners are the unit's members or
 * residents; attendance is marked per session and completion follows from it ({@link Completion}). Every
 * change is audited.
 */
@Stateless
public class SkillsClassService {

    static final int MAX_TITLE = 300;
    static final int MAX_SKILL = 200;
    static final int MAX_SKILLS = 20;
    static final int MAX_NAME = PersonName.MAX_LENGTH;
    static final int MAX_PLACE = 300;
    static final int MAX_NEIGHBOURHOOD = 120;
    static final int MAX_REQUIRED = 100;
    static final int MAX_SESSIONS = 100;
    static final int MAX_LEARNERS = 500;
    static final int MAX_REPORT_DAYS = 3 * 366;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @Inject
    UnitTree tree;

    /** One learner of a class with their attendance and whether they completed it. */
    public record LearnerLine(SkillsLearner learner, String fullName, Long memberCellId, List<Long> presentAt,
                              List<Long> absentAt, int attended, boolean completed) {
    }

    public record SessionLine(SkillsSession session, int present, int absent, boolean held) {
    }

    public record ClassDetail(SkillsClass skillsClass, String unitName, List<SessionLine> sessions,
                              List<LearnerLine> learners, int required, int completed) {
    }

    public record ClassSummary(SkillsClass skillsClass, String unitName, int sessions, LocalDate firstDay,
                               LocalDate lastDay, int learners, int residents, int required, int completed) {
    }

    /** What the printable completion list carries. */
    public record CompletionList(String wardName, String unitName, SkillsClass skillsClass, LocalDate firstDay,
                                 LocalDate lastDay, int sessions, int required, int learners,
                                 List<LearnerLine> completed) {
    }

    // ---------------------------------------------------------------- classes

    public ClassDetail create(Long unitId, String title, List<String> skills, String instructor, String place,
                              Integer requiredSessions) {
        Caller who = caller.get();
        if (unitId == null) {
            throw new InvalidInput(List.of(new InvalidField("unitId", "field.required")));
        }
        PartyUnit unit = unit(unitId);
        requireManages(who, unitId);
        if (unit.dissolved()) {
            throw new Conflict("skills.unitDissolved");
        }
        Described d = describe(title, skills, instructor, place, requiredSessions);
        SkillsClass c = new SkillsClass(unitId, d.title, d.skills, d.instructor, d.place, d.required, who.username());
        em.persist(c);
        em.flush();
        audit.record(AuditAction.SKILLS_CLASS_CREATED, "SKILLS_CLASS", c.id(), unit.name() + ": " + c.title());
        return compute(c);
    }

    public ClassDetail update(long classId, String title, List<String> skills, String instructor, String place,
                              Integer requiredSessions) {
        SkillsClass c = managed(classId);
        Described d = describe(title, skills, instructor, place, requiredSessions);
        String before = c.title() + " / " + c.instructor() + " / " + required(c.requiredSessions());
        c.update(d.title, d.skills, d.instructor, d.place, d.required);
        em.flush();
        audit.record(AuditAction.SKILLS_CLASS_UPDATED, "SKILLS_CLASS", c.id(), before + " → " + c.title() + " / "
                + c.instructor() + " / " + required(c.requiredSessions()));
        return compute(c);
    }

    private static String required(Integer n) {
        return n == null ? "tất cả các buổi" : n + " buổi";
    }

    private record Described(String title, List<String> skills, String instructor, String place, Integer required) {
    }

    private Described describe(String title, List<String> skills, String instructor, String place, Integer required) {
        List<InvalidField> problems = new ArrayList<>();
        String t = PlainText.line("title", title, MAX_TITLE, true, problems);
        String i = PlainText.line("instructor", instructor, MAX_NAME, true, problems);
        String p = PlainText.line("place", place, MAX_PLACE, false, problems);
        List<String> s = new ArrayList<>();
        for (String skill : skills == null ? List.<String>of() : skills) {
            String c = VietnameseText.clean(skill);
            if (c == null || c.isEmpty()) {
                continue;
            }
            if (c.length() > MAX_SKILL) {
                problems.add(new InvalidField("skills", "field.tooLong", MAX_SKILL));
                break;
            }
            if (VietnameseText.hasControlCharacters(c)) {
                problems.add(new InvalidField("skills", "field.controlCharacters"));
                break;
            }
            if (s.stream().noneMatch(x -> VietnameseText.fold(x).equals(VietnameseText.fold(c)))) {
                s.add(c);
            }
        }
        if (s.isEmpty()) {
            problems.add(new InvalidField("skills", "skills.skillsRequired"));
        } else if (s.size() > MAX_SKILLS) {
            problems.add(new InvalidField("skills", "skills.tooManySkills", MAX_SKILLS));
        }
        if (required != null && (required < 1 || required > MAX_REQUIRED)) {
            problems.add(new InvalidField("requiredSessions", "skills.requiredSessions", MAX_REQUIRED));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Described(t, s, i, p, required);
    }

    /** The classes the caller runs (every class for officers), optionally of one unit; latest first. */
    public List<ClassSummary> list(Long unitId) {
        Caller who = caller.get();
        who.requireManagesAnything();
        if (unitId != null) {
            unit(unitId);
            requireManages(who, unitId);
        }
        var query = em.createQuery("select c from SkillsClass c"
                + (unitId == null ? "" : " where c.unitId = :unit") + " order by c.id desc", SkillsClass.class);
        if (unitId != null) {
            query.setParameter("unit", unitId);
        }
        List<SkillsClass> classes = query.getResultList().stream().filter(c -> who.manages(c.unitId())).toList();
        return summaries(classes);
    }

    public ClassDetail detail(long classId) {
        return compute(managed(classId));
    }

    // ---------------------------------------------------------------- sessions

    public ClassDetail addSession(long classId, LocalDate day, LocalTime startsAt, String topic, String instructor) {
        SkillsClass c = managed(classId);
        List<InvalidField> problems = new ArrayList<>();
        if (day == null) {
            problems.add(new InvalidField("date", "field.required"));
        } else if (day.getYear() < 2000 || day.isAfter(WardClock.today().plusYears(2))) {
            problems.add(new InvalidField("date", "skills.sessionDate"));
        }
        String t = PlainText.line("topic", topic, MAX_TITLE, false, problems);
        String i = PlainText.line("instructor", instructor, MAX_NAME, false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (sessions(classId).size() >= MAX_SESSIONS) {
            throw new Conflict("skills.tooManySessions", MAX_SESSIONS);
        }
        SkillsSession s = new SkillsSession(classId, day, startsAt, t, i, caller.get().username());
        em.persist(s);
        em.flush();
        audit.record(AuditAction.SKILLS_SESSION_ADDED, "SKILLS_CLASS", c.id(), day + (startsAt == null ? "" : " "
                + startsAt) + (t == null ? "" : " " + t));
        return compute(c);
    }

    // ---------------------------------------------------------------- learners

    /**
     * Enrols a member of the class's unit (by dossier) or, without a member id, a resident by name, phone and
     * neighbourhood. The same member, or the same phone number, cannot be enrolled twice in one class.
     */
    public ClassDetail enrol(long classId, Long memberId, String fullName, String phone, String neighbourhood) {
        Caller who = caller.get();
        SkillsClass c = managed(classId);
        List<InvalidField> problems = new ArrayList<>();
        String n = PlainText.line("neighbourhood", neighbourhood, MAX_NEIGHBOURHOOD, memberId == null, problems);
        SkillsLearner learner;
        String label;
        if (memberId != null) {
            Member m = Optional.ofNullable(em.find(Member.class, memberId)).orElseThrow(() -> new MemberNotFound(memberId));
            if (!m.status().active() || !tree.withDescendants(Set.of(c.unitId())).contains(m.cell().id())) {
                problems.add(new InvalidField("memberId", "skills.memberNotInUnit"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            if (learners(classId).stream().anyMatch(l -> memberId.equals(l.memberId()))) {
                throw new AlreadyEnrolled(m.fullName());
            }
            learner = SkillsLearner.member(classId, memberId, n, who.username());
            label = m.fullName() + " (#" + memberId + ")";
        } else {
            String name = PlainText.line("fullName", fullName, MAX_NAME, true, problems);
            if (name != null && (VietnameseText.hasControlCharacters(name) || name.chars().anyMatch(Character::isDigit))) {
                problems.add(new InvalidField("fullName", "skills.fullName"));
            }
            String p = null;
            if (phone == null || phone.isBlank()) {
                problems.add(new InvalidField("phone", "field.required"));
            } else {
                p = VietnamesePhone.normalise(phone).orElse(null);
                if (p == null) {
                    problems.add(new InvalidField("phone", "skills.phone"));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            String stored = p;
            Optional<SkillsLearner> same = learners(classId).stream().filter(l -> stored.equals(l.phone())).findFirst();
            if (same.isPresent()) {
                throw new AlreadyEnrolled(same.get().resident() ? same.get().fullName() : name);
            }
            learner = SkillsLearner.resident(classId, name, p, n, who.username());
            label = name + " (" + n + ")";
        }
        if (learners(classId).size() >= MAX_LEARNERS) {
            throw new Conflict("skills.tooManyLearners", MAX_LEARNERS);
        }
        em.persist(learner);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // Two enrolments of the same person at once: the unique keys let one through.
            throw new AlreadyEnrolled(label);
        }
        audit.record(AuditAction.SKILLS_LEARNER_ENROLLED, "SKILLS_CLASS", c.id(), label);
        return compute(c);
    }

    // ---------------------------------------------------------------- attendance

    public ClassDetail mark(long classId, Long sessionId, Long learnerId, Boolean present) {
        Caller who = caller.get();
        SkillsClass c = managed(classId);
        List<InvalidField> problems = new ArrayList<>();
        if (sessionId == null) {
            problems.add(new InvalidField("sessionId", "field.required"));
        }
        if (learnerId == null) {
            problems.add(new InvalidField("learnerId", "field.required"));
        }
        if (present == null) {
            problems.add(new InvalidField("present", "field.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        SkillsSession s = Optional.ofNullable(em.find(SkillsSession.class, sessionId))
                .filter(x -> x.classId() == classId)
                .orElseThrow(() -> new InvalidInput(List.of(new InvalidField("sessionId", "skills.notThisClass"))));
        SkillsLearner l = Optional.ofNullable(em.find(SkillsLearner.class, learnerId))
                .filter(x -> x.classId() == classId)
                .orElseThrow(() -> new InvalidInput(List.of(new InvalidField("learnerId", "skills.notThisClass"))));
        if (s.heldOn().isAfter(WardClock.today())) {
            throw new SessionNotHeldYet(s.heldOn());
        }
        Optional<SkillsAttendance> a = em.createQuery(
                        "select a from SkillsAttendance a where a.sessionId = :s and a.learnerId = :l", SkillsAttendance.class)
                .setParameter("s", sessionId).setParameter("l", learnerId).getResultList().stream().findFirst();
        if (a.isPresent() && a.get().present() == present) {
            return compute(c);
        }
        String before = a.map(x -> x.present() ? "có mặt" : "vắng").orElse("—");
        if (a.isPresent()) {
            a.get().mark(present, who.username());
        } else {
            em.persist(new SkillsAttendance(sessionId, learnerId, present, who.username()));
        }
        em.flush();
        audit.record(AuditAction.SKILLS_ATTENDANCE_MARKED, "SKILLS_CLASS", c.id(), name(l) + ", buổi " + s.heldOn()
                + ": " + before + " → " + (present ? "có mặt" : "vắng"));
        return compute(c);
    }

    // ---------------------------------------------------------------- completion list and report

    public CompletionList completionList(long classId) {
        SkillsClass c = managed(classId);
        ClassDetail d = compute(c);
        List<SkillsSession> sessions = d.sessions().stream().map(SessionLine::session).toList();
        audit.record(AuditAction.SKILLS_COMPLETION_LIST_PRINTED, "SKILLS_CLASS", c.id(), d.completed() + "/"
                + d.learners().size() + " hoàn thành");
        return new CompletionList(wardName(), d.unitName(), c,
                sessions.isEmpty() ? null : sessions.get(0).heldOn(),
                sessions.isEmpty() ? null : sessions.get(sessions.size() - 1).heldOn(), sessions.size(), d.required(),
                d.learners().size(), d.learners().stream().filter(LearnerLine::completed).toList());
    }

    /** A line of the report: classes, learners and completions of one unit or one neighbourhood. */
    public record ReportLine(String name, int classes, int learners, int residents, int members, int completed) {
    }

    public record Report(String wardName, LocalDate from, LocalDate to, int classes, int sessions, int learners,
                         int residents, int members, int completed, List<ReportLine> byUnit,
                         List<ReportLine> byNeighbourhood, List<ClassSummary> classList) {
    }

    /**
     * The classes with a session in the period (among those the caller runs): how many, their learners and how
     * many completed, by unit and by neighbourhood (a member's neighbourhood is the one given at enrolment).
     */
    public Report report(LocalDate from, LocalDate to) {
        Caller who = caller.get();
        who.requireManagesAnything();
        List<InvalidField> problems = new ArrayList<>();
        if (from == null) {
            problems.add(new InvalidField("from", "field.required"));
        }
        if (to == null) {
            problems.add(new InvalidField("to", "field.required"));
        }
        if (from != null && to != null && (to.isBefore(from) || to.isAfter(from.plusDays(MAX_REPORT_DAYS)))) {
            problems.add(new InvalidField("to", "skills.period", 3));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        List<SkillsClass> classes = em.createQuery("""
                        select c from SkillsClass c where exists (select s from SkillsSession s where s.classId = c.id
                        and s.heldOn >= :from and s.heldOn <= :to) order by c.id""", SkillsClass.class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .filter(c -> who.manages(c.unitId())).toList();
        Map<Long, String> units = unitNames(classes.stream().map(SkillsClass::unitId).collect(Collectors.toSet()));
        java.text.Collator vi = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
        Comparator<String> alphabetical = (a, b) -> vi.compare(a, b);
        Map<String, int[]> byUnit = new TreeMap<>(alphabetical.thenComparing(Comparator.naturalOrder()));
        // Learners enrolled without a neighbourhood come last, under "not recorded".
        Map<String, int[]> byPlace = new TreeMap<>(Comparator.comparing((String s) -> s.isEmpty() ? 1 : 0)
                .thenComparing(alphabetical).thenComparing(Comparator.naturalOrder()));
        int sessions = 0;
        int learners = 0;
        int residents = 0;
        int completed = 0;
        List<ClassSummary> summaries = new ArrayList<>();
        for (SkillsClass c : classes) {
            ClassDetail d = compute(c);
            summaries.add(summary(d));
            sessions += d.sessions().size();
            String unitName = units.get(c.unitId());
            int[] u = byUnit.computeIfAbsent(unitName, k -> new int[5]);
            u[0]++;
            Set<String> placesOfClass = new HashSet<>();
            for (LearnerLine l : d.learners()) {
                learners++;
                boolean resident = l.learner().resident();
                if (resident) {
                    residents++;
                }
                if (l.completed()) {
                    completed++;
                }
                add(u, resident, l.completed());
                String place = l.learner().neighbourhood() == null ? "" : l.learner().neighbourhood();
                int[] p = byPlace.computeIfAbsent(place, k -> new int[5]);
                if (placesOfClass.add(place)) {
                    p[0]++;
                }
                add(p, resident, l.completed());
            }
        }
        return new Report(wardName(), from, to, classes.size(), sessions, learners, residents, learners - residents,
                completed, lines(byUnit), lines(byPlace), summaries);
    }

    /** The report for the .xlsx download; the download is audited like the other exports. */
    public Report reportForExport(LocalDate from, LocalDate to) {
        Report r = report(from, to);
        audit.record(AuditAction.SKILLS_REPORT_EXPORTED, "WARD", null, from + " – " + to + ": " + r.classes()
                + " lớp, " + r.learners() + " học viên, " + r.completed() + " hoàn thành");
        return r;
    }

    private static void add(int[] line, boolean resident, boolean completed) {
        line[1]++;
        line[resident ? 2 : 3]++;
        if (completed) {
            line[4]++;
        }
    }

    private static List<ReportLine> lines(Map<String, int[]> counts) {
        return counts.entrySet().stream().map(e -> new ReportLine(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2], e.getValue()[3], e.getValue()[4])).toList();
    }

    // ---------------------------------------------------------------- computing

    private ClassDetail compute(SkillsClass c) {
        List<SkillsSession> sessions = sessions(c.id());
        List<SkillsLearner> learners = learners(c.id());
        Map<Long, Member> members = members(learners);
        Map<Long, List<SkillsAttendance>> byLearner = new HashMap<>();
        Map<Long, int[]> bySession = new HashMap<>();
        if (!sessions.isEmpty()) {
            for (SkillsAttendance a : em.createQuery("select a from SkillsAttendance a where a.sessionId in :ids",
                    SkillsAttendance.class).setParameter("ids", sessions.stream().map(SkillsSession::id).toList())
                    .getResultList()) {
                byLearner.computeIfAbsent(a.learnerId(), k -> new ArrayList<>()).add(a);
                bySession.computeIfAbsent(a.sessionId(), k -> new int[2])[a.present() ? 0 : 1]++;
            }
        }
        int required = Completion.required(c.requiredSessions(), sessions.size());
        List<LearnerLine> lines = new ArrayList<>();
        for (SkillsLearner l : learners) {
            List<SkillsAttendance> marks = byLearner.getOrDefault(l.id(), List.of());
            List<Long> present = marks.stream().filter(SkillsAttendance::present).map(SkillsAttendance::sessionId).toList();
            List<Long> absent = marks.stream().filter(a -> !a.present()).map(SkillsAttendance::sessionId).toList();
            Member m = l.memberId() == null ? null : members.get(l.memberId());
            lines.add(new LearnerLine(l, m == null ? l.fullName() : m.fullName(), m == null ? null : m.cell().id(),
                    present, absent, present.size(),
                    Completion.completed(present.size(), c.requiredSessions(), sessions.size())));
        }
        lines.sort(Comparator.comparing(LearnerLine::fullName, VietnameseOrder.BY_NAME));
        LocalDate today = WardClock.today();
        List<SessionLine> sessionLines = sessions.stream().map(s -> {
            int[] n = bySession.getOrDefault(s.id(), new int[2]);
            return new SessionLine(s, n[0], n[1], !s.heldOn().isAfter(today));
        }).toList();
        return new ClassDetail(c, unit(c.unitId()).name(), sessionLines, lines, required,
                (int) lines.stream().filter(LearnerLine::completed).count());
    }

    private List<ClassSummary> summaries(List<SkillsClass> classes) {
        return classes.stream().map(c -> summary(compute(c))).toList();
    }

    private static ClassSummary summary(ClassDetail d) {
        List<SessionLine> s = d.sessions();
        return new ClassSummary(d.skillsClass(), d.unitName(), s.size(), s.isEmpty() ? null : s.get(0).session().heldOn(),
                s.isEmpty() ? null : s.get(s.size() - 1).session().heldOn(), d.learners().size(),
                (int) d.learners().stream().filter(l -> l.learner().resident()).count(), d.required(), d.completed());
    }

    // ---------------------------------------------------------------- helpers

    private List<SkillsSession> sessions(long classId) {
        return em.createQuery("select s from SkillsSession s where s.classId = :c order by s.heldOn, s.startsAt, s.id",
                SkillsSession.class).setParameter("c", classId).getResultList();
    }

    private List<SkillsLearner> learners(long classId) {
        return em.createQuery("select l from SkillsLearner l where l.classId = :c order by l.id", SkillsLearner.class)
                .setParameter("c", classId).getResultList();
    }

    private Map<Long, Member> members(List<SkillsLearner> learners) {
        List<Long> ids = learners.stream().map(SkillsLearner::memberId).filter(java.util.Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select m from Member m where m.id in :ids", Member.class).setParameter("ids", ids)
                .getResultList().stream().collect(Collectors.toMap(Member::id, Function.identity()));
    }

    private String name(SkillsLearner l) {
        if (l.resident()) {
            return l.fullName();
        }
        Member m = em.find(Member.class, l.memberId());
        return (m == null ? "" : m.fullName()) + " (#" + l.memberId() + ")";
    }

    private Map<Long, String> unitNames(Set<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        ids.forEach(id -> out.put(id, unit(id).name()));
        return out;
    }

    private String wardName() {
        return em.createQuery("select u from PartyUnit u where u.kind = :ward", PartyUnit.class)
                .setParameter("ward", UnitKind.WARD).setMaxResults(1).getResultList().stream().findFirst()
                .map(PartyUnit::name).orElse("");
    }

    private SkillsClass managed(long id) {
        SkillsClass c = Optional.ofNullable(em.find(SkillsClass.class, id)).orElseThrow(() -> new SkillsClassNotFound(id));
        requireManages(caller.get(), c.unitId());
        return c;
    }

    private static void requireManages(Caller who, long unitId) {
        who.requireManagesAnything();
        if (!who.manages(unitId)) {
            throw new ClassOutsideYourUnit();
        }
    }

    private PartyUnit unit(long id) {
        return Optional.ofNullable(em.find(PartyUnit.class, id)).orElseThrow(() -> new UnitNotFound(id));
    }

}
