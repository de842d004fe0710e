package vn.dangbo.records.congress;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.member.Member;
import vn.dangbo.records.member.MemberNotFound;
import vn.dangbo.records.member.MemberStatus;
import vn.dangbo.records.member.PersonName;
import vn.dangbo.records.member.VietnameseOrder;
import vn.dangbo.records.shared.Conflict;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;
import vn.dangbo.records.shared.PlainText;
import vn.dangbo.records.shared.VietnameseText;

/**
 * Preparing a congress (the organising board: officers): the congress itself, its sessions, discussion groups,
 * the hall's seat rows, the delegates picked from dossiers and the invited guests, the bodies, photos with
 * consent, and the cards' QR tokens. Every change is audited; a closed congress no longer changes.
 */
@Stateless
public class CongressService {

    static final int MAX_NAME = 300;
    static final int MAX_VENUE = 300;
    static final int MAX_SESSION_NAME = 200;
    static final int MAX_GROUP_NAME = 120;
    static final int MAX_DELEGATION = 200;
    static final int MAX_REASON = 500;
    static final int MAX_QUESTION = 1000;
    static final int MAX_ROWS = 60;
    static final int MAX_SEATS_PER_ROW = 80;
    static final int MAX_BATCH = 1000;
    public static final int MAX_PHOTO_BYTES = 2 * 1024 * 1024;
    private static final Set<String> LEVELS = Set.of("CELL", "WARD", "DISTRICT", "PROVINCE", "CITY");
    private static final Pattern TERM = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final Pattern ROW_LABEL = Pattern.compile("[A-Z]{1,3}");
    /** Only full members may be delegates: probationary members do not vote or stand (Điều lệ Đảng). */
    private static final Set<MemberStatus> MAY_BE_DELEGATE = Set.of(MemberStatus.FULL, MemberStatus.EXEMPT);

    @PersistenceContext
    EntityManager em;

    @Inject
    CongressAccess access;

    @Inject
    AuditLog audit;

    // ---- the congress

    public Congress create(CongressDetails details) {
        access.requireOrganiser();
        Congress c = new Congress(checked(details), access.caller().username());
        em.persist(c);
        em.flush();
        audit.record(AuditAction.CONGRESS_CREATED, "congress", c.id(), c.name());
        return c;
    }

    public Congress describe(long congressId, CongressDetails details) {
        access.requireOrganiser();
        Congress c = openCongress(congressId);
        c.describe(checked(details));
        audit.record(AuditAction.CONGRESS_CHANGED, "congress", c.id(), c.name());
        return c;
    }

    /** Congresses the caller takes part in (all, for the organising board), latest first. */
    public List<Congress> visible() {
        List<Congress> all = em.createQuery("select c from Congress c order by c.startsOn desc, c.id desc",
                Congress.class).getResultList();
        if (access.organiser()) {
            return all;
        }
        Optional<Long> me = access.caller().memberId();
        if (me.isEmpty()) {
            return List.of();
        }
        Set<Long> mine = new HashSet<>(em.createQuery(
                        "select d.congressId from Delegate d where d.member.id = :m", Long.class)
                .setParameter("m", me.get()).getResultList());
        return all.stream().filter(c -> mine.contains(c.id())).toList();
    }

    /** myCheckedInAt: when the caller checked in to the session now open for check-in, if they did. */
    public record Overview(Congress congress, List<CongressSession> sessions, List<DiscussionGroup> groups,
                           Map<CongressBody, List<BodyMember>> bodies, Set<CongressBody> myBodies,
                           Optional<Delegate> me, Optional<Instant> myCheckedInAt) {
    }

    public Overview overview(long congressId) {
        Congress c = find(congressId);
        access.requireParticipant(congressId);
        Map<CongressBody, List<BodyMember>> bodies = em.createQuery(
                        "select b from BodyMember b where b.congressId = :c order by b.body, b.head desc, b.id",
                        BodyMember.class).setParameter("c", congressId).getResultList()
                .stream().collect(Collectors.groupingBy(BodyMember::body));
        List<CongressSession> sessions = sessions(congressId);
        Optional<Delegate> me = access.self(congressId);
        Optional<Instant> checkedIn = Optional.empty();
        Optional<CongressSession> open = sessions.stream().filter(CongressSession::checkInOpen).findFirst();
        if (me.isPresent() && open.isPresent()) {
            List<?> at = em.createNativeQuery(
                            "select checked_at from congress_checkin where session_id = ? and delegate_id = ?")
                    .setParameter(1, open.get().id()).setParameter(2, me.get().id()).getResultList();
            checkedIn = at.stream().findFirst().map(t -> ((java.sql.Timestamp) t).toInstant());
        }
        return new Overview(c, sessions, groups(congressId), bodies, access.bodies(congressId), me, checkedIn);
    }

    public Congress close(long congressId) {
        access.requireOrganiser();
        Congress c = openCongress(congressId);
        c.close();
        // Consent to face matching was given for this congress only.
        int faces = em.createNativeQuery("""
                        delete f from congress_face f join congress_delegate d on d.id = f.delegate_id
                        where d.congress_id = ?""").setParameter(1, congressId).executeUpdate();
        em.createQuery("update CongressSession s set s.checkInOpen = false where s.congressId = :c")
                .setParameter("c", congressId).executeUpdate();
        audit.record(AuditAction.CONGRESS_CLOSED, "congress", c.id(), "face descriptors deleted: " + faces);
        return c;
    }

    // ---- sessions, groups, seats

    public CongressSession addSession(long congressId, String name, Instant startsAt) {
        access.requireOrganiser();
        Congress c = openCongress(congressId);
        List<InvalidField> problems = new ArrayList<>();
        String n = PlainText.line("name", name, MAX_SESSION_NAME, true, problems);
        requireInstant("startsAt", startsAt, problems);
        fail(problems);
        int ordinal = sessions(congressId).stream().mapToInt(CongressSession::ordinal).max().orElse(0) + 1;
        CongressSession s = new CongressSession(c.id(), ordinal, n, startsAt);
        em.persist(s);
        em.flush();
        audit.record(AuditAction.CONGRESS_CHANGED, "congress", c.id(), "session " + ordinal + ": " + n);
        return s;
    }

    public List<CongressSession> sessions(long congressId) {
        return em.createQuery("select s from CongressSession s where s.congressId = :c order by s.ordinal",
                CongressSession.class).setParameter("c", congressId).getResultList();
    }

    /** Opens check-in for one session (closing it for any other), or closes it. */
    public CongressSession checkIn(long congressId, long sessionId, boolean open) {
        access.requireBody(congressId, CongressBody.SECRETARIAT);
        openCongress(congressId);
        CongressSession s = session(congressId, sessionId);
        if (open) {
            for (CongressSession other : sessions(congressId)) {
                other.checkIn(false);
            }
        }
        s.checkIn(open);
        audit.record(AuditAction.CONGRESS_CHECKIN_OPENED, "congress", congressId,
                (open ? "open: " : "closed: ") + s.name());
        return s;
    }

    public DiscussionGroup addGroup(long congressId, String name) {
        access.requireOrganiser();
        openCongress(congressId);
        List<InvalidField> problems = new ArrayList<>();
        String n = PlainText.line("name", name, MAX_GROUP_NAME, true, problems);
        fail(problems);
        if (groups(congressId).stream().anyMatch(g -> g.name().equalsIgnoreCase(n))) {
            throw new Conflict("congress.group.exists", n);
        }
        DiscussionGroup g = new DiscussionGroup(congressId, n);
        em.persist(g);
        em.flush();
        audit.record(AuditAction.CONGRESS_CHANGED, "congress", congressId, "group: " + n);
        return g;
    }

    public List<DiscussionGroup> groups(long congressId) {
        return em.createQuery("select g from DiscussionGroup g where g.congressId = :c order by g.name",
                DiscussionGroup.class).setParameter("c", congressId).getResultList();
    }

    /** Redraws the hall; refused while a delegate sits on a seat the new plan no longer has. */
    public Congress seatRows(long congressId, List<SeatRow> rows) {
        access.requireOrganiser();
        Congress c = openCongress(congressId);
        List<InvalidField> problems = new ArrayList<>();
        if (rows == null || rows.isEmpty() || rows.size() > MAX_ROWS) {
            problems.add(new InvalidField("rows", "congress.seats.rowCount", MAX_ROWS));
        } else {
            Set<String> labels = new HashSet<>();
            for (int i = 0; i < rows.size(); i++) {
                SeatRow r = rows.get(i);
                String field = "rows[" + i + "]";
                if (r == null || r.label() == null || !ROW_LABEL.matcher(r.label()).matches()) {
                    problems.add(new InvalidField(field + ".label", "congress.seats.label"));
                } else if (!labels.add(r.label())) {
                    problems.add(new InvalidField(field + ".label", "congress.seats.duplicateLabel", r.label()));
                }
                if (r != null && (r.seats() < 1 || r.seats() > MAX_SEATS_PER_ROW)) {
                    problems.add(new InvalidField(field + ".seats", "congress.seats.count", MAX_SEATS_PER_ROW));
                }
            }
        }
        fail(problems);
        Congress redrawn = c;
        redrawn.seatRows(rows);
        for (Delegate d : delegates(congressId)) {
            if (d.seatRow() != null && !redrawn.hasSeat(d.seatRow(), d.seatNumber())) {
                throw new Conflict("congress.seats.occupied", d.seat(), d.fullName());
            }
        }
        audit.record(AuditAction.CONGRESS_CHANGED, "congress", congressId, "seat rows: " + rows.size());
        return c;
    }

    // ---- delegates and guests

    public record DelegatePick(List<Long> memberIds, DelegateKind kind, DelegateBasis basis, String delegation) {
    }

    /**
     * Adds delegates picked from dossiers, all or none: every member must be a full member in the records and
     * not already on this congress's list. The delegation defaults to the member's cell.
     */
    public List<Delegate> addDelegates(long congressId, DelegatePick input) {
        access.requireOrganiser();
        openCongress(congressId);
        List<InvalidField> problems = new ArrayList<>();
        if (input.kind() == null || input.kind() == DelegateKind.GUEST) {
            problems.add(new InvalidField("kind", "congress.delegate.kind"));
        }
        if (input.basis() == null) {
            problems.add(new InvalidField("basis", "field.required"));
        }
        String delegation = PlainText.line("delegation", input.delegation(), MAX_DELEGATION, false, problems);
        List<Long> ids = input.memberIds() == null ? List.of() : input.memberIds();
        if (ids.isEmpty() || ids.size() > MAX_BATCH) {
            problems.add(new InvalidField("memberIds", "congress.delegate.count", MAX_BATCH));
        }
        fail(problems);
        Set<Long> already = new HashSet<>(em.createQuery(
                        "select d.member.id from Delegate d where d.congressId = :c and d.member is not null", Long.class)
                .setParameter("c", congressId).getResultList());
        List<Delegate> added = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            String field = "memberIds[" + i + "]";
            Member m = id == null ? null : em.find(Member.class, id);
            if (m == null) {
                problems.add(new InvalidField(field, "congress.delegate.noDossier", String.valueOf(id)));
            } else if (!MAY_BE_DELEGATE.contains(m.status())) {
                problems.add(new InvalidField(field, "congress.delegate.notFullMember", m.fullName()));
            } else if (already.contains(id) || !seen.add(id)) {
                problems.add(new InvalidField(field, "congress.delegate.already", m.fullName()));
            } else {
                added.add(Delegate.of(congressId, m, input.kind(), input.basis(),
                        delegation != null ? delegation : m.cell().name()));
            }
        }
        fail(problems);
        added.forEach(em::persist);
        em.flush();
        audit.record(AuditAction.CONGRESS_DELEGATES_ADDED, "congress", congressId,
                added.size() + " " + input.kind() + " " + input.basis());
        return added;
    }

    public Delegate addGuest(long congressId, String fullName, String office) {
        access.requireOrganiser();
        openCongress(congressId);
        List<InvalidField> problems = new ArrayList<>();
        String name = PlainText.line("fullName", fullName, PersonName.MAX_LENGTH, true, problems);
        String o = PlainText.line("office", office, MAX_DELEGATION, false, problems);
        fail(problems);
        Delegate g = Delegate.guest(congressId, name, o);
        em.persist(g);
        em.flush();
        audit.record(AuditAction.CONGRESS_DELEGATES_ADDED, "congress", congressId, "guest " + name);
        return g;
    }

    /** Everyone on the congress's list, sorted the Vietnamese way. */
    public List<Delegate> delegates(long congressId) {
        List<Delegate> all = em.createQuery("""
                        select d from Delegate d left join fetch d.member left join fetch d.group
                        where d.congressId = :c""", Delegate.class)
                .setParameter("c", congressId).getResultList();
        return all.stream().sorted(Comparator.comparing(Delegate::fullName, VietnameseOrder.BY_NAME)
                .thenComparing(Delegate::id)).toList();
    }

    public List<Delegate> list(long congressId) {
        find(congressId);
        access.requireParticipant(congressId);
        return delegates(congressId);
    }

    /** The secretariat's search by name (ignoring diacritics and case), by seat, or by card number. */
    public List<Delegate> search(long congressId, String query, int limit) {
        find(congressId);
        access.requireBody(congressId, CongressBody.SECRETARIAT, CongressBody.CREDENTIALS);
        String q = VietnameseText.fold(query == null ? "" : query);
        return delegates(congressId).stream()
                .filter(d -> q.isEmpty() || VietnameseText.fold(d.fullName()).contains(q)
                        || d.seat() != null && d.seat().equalsIgnoreCase(q.replace(" ", "")))
                .limit(Math.max(1, Math.min(limit, 100))).toList();
    }

    public record Placement(Long groupId, String seatRow, Integer seatNumber) {
    }

    public Delegate place(long congressId, long delegateId, Placement p) {
        access.requireOrganiser();
        Congress c = openCongress(congressId);
        Delegate d = delegate(congressId, delegateId);
        DiscussionGroup g = null;
        if (p.groupId() != null) {
            g = em.find(DiscussionGroup.class, p.groupId());
            if (g == null || g.congressId() != congressId) {
                throw new InvalidField("groupId", "congress.group.notInCongress");
            }
        }
        String row = p.seatRow() == null || p.seatRow().isBlank() ? null : p.seatRow().strip().toUpperCase();
        Integer number = row == null ? null : p.seatNumber();
        if (row != null && (number == null || !c.hasSeat(row, number))) {
            throw new InvalidField("seatNumber", "congress.seats.noSuchSeat", row + (number == null ? "" : number));
        }
        if (row != null) {
            List<String> taken = em.createQuery("""
                            select o.fullName from Delegate o where o.congressId = :c and o.id <> :d
                              and o.seatRow = :row and o.seatNumber = :n""", String.class)
                    .setParameter("c", congressId).setParameter("d", d.id()).setParameter("row", row)
                    .setParameter("n", number).getResultList();
            if (!taken.isEmpty()) {
                throw new Conflict("congress.seats.taken", row + number, taken.get(0));
            }
        }
        d.place(g, row, number);
        audit.record(AuditAction.CONGRESS_DELEGATE_CHANGED, "delegate", d.id(),
                "group " + (g == null ? "-" : g.name()) + ", seat " + (row == null ? "-" : row + number));
        return d;
    }

    public record StatusChange(String absenceReason, Boolean withdraw, String withdrawReason,
                               String credentialQuestion) {
    }

    /** Declares an expected absence (with its reason), a withdrawal, or a question about the credential. */
    public Delegate note(long congressId, long delegateId, StatusChange change) {
        access.requireBody(congressId, CongressBody.CREDENTIALS);
        openCongress(congressId);
        Delegate d = delegate(congressId, delegateId);
        List<InvalidField> problems = new ArrayList<>();
        String absence = PlainText.line("absenceReason", change.absenceReason(), MAX_REASON, false, problems);
        String withdrawal = PlainText.line("withdrawReason", change.withdrawReason(), MAX_REASON,
                Boolean.TRUE.equals(change.withdraw()), problems);
        String question = PlainText.lines("credentialQuestion", change.credentialQuestion(), MAX_QUESTION, false,
                problems);
        fail(problems);
        if (change.absenceReason() != null) {
            d.expectAbsent(absence);
        }
        if (Boolean.TRUE.equals(change.withdraw())) {
            d.withdraw(withdrawal);
        }
        if (question != null) {
            d.question(question);
        }
        audit.record(AuditAction.CONGRESS_DELEGATE_CHANGED, "delegate", d.id(), "status noted");
        return d;
    }

    /** The credential committee's decision on a questioned credential; a rejected one withdraws the delegate. */
    public Delegate decide(long congressId, long delegateId, CredentialDecision decision, String note) {
        access.requireBody(congressId, CongressBody.CREDENTIALS);
        openCongress(congressId);
        Delegate d = delegate(congressId, delegateId);
        if (d.credentialQuestion() == null) {
            throw new Conflict("congress.credential.notQuestioned", d.fullName());
        }
        List<InvalidField> problems = new ArrayList<>();
        if (decision == null) {
            problems.add(new InvalidField("decision", "field.required"));
        }
        String n = PlainText.lines("note", note, MAX_QUESTION, true, problems);
        fail(problems);
        d.decide(decision, n);
        if (decision == CredentialDecision.REJECTED) {
            d.withdraw(n);
        }
        audit.record(AuditAction.CONGRESS_CREDENTIAL_DECIDED, "delegate", d.id(), decision.name());
        return d;
    }

    // ---- bodies

    public BodyMember appoint(long congressId, CongressBody body, Long delegateId, boolean head) {
        access.requireOrganiser();
        openCongress(congressId);
        if (body == null || delegateId == null) {
            throw new InvalidField(body == null ? "body" : "delegateId", "field.required");
        }
        Delegate d = delegate(congressId, delegateId);
        if (!d.countsForQuorum()) {
            throw new Conflict("congress.body.officialOnly", d.fullName());
        }
        boolean exists = !em.createQuery(
                        "select b.id from BodyMember b where b.delegate.id = :d and b.body = :b", Long.class)
                .setParameter("d", delegateId).setParameter("b", body).getResultList().isEmpty();
        if (exists) {
            throw new Conflict("congress.body.already", d.fullName());
        }
        BodyMember m = new BodyMember(body, d, head);
        em.persist(m);
        em.flush();
        audit.record(AuditAction.CONGRESS_BODY_APPOINTED, "delegate", d.id(), body.name() + (head ? " head" : ""));
        return m;
    }

    public void dismiss(long congressId, long bodyMemberId) {
        access.requireOrganiser();
        openCongress(congressId);
        BodyMember m = em.find(BodyMember.class, bodyMemberId);
        if (m == null || m.congressId() != congressId) {
            throw new DelegateNotFound(bodyMemberId);
        }
        em.remove(m);
        audit.record(AuditAction.CONGRESS_BODY_DISMISSED, "delegate", m.delegate().id(), m.body().name());
    }

    // ---- photos and cards

    public DelegatePhoto photo(long congressId, long delegateId, byte[] bytes, boolean consent) {
        access.requireOrganiser();
        openCongress(congressId);
        Delegate d = delegate(congressId, delegateId);
        if (!consent) {
            throw new InvalidField("consent", "congress.photo.consent");
        }
        String type = PhotoCheck.type(bytes, MAX_PHOTO_BYTES);
        DelegatePhoto p = em.find(DelegatePhoto.class, d.id());
        String by = access.caller().username();
        if (p == null) {
            p = new DelegatePhoto(d.id(), type, bytes, by);
            em.persist(p);
        } else {
            p.replace(type, bytes, by);
        }
        audit.record(AuditAction.CONGRESS_PHOTO_SET, "delegate", d.id(), type + ", consent recorded by " + by);
        return p;
    }

    public DelegatePhoto photoOf(long congressId, long delegateId) {
        find(congressId);
        access.requireParticipant(congressId);
        Delegate d = delegate(congressId, delegateId);
        DelegatePhoto p = em.find(DelegatePhoto.class, d.id());
        if (p == null) {
            throw new DelegateNotFound(delegateId);
        }
        return p;
    }

    /** Whether a photo is on file, without reading it. */
    public boolean hasPhoto(long delegateId) {
        return em.createQuery("select count(p) from DelegatePhoto p where p.delegateId = :d", Long.class)
                .setParameter("d", delegateId).getSingleResult() > 0;
    }

    /** Ids of the delegates of this congress who have a photo on file. */
    public Set<Long> withPhoto(long congressId) {
        return new HashSet<>(em.createQuery("""
                        select p.delegateId from DelegatePhoto p, Delegate d
                        where d.id = p.delegateId and d.congressId = :c""", Long.class)
                .setParameter("c", congressId).getResultList());
    }

    public record Card(Delegate delegate, String token) {
    }

    /** The delegate with the QR token printed on their current card. */
    public Card card(long congressId, long delegateId) {
        access.requireOrganiser();
        Congress c = find(congressId);
        Delegate d = delegate(congressId, delegateId);
        return new Card(d, CardToken.sign(c.cardKey(), c.id(), d.id(), d.cardVersion()));
    }

    /** A new card for a lost or copied one: the old card's code is refused from now on. */
    public Delegate reissueCard(long congressId, long delegateId) {
        access.requireOrganiser();
        openCongress(congressId);
        Delegate d = delegate(congressId, delegateId);
        d.reissueCard();
        audit.record(AuditAction.CONGRESS_CARD_REISSUED, "delegate", d.id(), "card " + d.cardVersion());
        return d;
    }

    // ---- lookups

    public Congress find(long congressId) {
        Congress c = em.find(Congress.class, congressId);
        if (c == null) {
            throw new CongressNotFound(congressId);
        }
        return c;
    }

    /** The congress, refused as a conflict once it is closed. */
    public Congress openCongress(long congressId) {
        Congress c = find(congressId);
        if (!c.open()) {
            throw new Conflict("congress.closed", c.name());
        }
        return c;
    }

    public Delegate delegate(long congressId, long delegateId) {
        Delegate d = em.find(Delegate.class, delegateId);
        if (d == null || d.congressId() != congressId) {
            throw new DelegateNotFound(delegateId);
        }
        return d;
    }

    public CongressSession session(long congressId, long sessionId) {
        CongressSession s = em.find(CongressSession.class, sessionId);
        if (s == null || s.congressId() != congressId) {
            throw new SessionNotFound(sessionId);
        }
        return s;
    }

    private CongressDetails checked(CongressDetails d) {
        List<InvalidField> problems = new ArrayList<>();
        String name = PlainText.line("name", d.name(), MAX_NAME, true, problems);
        String venue = PlainText.line("venue", d.venue(), MAX_VENUE, true, problems);
        String level = d.level() == null ? "WARD" : d.level().strip().toUpperCase();
        if (!LEVELS.contains(level)) {
            problems.add(new InvalidField("level", "congress.level", String.join(", ", LEVELS)));
        }
        String term = d.term() == null ? null : d.term().strip();
        var m = term == null ? null : TERM.matcher(term);
        if (m == null || !m.matches() || Integer.parseInt(m.group(2)) - Integer.parseInt(m.group(1)) != 5) {
            problems.add(new InvalidField("term", "congress.term"));
        }
        requireDate("startsOn", d.startsOn(), problems);
        requireDate("endsOn", d.endsOn(), problems);
        if (d.startsOn() != null && d.endsOn() != null && d.endsOn().isBefore(d.startsOn())) {
            problems.add(new InvalidField("endsOn", "congress.endsBeforeStart"));
        }
        fail(problems);
        return new CongressDetails(name, level, term, d.startsOn(), d.endsOn(), venue);
    }

    private static void requireDate(String field, LocalDate date, List<InvalidField> problems) {
        if (date == null) {
            problems.add(new InvalidField(field, "field.required"));
        } else if (date.getYear() < 2000 || date.getYear() > 2100) {
            problems.add(new InvalidField(field, "congress.dateOutOfRange"));
        }
    }

    private static void requireInstant(String field, Instant when, List<InvalidField> problems) {
        if (when == null) {
            problems.add(new InvalidField(field, "field.required"));
        } else if (when.isBefore(Instant.parse("2000-01-01T00:00:00Z"))
                || when.isAfter(Instant.parse("2100-01-01T00:00:00Z"))) {
            problems.add(new InvalidField(field, "congress.dateOutOfRange"));
        }
    }

    static void fail(List<InvalidField> problems) {
        if (problems.size() == 1) {
            throw problems.get(0);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
