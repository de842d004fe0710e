package vn.dangbo.records.meeting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.member.Member;
import vn.dangbo.records.member.MemberNotFound;
import vn.dangbo.records.member.MemberStatus;
import vn.dangbo.records.organization.PartyUnit;
import vn.dangbo.records.organization.UnitKind;
import vn.dangbo.records.organization.UnitNotFound;
import vn.dangbo.records.security.Caller;
import vn.dangbo.records.security.CurrentCaller;
import vn.dangbo.records.security.NotAllowed;
import vn.dangbo.records.shared.Conflict;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;
import vn.dangbo.records.shared.VietnameseText;

/**
 * Cell meetings: the secretary (officers for any cell) plans them, marks attendance or lets members check in
 * with the meeting's QR code, closes them (the quorum is recorded then) and writes the minutes; members see
 * their own cell's meetings. Every change is audited.
 */
@Stateless
public class MeetingService {

    static final int MAX_PLACE = 300;
    static final int MAX_TOPIC = 500;
    static final int MAX_TEXT = 20_000;
    static final int MAX_DOCUMENTS = 30;
    static final int MAX_DOCUMENT = 500;
    static final int MAX_REASON = 300;
    static final int MAX_NAME = 120;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @Inject
    MeetingSettings settings;

    /** One member on a meeting's list: required unless exempt, with their attendance once marked. */
    public record RosterLine(long memberId, String fullName, MemberStatus memberStatus, boolean required,
                             AttendanceStatus attendance, String reason, boolean selfCheckIn) {
    }

    /** A meeting with its cell's name, the list (only for those who manage the cell) and the live quorum. */
    public record MeetingDetail(CellMeeting meeting, String cellName, boolean managed, List<RosterLine> roster,
                                Quorum quorum, int required, int present, int excused, int unexcused, int unmarked,
                                int needed, boolean quorumMet, AttendanceStatus myAttendance, boolean minutesReadable) {
    }

    /** A meeting in a member's own history, with how they attended. */
    public record HistoryLine(CellMeeting meeting, String cellName, AttendanceStatus attendance, String reason,
                              boolean selfCheckIn, boolean minutesReadable) {
    }

    /** A member's year of meetings and where they stand against the absence rule. */
    public record MemberHistory(int year, List<HistoryLine> meetings, int present, int excused, int unexcused,
                                AbsenceLevel level) {
    }

    public record MeetingSummary(CellMeeting meeting, String cellName) {
    }

    // ---------------------------------------------------------------- planning

    public MeetingDetail plan(Long cellId, String kind, LocalDateTime startsAt, LocalDateTime endsAt, String place,
                            String topic, String agenda, List<String> documents) {
        Caller who = caller.get();
        if (cellId == null) {
            throw new InvalidInput(List.of(new InvalidField("cellId", "field.required")));
        }
        PartyUnit cell = cell(cellId);
        who.requireManages(cellId);
        if (cell.dissolved()) {
            throw new Conflict("meeting.cellDissolved");
        }
        Planned p = check(kind, startsAt, endsAt, place, topic, agenda, documents);
        CellMeeting m = new CellMeeting(cellId, p.kind, startsAt, endsAt, p.place, p.topic, p.agenda, p.documents,
                who.username());
        em.persist(m);
        em.flush();
        audit.record(AuditAction.MEETING_PLANNED, "MEETING", m.id(), cell.name() + ": " + m.kind() + " "
                + m.startsAt() + " " + m.topic() + (m.postedLate() ? " (đăng muộn)" : ""));
        return compute(m, true, who);
    }

    public MeetingDetail replan(long meetingId, String kind, LocalDateTime startsAt, LocalDateTime endsAt, String place,
                              String topic, String agenda, List<String> documents) {
        CellMeeting m = managed(meetingId);
        if (m.closed()) {
            throw new Conflict("meeting.closed");
        }
        Planned p = check(kind, startsAt, endsAt, place, topic, agenda, documents);
        m.update(p.kind, startsAt, endsAt, p.place, p.topic, p.agenda, p.documents, WardClock.today());
        em.flush();
        audit.record(AuditAction.MEETING_REPLANNED, "MEETING", m.id(), m.kind() + " " + m.startsAt() + " " + m.topic());
        return compute(m, true, caller.get());
    }

    private record Planned(MeetingKind kind, String place, String topic, String agenda, List<String> documents) {
    }

    private Planned check(String kind, LocalDateTime startsAt, LocalDateTime endsAt, String place, String topic,
                          String agenda, List<String> documents) {
        List<InvalidField> problems = new ArrayList<>();
        MeetingKind k = null;
        if (kind == null || kind.isBlank()) {
            problems.add(new InvalidField("kind", "field.required"));
        } else {
            try {
                k = MeetingKind.valueOf(kind.strip());
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidField("kind", "meeting.kind"));
            }
        }
        if (startsAt == null) {
            problems.add(new InvalidField("startsAt", "field.required"));
        }
        if (endsAt == null) {
            problems.add(new InvalidField("endsAt", "field.required"));
        } else if (startsAt != null && (!endsAt.isAfter(startsAt) || endsAt.isAfter(startsAt.plusHours(12)))) {
            problems.add(new InvalidField("endsAt", "meeting.endsAt"));
        }
        if (startsAt != null && (startsAt.getYear() < 1930 || startsAt.isAfter(WardClock.now().plusYears(2)))) {
            problems.add(new InvalidField("startsAt", "meeting.startsAt"));
        }
        String pl = text("place", place, MAX_PLACE, true, problems);
        String t = text("topic", topic, MAX_TOPIC, true, problems);
        String a = text("agenda", agenda, MAX_TEXT, false, problems);
        List<String> docs = new ArrayList<>();
        for (String d : documents == null ? List.<String>of() : documents) {
            String c = VietnameseText.clean(d);
            if (c == null || c.isEmpty()) {
                continue;
            }
            if (c.length() > MAX_DOCUMENT) {
                problems.add(new InvalidField("documents", "field.tooLong", MAX_DOCUMENT));
                break;
            }
            docs.add(c.replace('\n', ' '));
        }
        if (docs.size() > MAX_DOCUMENTS) {
            problems.add(new InvalidField("documents", "meeting.tooManyDocuments", MAX_DOCUMENTS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Planned(k, pl, t, a, docs);
    }

    // ---------------------------------------------------------------- reading

    /** A cell's meetings in a year, newest first: for those who manage the cell. */
    public List<MeetingSummary> ofCell(Long cellId, Integer year) {
        if (cellId == null) {
            throw new InvalidInput(List.of(new InvalidField("cellId", "field.required")));
        }
        String name = cell(cellId).name();
        caller.get().requireManages(cellId);
        int y = year(year);
        return em.createQuery("""
                        select m from CellMeeting m where m.cellId = :cell and m.startsAt >= :from and m.startsAt < :to
                        order by m.startsAt desc, m.id desc""", CellMeeting.class)
                .setParameter("cell", cellId)
                .setParameter("from", LocalDate.of(y, 1, 1).atStartOfDay())
                .setParameter("to", LocalDate.of(y + 1, 1, 1).atStartOfDay())
                .getResultList().stream().map(m -> new MeetingSummary(m, name)).toList();
    }

    /**
     * The caller's own cell's meetings for the handbook: upcoming ones first (soonest first), then the last
     * few past ones (latest first). Nothing for a caller without a dossier.
     */
    public List<MeetingSummary> mine() {
        Optional<Member> me = activeSelf();
        if (me.isEmpty()) {
            return List.of();
        }
        long cellId = me.get().cell().id();
        String cellName = me.get().cell().name();
        List<MeetingSummary> out = new ArrayList<>(upcomingOf(cellId, cellName, 20));
        em.createQuery("""
                        select m from CellMeeting m where m.cellId = :cell and m.endsAt < :now
                        order by m.startsAt desc, m.id desc""", CellMeeting.class)
                .setParameter("cell", cellId).setParameter("now", WardClock.now()).setMaxResults(12).getResultList()
                .forEach(m -> out.add(new MeetingSummary(m, cellName)));
        return out;
    }

    /** The next meetings of the caller's own cell (not ended yet), soonest first: the handbook home's. */
    public List<MeetingSummary> upcoming(int limit) {
        return activeSelf().map(me -> upcomingOf(me.cell().id(), me.cell().name(), limit)).orElse(List.of());
    }

    private List<MeetingSummary> upcomingOf(long cellId, String cellName, int limit) {
        return em.createQuery("""
                        select m from CellMeeting m where m.cellId = :cell and m.endsAt >= :now
                        order by m.startsAt, m.id""", CellMeeting.class)
                .setParameter("cell", cellId).setParameter("now", WardClock.now()).setMaxResults(limit)
                .getResultList().stream().map(m -> new MeetingSummary(m, cellName)).toList();
    }

    /** The caller's own dossier while they are an active member; empty for a login without one. */
    private Optional<Member> activeSelf() {
        Caller who = caller.get();
        if (who.memberId().isEmpty()) {
            return Optional.empty();
        }
        Member me = Optional.ofNullable(em.find(Member.class, who.memberId().get()))
                .orElseThrow(() -> new MemberNotFound(who.memberId().get()));
        return me.status().active() ? Optional.of(me) : Optional.empty();
    }

    /** A meeting: with its list for those who manage the cell, without it for the cell's own members. */
    public MeetingDetail detail(long meetingId) {
        Caller who = caller.get();
        CellMeeting m = meeting(meetingId);
        boolean manages = who.manages(m.cellId());
        if (!manages && !memberOfCell(who, m.cellId()) && !wasOnTheList(who, m.id())) {
            throw who.managesAnything() ? new vn.dangbo.records.security.OutsideYourUnit()
                    : new NotAllowed("meeting.notYourCell");
        }
        return compute(m, manages, who);
    }

    private MeetingDetail compute(CellMeeting m, boolean withRoster, Caller who) {
        List<RosterLine> roster = roster(m);
        int required = 0;
        int present = 0;
        int excused = 0;
        int unexcused = 0;
        int unmarked = 0;
        for (RosterLine r : roster) {
            if (!r.required()) {
                continue;
            }
            required++;
            if (r.attendance() == null) {
                unmarked++;
            } else {
                switch (r.attendance()) {
                    case PRESENT -> present++;
                    case EXCUSED -> excused++;
                    case UNEXCUSED -> unexcused++;
                }
            }
        }
        Quorum q = m.closed() ? m.recordedQuorum() : settings.quorum();
        if (m.closed()) {
            required = m.requiredCount();
            present = m.presentCount();
        }
        AttendanceStatus mine = who.memberId().flatMap(id -> roster.stream().filter(r -> r.memberId() == id)
                .findFirst()).map(RosterLine::attendance).orElse(null);
        return new MeetingDetail(m, cell(m.cellId()).name(), withRoster, withRoster ? roster : List.of(), q, required,
                present, excused, unexcused, unmarked, q.needed(required), q.met(present, required), mine,
                // members read the minutes once the meeting is closed; those who manage the cell while writing them
                m.hasMinutes() && (withRoster || m.closed()));
    }

    /**
     * The cell's active members today, plus anyone already marked (a member who moved away since keeps their
     * line). Exempt members are listed as not required; a closed meeting's counts are those recorded.
     */
    private List<RosterLine> roster(CellMeeting m) {
        Map<Long, MeetingAttendance> marks = new HashMap<>();
        for (MeetingAttendance a : attendance(m.id())) {
            marks.put(a.memberId(), a);
        }
        Map<Long, Member> people = new LinkedHashMap<>();
        em.createQuery("select m from Member m where m.cell.id = :cell and m.status in :active", Member.class)
                .setParameter("cell", m.cellId()).setParameter("active", MemberStatus.ACTIVE).getResultList()
                .forEach(x -> people.put(x.id(), x));
        for (Long id : marks.keySet()) {
            if (!people.containsKey(id)) {
                Member x = em.find(Member.class, id);
                if (x != null) {
                    people.put(id, x);
                }
            }
        }
        List<RosterLine> out = new ArrayList<>();
        for (Member x : people.values()) {
            MeetingAttendance a = marks.get(x.id());
            boolean required = x.status() != MemberStatus.EXEMPT && (x.status().active() || a != null);
            out.add(new RosterLine(x.id(), x.fullName(), x.status(), required, a == null ? null : a.status(),
                    a == null ? null : a.reason(), a != null && a.selfCheckIn()));
        }
        out.sort(Comparator.comparing((RosterLine r) -> !r.required())
                .thenComparing(r -> people.get(r.memberId()).name().sortKey()));
        return out;
    }

    // ---------------------------------------------------------------- attendance

    /** The secretary marks one member; the same mark again changes nothing. */
    public MeetingDetail mark(long meetingId, Long memberId, String status, String reason) {
        Caller who = caller.get();
        CellMeeting m = managed(meetingId);
        if (m.closed()) {
            throw new Conflict("meeting.closed");
        }
        List<InvalidField> problems = new ArrayList<>();
        if (memberId == null) {
            problems.add(new InvalidField("memberId", "field.required"));
        }
        AttendanceStatus s = null;
        if (status == null || status.isBlank()) {
            problems.add(new InvalidField("status", "field.required"));
        } else {
            try {
                s = AttendanceStatus.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidField("status", "meeting.attendanceStatus"));
            }
        }
        String r = text("reason", reason, MAX_REASON, false, problems);
        if (s == AttendanceStatus.EXCUSED && r == null) {
            problems.add(new InvalidField("reason", "meeting.reasonRequired"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Member x = Optional.ofNullable(em.find(Member.class, memberId)).orElseThrow(() -> new MemberNotFound(memberId));
        if (x.cell().id() != m.cellId() || !x.status().active()) {
            throw new Conflict("meeting.notOnList");
        }
        if (x.status() == MemberStatus.EXEMPT) {
            throw new Conflict("meeting.exempt");
        }
        MeetingAttendance a = attendanceOf(m.id(), memberId).orElse(null);
        if (a != null && a.status() == s && java.util.Objects.equals(a.reason(), s == AttendanceStatus.PRESENT ? null : r)) {
            return compute(m, true, who);
        }
        String before = a == null ? "—" : a.status().name();
        if (a == null) {
            em.persist(new MeetingAttendance(m.id(), memberId, s, r, false, who.username()));
        } else {
            a.mark(s, r, false, who.username());
        }
        em.flush();
        audit.record(AuditAction.MEETING_ATTENDANCE_MARKED, "MEETING", m.id(),
                x.fullName() + " (#" + memberId + "): " + before + " → " + s + (r == null ? "" : " (" + r + ")"));
        return compute(m, true, who);
    }

    /** The payload of a meeting's QR code and the window in which it counts. */
    public record CheckInCode(String code, LocalDateTime opensAt, LocalDateTime closesAt) {
    }

    /** The payload of the meeting's QR code, for the secretary's screen. */
    public CheckInCode checkInCode(long meetingId) {
        CellMeeting m = managed(meetingId);
        return new CheckInCode(CheckInCodes.sign(m.id(), settings.qrSecret()),
                m.startsAt().minusMinutes(CellMeeting.CHECK_IN_OPENS_MINUTES), m.endsAt());
    }

    /**
     * A member checks themselves in with the code scanned from the secretary's screen: only a genuine code,
     * only for their own cell's meeting, only during its window, and once.
     */
    public MeetingDetail checkIn(String code) {
        Caller who = caller.get();
        if (code == null || code.isBlank()) {
            throw new InvalidInput(List.of(new InvalidField("code", "field.required")));
        }
        long meetingId = CheckInCodes.verify(code, settings.qrSecret())
                .orElseThrow(() -> new InvalidInput(List.of(new InvalidField("code", "meeting.badCode"))));
        CellMeeting m = meeting(meetingId);
        if (who.memberId().isEmpty()) {
            throw new NotAllowed("meeting.noDossier");
        }
        long memberId = who.memberId().get();
        Member x = Optional.ofNullable(em.find(Member.class, memberId)).orElseThrow(() -> new MemberNotFound(memberId));
        if (x.cell().id() != m.cellId() || !x.status().active()) {
            throw new NotAllowed("meeting.notYourCell");
        }
        LocalDateTime now = WardClock.now();
        if (m.closed()) {
            throw new CheckInRefused("meeting.closed");
        }
        if (now.isBefore(m.startsAt().minusMinutes(CellMeeting.CHECK_IN_OPENS_MINUTES))) {
            throw new CheckInRefused("meeting.checkInNotYet", CellMeeting.CHECK_IN_OPENS_MINUTES);
        }
        if (!m.checkInOpen(now)) {
            throw new CheckInRefused("meeting.checkInOver");
        }
        MeetingAttendance a = attendanceOf(m.id(), memberId).orElse(null);
        if (a != null && a.status() == AttendanceStatus.PRESENT) {
            throw new CheckInRefused("meeting.alreadyCheckedIn");
        }
        if (a == null) {
            em.persist(new MeetingAttendance(m.id(), memberId, AttendanceStatus.PRESENT, null, true, who.username()));
        } else {
            a.mark(AttendanceStatus.PRESENT, null, true, who.username());
        }
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            // Two scans at once: the unique key lets one through.
            throw new CheckInRefused("meeting.alreadyCheckedIn");
        }
        audit.record(AuditAction.MEETING_CHECKED_IN, "MEETING", m.id(), x.fullName() + " (#" + memberId + ") QR");
        return compute(m, false, who);
    }

    /** Closing records the quorum once and for all; every required member must have been marked first. */
    public MeetingDetail close(long meetingId) {
        Caller who = caller.get();
        CellMeeting m = managed(meetingId);
        if (m.closed()) {
            throw new Conflict("meeting.closed");
        }
        if (WardClock.now().isBefore(m.startsAt())) {
            throw new Conflict("meeting.notStarted");
        }
        MeetingDetail live = compute(m, true, who);
        if (live.unmarked() > 0) {
            throw new Conflict("meeting.unmarked", live.unmarked());
        }
        m.close(live.required(), live.present(), live.quorum());
        em.flush();
        audit.record(AuditAction.MEETING_CLOSED, "MEETING", m.id(), live.present() + "/" + live.required()
                + " có mặt, tỷ lệ " + live.quorum() + ": " + (m.quorumMet() ? "hợp lệ" : "không hợp lệ"));
        return compute(m, true, who);
    }

    // ---------------------------------------------------------------- minutes

    public MeetingDetail writeMinutes(long meetingId, String content, String opinions, String resolutions,
                                    Integer votesFor, Integer votesAgainst, Integer votesAbstain, String chair,
                                    String secretary) {
        Caller who = caller.get();
        CellMeeting m = managed(meetingId);
        List<InvalidField> problems = new ArrayList<>();
        String c = text("content", content, MAX_TEXT, true, problems);
        String o = text("opinions", opinions, MAX_TEXT, false, problems);
        String r = text("resolutions", resolutions, MAX_TEXT, false, problems);
        String ch = text("chair", chair, MAX_NAME, true, problems);
        String se = text("secretary", secretary, MAX_NAME, true, problems);
        int votes = 0;
        for (var v : List.of(Map.entry("votesFor", Optional.ofNullable(votesFor)),
                Map.entry("votesAgainst", Optional.ofNullable(votesAgainst)),
                Map.entry("votesAbstain", Optional.ofNullable(votesAbstain)))) {
            if (v.getValue().isPresent()) {
                if (v.getValue().get() < 0) {
                    problems.add(new InvalidField(v.getKey(), "meeting.negativeVotes"));
                }
                votes += Math.max(0, v.getValue().get());
            }
        }
        if (m.closed() && votes > m.presentCount()) {
            problems.add(new InvalidField("votesFor", "meeting.tooManyVotes", m.presentCount()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        boolean first = !m.hasMinutes();
        m.writeMinutes(c, o, r, votesFor, votesAgainst, votesAbstain, ch, se, who.username());
        em.flush();
        audit.record(AuditAction.MEETING_MINUTES_WRITTEN, "MEETING", m.id(), first ? "lập biên bản" : "sửa biên bản");
        return compute(m, true, who);
    }

    /** The minutes as a Word document the cell can still edit: for those who manage the cell. Audited. */
    public MinutesDocument.Content minutesToEdit(long meetingId) {
        return minutesContent(compute(managed(meetingId), true, caller.get()), ".docx");
    }

    /**
     * The minutes to read (PDF): those who manage the cell, and once the meeting is closed the cell's members
     * and anyone who was on its list. Audited like any read of a Party record.
     */
    public MinutesDocument.Content minutesToRead(long meetingId) {
        MeetingDetail d = detail(meetingId);
        if (!d.minutesReadable()) {
            throw new Conflict("meeting.noMinutes");
        }
        return minutesContent(d, ".pdf");
    }

    private MinutesDocument.Content minutesContent(MeetingDetail d, String format) {
        CellMeeting m = d.meeting();
        if (!m.hasMinutes()) {
            throw new Conflict("meeting.noMinutes");
        }
        audit.record(AuditAction.MEETING_MINUTES_EXPORTED, "MEETING", m.id(), format);
        return new MinutesDocument.Content(m, d.cellName(), d.required(), d.present(), d.excused(), d.unexcused(),
                d.quorum(), d.quorumMet(), ancestorName(m.cellId()));
    }

    // ---------------------------------------------------------------- a member's own history

    /** The meetings the caller was on the list of in a year (any cell they belonged to), newest first. */
    public MemberHistory history(Integer year) {
        Caller who = caller.get();
        int y = year(year);
        if (who.memberId().isEmpty()) {
            return new MemberHistory(y, List.of(), 0, 0, 0, AbsenceLevel.NONE);
        }
        long me = who.memberId().get();
        List<Object[]> rows = em.createQuery("""
                        select m, a from CellMeeting m, MeetingAttendance a
                        where a.meetingId = m.id and a.memberId = :me and m.startsAt >= :from and m.startsAt < :to
                        order by m.startsAt desc, m.id desc""", Object[].class)
                .setParameter("me", me)
                .setParameter("from", LocalDate.of(y, 1, 1).atStartOfDay())
                .setParameter("to", LocalDate.of(y + 1, 1, 1).atStartOfDay())
                .getResultList();
        Map<Long, String> cellNames = new HashMap<>();
        List<HistoryLine> lines = new ArrayList<>();
        Map<AttendanceStatus, Integer> counted = new EnumMap<>(AttendanceStatus.class);
        for (Object[] row : rows) {
            CellMeeting m = (CellMeeting) row[0];
            MeetingAttendance a = (MeetingAttendance) row[1];
            String cellName = cellNames.computeIfAbsent(m.cellId(), id -> cell(id).name());
            lines.add(new HistoryLine(m, cellName, a.status(), a.reason(), a.selfCheckIn(),
                    m.closed() && m.hasMinutes()));
            if (m.closed()) {
                // the absence rule counts closed meetings only, as the cell's statistics do
                counted.merge(a.status(), 1, Integer::sum);
            }
        }
        int unexcused = counted.getOrDefault(AttendanceStatus.UNEXCUSED, 0);
        return new MemberHistory(y, lines, counted.getOrDefault(AttendanceStatus.PRESENT, 0),
                counted.getOrDefault(AttendanceStatus.EXCUSED, 0), unexcused, AbsenceLevel.of(unexcused));
    }

    private String ancestorName(long cellId) {
        PartyUnit u = cell(cellId);
        Optional<PartyUnit> p = u.parent();
        return p.map(PartyUnit::name).orElse(null);
    }

    // ---------------------------------------------------------------- absences and statistics

    /** One member's year: meetings closed while they were on the list, and the absence rule's level. */
    public record MemberYear(long memberId, String fullName, MemberStatus status, int meetings, int present,
                             int excused, int unexcused, AbsenceLevel level) {
    }

    public record MonthLine(int month, int meetings, int valid, int required, int present) {
    }

    public record CellYear(long cellId, String cellName, int year, int meetings, int closed, int valid, int required,
                           int present, int regularPostedLate, List<MonthLine> months, List<MemberYear> members,
                           int warnings, int flags) {
    }

    /** A cell's attendance for a year: per member (with warnings and flags) and per month. */
    public CellYear attendanceOfCell(Long cellId, Integer year) {
        if (cellId == null) {
            throw new InvalidInput(List.of(new InvalidField("cellId", "field.required")));
        }
        PartyUnit cell = cell(cellId);
        caller.get().requireManages(cellId);
        return yearOf(cell, year(year), true);
    }

    /** Every cell the caller manages (all for officers): the year's totals and the members flagged or warned. */
    public List<CellYear> attendanceOfCells(Integer year) {
        Caller who = caller.get();
        who.requireManagesAnything();
        int y = year(year);
        return em.createQuery("select u from PartyUnit u where u.kind = :cell and u.dissolvedOn is null order by u.name",
                        PartyUnit.class).setParameter("cell", UnitKind.CELL).getResultList().stream()
                .filter(c -> who.manages(c.id())).map(c -> yearOf(c, y, false)).toList();
    }

    private CellYear yearOf(PartyUnit cell, int year, boolean withMembers) {
        List<CellMeeting> meetings = em.createQuery("""
                        select m from CellMeeting m where m.cellId = :cell and m.startsAt >= :from and m.startsAt < :to
                        order by m.startsAt""", CellMeeting.class)
                .setParameter("cell", cell.id())
                .setParameter("from", LocalDate.of(year, 1, 1).atStartOfDay())
                .setParameter("to", LocalDate.of(year + 1, 1, 1).atStartOfDay())
                .getResultList();
        List<Long> closedIds = meetings.stream().filter(CellMeeting::closed).map(CellMeeting::id).toList();
        Map<Long, Map<AttendanceStatus, Integer>> byMember = new HashMap<>();
        if (!closedIds.isEmpty()) {
            for (MeetingAttendance a : em.createQuery("select a from MeetingAttendance a where a.meetingId in :ids",
                    MeetingAttendance.class).setParameter("ids", closedIds).getResultList()) {
                byMember.computeIfAbsent(a.memberId(), k -> new EnumMap<>(AttendanceStatus.class))
                        .merge(a.status(), 1, Integer::sum);
            }
        }
        int[] mMeetings = new int[13];
        int[] mValid = new int[13];
        int[] mRequired = new int[13];
        int[] mPresent = new int[13];
        int closed = 0;
        int valid = 0;
        int required = 0;
        int present = 0;
        int late = 0;
        for (CellMeeting m : meetings) {
            int mo = m.startsAt().getMonthValue();
            mMeetings[mo]++;
            if (m.postedLate()) {
                late++;
            }
            if (m.closed()) {
                closed++;
                required += m.requiredCount();
                present += m.presentCount();
                mRequired[mo] += m.requiredCount();
                mPresent[mo] += m.presentCount();
                if (Boolean.TRUE.equals(m.quorumMet())) {
                    valid++;
                    mValid[mo]++;
                }
            }
        }
        List<MonthLine> months = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            months.add(new MonthLine(i, mMeetings[i], mValid[i], mRequired[i], mPresent[i]));
        }
        List<Member> people = em.createQuery(
                        "select m from Member m where m.cell.id = :cell and m.status in :active", Member.class)
                .setParameter("cell", cell.id()).setParameter("active", MemberStatus.ACTIVE).getResultList()
                .stream().sorted(Comparator.comparing(x -> x.name().sortKey())).toList();
        List<MemberYear> members = new ArrayList<>();
        int warnings = 0;
        int flags = 0;
        for (Member x : people) {
            Map<AttendanceStatus, Integer> c = byMember.getOrDefault(x.id(), Map.of());
            int p = c.getOrDefault(AttendanceStatus.PRESENT, 0);
            int e = c.getOrDefault(AttendanceStatus.EXCUSED, 0);
            int u = c.getOrDefault(AttendanceStatus.UNEXCUSED, 0);
            AbsenceLevel level = AbsenceLevel.of(u);
            if (level == AbsenceLevel.WARNING) {
                warnings++;
            } else if (level == AbsenceLevel.FLAG) {
                flags++;
            }
            if (withMembers || level != AbsenceLevel.NONE) {
                members.add(new MemberYear(x.id(), x.fullName(), x.status(), p + e + u, p, e, u, level));
            }
        }
        return new CellYear(cell.id(), cell.name(), year, meetings.size(), closed, valid, required, present, late,
                months, members, warnings, flags);
    }

    // ---------------------------------------------------------------- settings

    public Quorum quorum() {
        caller.get().requireManagesAnything();
        return settings.quorum();
    }

    /** Officers change the ward's quorum; meetings already closed keep the one recorded with them. */
    public Quorum setQuorum(String fraction) {
        Caller who = caller.get();
        who.requireWholeWard();
        Quorum q = Quorum.parse(fraction).filter(x -> 2 * x.numerator() > x.denominator())
                .orElseThrow(() -> new InvalidInput(List.of(new InvalidField("quorum", "meeting.quorum"))));
        MeetingSetting s = em.find(MeetingSetting.class, MeetingSettings.QUORUM);
        String before = s == null ? Quorum.DEFAULT.toString() : s.value();
        if (s == null) {
            em.persist(new MeetingSetting(MeetingSettings.QUORUM, q.toString(), who.username()));
        } else {
            s.change(q.toString(), who.username());
        }
        em.flush();
        audit.record(AuditAction.MEETING_QUORUM_SET, "WARD", null, before + " → " + q);
        return q;
    }

    // ---------------------------------------------------------------- helpers

    private CellMeeting meeting(long id) {
        return Optional.ofNullable(em.find(CellMeeting.class, id)).orElseThrow(() -> new MeetingNotFound(id));
    }

    private CellMeeting managed(long id) {
        CellMeeting m = meeting(id);
        caller.get().requireManages(m.cellId());
        return m;
    }

    private PartyUnit cell(long id) {
        PartyUnit u = Optional.ofNullable(em.find(PartyUnit.class, id)).orElseThrow(() -> new UnitNotFound(id));
        if (u.kind() != UnitKind.CELL) {
            throw new InvalidInput(List.of(new InvalidField("cellId", "meeting.notACell")));
        }
        return u;
    }

    private boolean wasOnTheList(Caller who, long meetingId) {
        return who.memberId().flatMap(id -> attendanceOf(meetingId, id)).isPresent();
    }

    private boolean memberOfCell(Caller who, long cellId) {
        return who.memberId().map(id -> em.find(Member.class, id))
                .filter(x -> x.status().active() && x.cell().id() == cellId).isPresent();
    }

    private List<MeetingAttendance> attendance(long meetingId) {
        return em.createQuery("select a from MeetingAttendance a where a.meetingId = :m", MeetingAttendance.class)
                .setParameter("m", meetingId).getResultList();
    }

    private Optional<MeetingAttendance> attendanceOf(long meetingId, long memberId) {
        return em.createQuery("select a from MeetingAttendance a where a.meetingId = :m and a.memberId = :x",
                        MeetingAttendance.class).setParameter("m", meetingId).setParameter("x", memberId)
                .getResultList().stream().findFirst();
    }

    private static String text(String field, String value, int max, boolean required, List<InvalidField> problems) {
        // Long texts (agenda, minutes) keep their lines; short ones are single-line and collapsed.
        String c = max > MAX_TOPIC ? multiline(value) : VietnameseText.clean(value);
        if (c == null || c.isEmpty()) {
            if (required) {
                problems.add(new InvalidField(field, "field.required"));
            }
            return null;
        }
        if (c.length() > max) {
            problems.add(new InvalidField(field, "field.tooLong", max));
        }
        return c;
    }

    private static String multiline(String value) {
        if (value == null) {
            return null;
        }
        String nfc = java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFC).replace("\r\n", "\n")
                .replace('\r', '\n');
        return nfc.lines().map(String::stripTrailing).collect(java.util.stream.Collectors.joining("\n")).strip();
    }

    private static int year(Integer year) {
        int now = WardClock.today().getYear();
        if (year == null) {
            return now;
        }
        if (year < 1930 || year > now + 1) {
            throw new InvalidInput(List.of(new InvalidField("year", "meeting.year", now + 1)));
        }
        return year;
    }

    /** Meetings still planned for these cells on or after the date: the successor of a merge holds them. */
    public List<CellMeeting> plannedFrom(java.util.Collection<Long> cellIds, LocalDate from) {
        if (cellIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select m from CellMeeting m where m.cellId in :cells and m.state = :planned
                          and m.startsAt >= :from""", CellMeeting.class)
                .setParameter("cells", cellIds).setParameter("planned", MeetingState.PLANNED)
                .setParameter("from", from.atStartOfDay()).getResultList();
    }

    /** Moves those meetings to the successor of a merge (officers only); returns how many moved. */
    public int movePlanned(java.util.Collection<Long> cellIds, long successorCellId, LocalDate from) {
        caller.get().requireWholeWard();
        List<CellMeeting> planned = plannedFrom(cellIds, from);
        planned.forEach(m -> m.moveTo(successorCellId));
        return planned.size();
    }
}
