package vn.dangbo.records.wardpublic;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.congress.CongressStatus;
import vn.dangbo.records.member.PersonName;
import vn.dangbo.records.notice.Notice;
import vn.dangbo.records.notice.NoticeNotFound;
import vn.dangbo.records.organization.PartyUnit;
import vn.dangbo.records.organization.UnitKind;
import vn.dangbo.records.security.Caller;
import vn.dangbo.records.security.CurrentCaller;
import vn.dangbo.records.security.RequestOrigin;
import vn.dangbo.records.shared.Conflict;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;
import vn.dangbo.records.shared.PlainText;
import vn.dangbo.records.shared.VietnameseText;
import vn.dangbo.records.skills.ClassOutsideYourUnit;
import vn.dangbo.records.skills.SkillsClass;
import vn.dangbo.records.skills.SkillsClassNotFound;
import vn.dangbo.records.skills.SkillsClassService;
import vn.dangbo.records.skills.SkillsSession;
import vn.dangbo.records.skills.VietnamesePhone;

/**
 * The ward's public page, read without signing in: only what was marked public is ever read here (notices the
 * officer marked public, the public drafts of a congress still open, classes opened to enrolment). Residents ask
 * to join a class; the request waits for the class's unit, who accepts it (the resident becomes a learner of the
 * class, through the classes' own rules) or rejects it with a reason.
 */
@Stateless
public class WardPublicService {

    static final int NOTICES = 20;
    static final int MAX_NEIGHBOURHOOD = 120;
    static final int MAX_REASON = 500;
    /** At most this many requests wait for one class: a flood from many addresses stops there. */
    static final int MAX_PENDING_PER_CLASS = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @Inject
    RequestOrigin origin;

    @Inject
    SkillsClassService classes;

    public record DraftLink(long id, String title) {
    }

    public record OpenCongress(long id, String name, List<DraftLink> drafts) {
    }

    public record OpenClass(SkillsClass skillsClass, String unitName, int sessions, LocalDate firstDay,
                            LocalDate nextDay) {
    }

    public record WardPage(String wardName, List<Notice> notices, List<OpenCongress> congresses,
                           List<OpenClass> classes) {
    }

    /** A class's public enrolment as its unit sees it: open or not, and the requests (waiting ones first). */
    public record ClassEnrolment(SkillsClass skillsClass, boolean open, List<EnrolmentRequest> requests) {
    }

    // ---------------------------------------------------------------- public, no sign-in

    public WardPage page() {
        String ward = em.createQuery("select u from PartyUnit u where u.kind = :ward", PartyUnit.class)
                .setParameter("ward", UnitKind.WARD).setMaxResults(1).getResultList().stream().findFirst()
                .map(PartyUnit::name).orElse("");
        List<Notice> notices = em.createQuery("""
                        select n from Notice n where n.publicNotice = true order by n.publishedAt desc, n.id desc""",
                        Notice.class).setMaxResults(NOTICES).getResultList();
        Map<Long, OpenCongress> congresses = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("""
                        select c.id, c.name, d.id, d.title from Congress c, CongressDocument d
                        where d.congressId = c.id and c.status = :open and d.publicDraft = true
                        order by c.id desc, d.publishedAt desc, d.id desc""", Object[].class)
                .setParameter("open", CongressStatus.PREPARING).getResultList()) {
            congresses.computeIfAbsent((Long) row[0], id -> new OpenCongress(id, (String) row[1], new ArrayList<>()))
                    .drafts().add(new DraftLink((Long) row[2], (String) row[3]));
        }
        return new WardPage(ward, notices, List.copyOf(congresses.values()), openClasses());
    }

    /** A public notice; any other is not found, whoever asks. */
    public Notice notice(long id) {
        Notice n = em.find(Notice.class, id);
        if (n == null || !n.publicNotice()) {
            throw new NoticeNotFound(id);
        }
        return n;
    }

    /** A resident asks to join a class open to enrolment: checked as the class's own enrolment checks, then held. */
    public EnrolmentRequest request(Long classId, String fullName, String phone, String neighbourhood) {
        List<InvalidField> problems = new ArrayList<>();
        if (classId == null) {
            problems.add(new InvalidField("classId", "field.required"));
        }
        String name = PlainText.line("fullName", fullName, PersonName.MAX_LENGTH, true, problems);
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
        String where = PlainText.line("neighbourhood", neighbourhood, MAX_NEIGHBOURHOOD, true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        // A class not open to enrolment does not exist for the public.
        PublicClass pc = em.find(PublicClass.class, classId, LockModeType.PESSIMISTIC_WRITE);
        SkillsClass c = em.find(SkillsClass.class, classId);
        if (pc == null || !pc.openEnrolment() || c == null || unitDissolved(c.unitId())) {
            throw new SkillsClassNotFound(classId);
        }
        String stored = p;
        List<EnrolmentRequest> pending = requestsOf(classId).stream()
                .filter(r -> r.state() == EnrolmentState.PENDING).toList();
        if (pending.stream().anyMatch(r -> r.phone().equals(stored))) {
            throw new Conflict("wardPublic.alreadyRequested");
        }
        if (pending.size() >= MAX_PENDING_PER_CLASS) {
            throw new Conflict("wardPublic.tooManyPending");
        }
        EnrolmentRequest r = new EnrolmentRequest(classId, name, p, where);
        em.persist(r);
        em.flush();
        audit.recordFor("public", origin.description(), AuditAction.ENROLMENT_REQUESTED, "SKILLS_CLASS", classId,
                "yêu cầu #" + r.id() + " (" + where + ")");
        return r;
    }

    // ---------------------------------------------------------------- the class's unit

    public ClassEnrolment enrolment(long classId) {
        SkillsClass c = managed(classId);
        PublicClass pc = em.find(PublicClass.class, classId);
        return new ClassEnrolment(c, pc != null && pc.openEnrolment(), ordered(requestsOf(classId)));
    }

    /** Opens (or closes) the class to residents' enrolment from the public page. */
    public ClassEnrolment open(long classId, Boolean open) {
        Caller who = caller.get();
        SkillsClass c = managed(classId);
        if (open == null) {
            throw new InvalidInput(List.of(new InvalidField("open", "field.required")));
        }
        if (open && unitDissolved(c.unitId())) {
            throw new Conflict("skills.unitDissolved");
        }
        PublicClass pc = em.find(PublicClass.class, classId, LockModeType.PESSIMISTIC_WRITE);
        if (pc == null) {
            pc = new PublicClass(classId);
            pc.set(open, who.username());
            em.persist(pc);
        } else {
            pc.set(open, who.username());
        }
        em.flush();
        audit.record(open ? AuditAction.PUBLIC_ENROLMENT_OPENED : AuditAction.PUBLIC_ENROLMENT_CLOSED,
                "SKILLS_CLASS", classId, c.title());
        return new ClassEnrolment(c, open, ordered(requestsOf(classId)));
    }

    /** Enrols the resident as a learner, under the classes' rules (the same phone twice is refused there). */
    public EnrolmentRequest accept(long requestId) {
        Caller who = caller.get();
        EnrolmentRequest r = find(requestId);
        managed(r.classId());
        if (r.state() != EnrolmentState.PENDING) {
            throw new Conflict("wardPublic.alreadyDecided");
        }
        SkillsClassService.ClassDetail d = classes.enrol(r.classId(), null, r.fullName(), r.phone(), r.neighbourhood());
        long learner = d.learners().stream().filter(l -> r.phone().equals(l.learner().phone()))
                .map(l -> l.learner().id()).findFirst().orElseThrow();
        r.accept(learner, who.username());
        audit.record(AuditAction.ENROLMENT_ACCEPTED, "SKILLS_CLASS", r.classId(), "yêu cầu #" + r.id() + ": "
                + r.fullName());
        return r;
    }

    public EnrolmentRequest reject(long requestId, String reason) {
        Caller who = caller.get();
        EnrolmentRequest r = find(requestId);
        managed(r.classId());
        List<InvalidField> problems = new ArrayList<>();
        String why = PlainText.lines("reason", reason, MAX_REASON, true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        r.reject(why, who.username());
        audit.record(AuditAction.ENROLMENT_REJECTED, "SKILLS_CLASS", r.classId(), "yêu cầu #" + r.id() + ": " + why);
        return r;
    }

    // ---------------------------------------------------------------- lookups

    private List<OpenClass> openClasses() {
        List<SkillsClass> open = em.createQuery("""
                        select c from SkillsClass c, PublicClass p, PartyUnit u
                        where p.classId = c.id and p.openEnrolment = true and u.id = c.unitId and u.dissolvedOn is null
                        order by c.title, c.id""", SkillsClass.class).getResultList();
        if (open.isEmpty()) {
            return List.of();
        }
        List<SkillsSession> sessions = em.createQuery("select s from SkillsSession s where s.classId in :ids",
                SkillsSession.class).setParameter("ids", open.stream().map(SkillsClass::id).toList()).getResultList();
        LocalDate today = LocalDate.now();
        List<OpenClass> out = new ArrayList<>();
        for (SkillsClass c : open) {
            List<LocalDate> days = sessions.stream().filter(s -> s.classId() == c.id()).map(SkillsSession::heldOn)
                    .sorted().toList();
            out.add(new OpenClass(c, em.find(PartyUnit.class, c.unitId()).name(), days.size(),
                    days.isEmpty() ? null : days.get(0),
                    days.stream().filter(d -> !d.isBefore(today)).findFirst().orElse(null)));
        }
        return out;
    }

    private boolean unitDissolved(long unitId) {
        PartyUnit u = em.find(PartyUnit.class, unitId);
        return u == null || u.dissolved();
    }

    private List<EnrolmentRequest> requestsOf(long classId) {
        return em.createQuery("select r from EnrolmentRequest r where r.classId = :c order by r.receivedAt, r.id",
                EnrolmentRequest.class).setParameter("c", classId).getResultList();
    }

    /** Waiting requests first (oldest first), then the decided ones (latest first). */
    private static List<EnrolmentRequest> ordered(List<EnrolmentRequest> all) {
        List<EnrolmentRequest> out = new ArrayList<>(all.stream().filter(r -> r.state() == EnrolmentState.PENDING).toList());
        out.addAll(all.stream().filter(r -> r.state() != EnrolmentState.PENDING)
                .sorted(Comparator.comparing(EnrolmentRequest::decidedAt).reversed()).toList());
        return out;
    }

    private EnrolmentRequest find(long id) {
        EnrolmentRequest r = Optional.ofNullable(em.find(EnrolmentRequest.class, id))
                .orElseThrow(() -> new EnrolmentRequestNotFound(id));
        em.lock(r, LockModeType.PESSIMISTIC_WRITE);
        return r;
    }

    private SkillsClass managed(long classId) {
        SkillsClass c = Optional.ofNullable(em.find(SkillsClass.class, classId))
                .orElseThrow(() -> new SkillsClassNotFound(classId));
        Caller who = caller.get();
        who.requireManagesAnything();
        if (!who.manages(c.unitId())) {
            throw new ClassOutsideYourUnit();
        }
        return c;
    }
}
