package vn.dangbo.records.notice;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.member.Member;
import vn.dangbo.records.member.MemberStatus;
import vn.dangbo.records.member.VietnameseOrder;
import vn.dangbo.records.organization.PartyUnit;
import vn.dangbo.records.organization.UnitKind;
import vn.dangbo.records.security.Caller;
import vn.dangbo.records.security.CurrentCaller;
import vn.dangbo.records.security.NotAllowed;
import vn.dangbo.records.security.OutsideYourUnit;
import vn.dangbo.records.shared.Conflict;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;
import vn.dangbo.records.shared.PlainText;

/**
 * Notices to members' handbooks: officers send to the whole ward or to chosen cells, secretaries to the cells
 * they manage. The recipients are the full and probationary members of those cells at the moment of sending
 * (exempt members do not use the handbook, Quy định 339); members who join a cell later do not receive older
 * notices; the sender is not among the recipients of their own notice. A member reads their own notices; the
 * first opening is the receipt the sender sees.
 */
@Stateless
public class NoticeService {

    /** Recipients of a notice: the members who use the handbook. */
    static final Set<MemberStatus> RECIPIENTS = Set.of(MemberStatus.FULL, MemberStatus.PROBATIONARY);
    static final int LIST_LIMIT = 100;
    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 20_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    /** A notice as a member sees it in their handbook: read or not yet. */
    public record Received(Notice notice, Instant readAt) {
    }

    /** A notice with the names of the cells it went to; readAt when the caller is a recipient. */
    public record Detail(Notice notice, List<String> unitNames, boolean recipient, Instant readAt, boolean managed,
                         long readCount) {
    }

    /** A sent notice with how many recipients have opened it. */
    public record Sent(Notice notice, List<String> unitNames, long readCount) {
    }

    public record ReceiptLine(long memberId, String fullName, String cellName, Instant readAt) {
    }

    /** Who read when and who has not yet, each list in Vietnamese order of names. */
    public record Receipts(Notice notice, List<String> unitNames, List<ReceiptLine> read, List<ReceiptLine> unread) {
    }

    // ---------------------------------------------------------------- sending

    /** {@code publicNotice}: shown on the ward's public page too, which only officers decide. */
    public Sent send(String title, String body, Boolean important, Boolean wardWide, List<Long> cellIds,
                     Boolean publicNotice) {
        Caller who = caller.get();
        who.requireManagesAnything();
        List<InvalidField> problems = new ArrayList<>();
        String t = PlainText.line("title", title, MAX_TITLE, true, problems);
        String b = PlainText.lines("body", body, MAX_BODY, true, problems);
        boolean whole = Boolean.TRUE.equals(wardWide);
        Set<Long> cells = new LinkedHashSet<>();
        for (Long id : cellIds == null ? List.<Long>of() : cellIds) {
            if (id != null) {
                cells.add(id);
            }
        }
        if (!whole && cells.isEmpty()) {
            problems.add(new InvalidField("cellIds", "notice.noAudience"));
        }
        if (whole && !cells.isEmpty()) {
            problems.add(new InvalidField("cellIds", "notice.wardWideAndCells"));
        }
        List<PartyUnit> units = new ArrayList<>();
        for (Long id : cells) {
            PartyUnit u = em.find(PartyUnit.class, id);
            if (u == null || u.kind() != UnitKind.CELL || u.dissolved()) {
                problems.add(new InvalidField("cellIds", "notice.notACell", id));
            } else {
                units.add(u);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        boolean shownToPublic = Boolean.TRUE.equals(publicNotice);
        if (whole || shownToPublic) {
            who.requireWholeWard();
        }
        for (PartyUnit u : units) {
            who.requireManages(u.id());
        }
        // The sender wrote it: they are not waiting to read it, and their own opening is no receipt.
        List<Object[]> people = recipients(whole, cells).stream()
                .filter(p -> who.memberId().map(me -> !me.equals(p[0])).orElse(true)).toList();
        if (people.isEmpty()) {
            throw new Conflict("notice.noRecipients");
        }
        Notice n = new Notice(t, b, Boolean.TRUE.equals(important), whole, cells, who.username(), senderName(who),
                people.size(), shownToPublic);
        em.persist(n);
        em.flush();
        for (Object[] p : people) {
            em.persist(new NoticeRecipient(n.id(), (Long) p[0], (Long) p[1]));
        }
        em.flush();
        List<String> names = unitNames(n);
        audit.record(AuditAction.NOTICE_SENT, "NOTICE", n.id(), (whole ? "toàn Đảng bộ" : String.join(", ", names))
                + ": " + n.title() + " (" + people.size() + " người nhận" + (n.important() ? ", quan trọng" : "")
                + (n.publicNotice() ? ", công khai" : "")
                + ")");
        return new Sent(n, names, 0);
    }

    /** [member id, cell id] of the full and probationary members of the cells (or the whole ward) today. */
    private List<Object[]> recipients(boolean whole, Collection<Long> cells) {
        if (whole) {
            return em.createQuery("select m.id, m.cell.id from Member m where m.status in :s", Object[].class)
                    .setParameter("s", RECIPIENTS).getResultList();
        }
        return em.createQuery("select m.id, m.cell.id from Member m where m.status in :s and m.cell.id in :cells",
                        Object[].class)
                .setParameter("s", RECIPIENTS).setParameter("cells", cells).getResultList();
    }

    private String senderName(Caller who) {
        return who.memberId().map(id -> em.find(Member.class, id)).map(Member::fullName).orElse(who.username());
    }

    // ---------------------------------------------------------------- the member's handbook

    /** The caller's notices, newest first (the latest 100). */
    public List<Received> mine() {
        Optional<Long> me = caller.get().memberId();
        if (me.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select n, r.readAt from NoticeRecipient r, Notice n
                        where r.noticeId = n.id and r.memberId = :m
                        order by n.publishedAt desc, n.id desc""", Object[].class)
                .setParameter("m", me.get()).setMaxResults(LIST_LIMIT).getResultList().stream()
                .map(row -> new Received((Notice) row[0], (Instant) row[1])).toList();
    }

    /** The caller's newest unread notices, for the handbook home. */
    public List<Notice> unread(int limit) {
        Optional<Long> me = caller.get().memberId();
        if (me.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select n from NoticeRecipient r, Notice n
                        where r.noticeId = n.id and r.memberId = :m and r.readAt is null
                        order by n.publishedAt desc, n.id desc""", Notice.class)
                .setParameter("m", me.get()).setMaxResults(limit).getResultList();
    }

    public long unreadCount() {
        Optional<Long> me = caller.get().memberId();
        if (me.isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(r) from NoticeRecipient r where r.memberId = :m and r.readAt is null",
                Long.class).setParameter("m", me.get()).getSingleResult();
    }

    /**
     * One notice, for one of its recipients or for whoever may see its receipts. Reading it here records
     * nothing; {@link #markRead} is the receipt.
     */
    public Detail detail(long id) {
        Caller who = caller.get();
        Notice n = em.find(Notice.class, id);
        if (n == null) {
            throw new NoticeNotFound(id);
        }
        Optional<NoticeRecipient> r = recipient(who, id);
        boolean managed = n.managedBy(who);
        if (r.isEmpty() && !managed) {
            throw who.managesAnything() ? new OutsideYourUnit() : new NoticeNotFound(id);
        }
        return new Detail(n, unitNames(n), r.isPresent(), r.map(NoticeRecipient::readAt).orElse(null), managed,
                managed ? readCount(id) : 0);
    }

    /** The caller opened the notice: the first time is kept, later openings change nothing. */
    public Instant markRead(long id) {
        Caller who = caller.get();
        NoticeRecipient r = recipient(who, id).orElseThrow(() -> new NoticeNotFound(id));
        if (r.markRead()) {
            em.flush();
        }
        return r.readAt();
    }

    private Optional<NoticeRecipient> recipient(Caller who, long noticeId) {
        return who.memberId().map(m -> em.find(NoticeRecipient.class, new NoticeRecipient.Key(noticeId, m)));
    }

    // ---------------------------------------------------------------- the sender's side

    /** Notices whose receipts the caller may see, newest first: all for officers, their cells' for secretaries. */
    public List<Sent> sent() {
        Caller who = caller.get();
        who.requireManagesAnything();
        List<Notice> notices;
        if (who.wholeWard()) {
            notices = em.createQuery("select n from Notice n order by n.publishedAt desc, n.id desc", Notice.class)
                    .setMaxResults(LIST_LIMIT).getResultList();
        } else {
            notices = em.createQuery("""
                            select distinct n from Notice n join n.unitIds u
                            where n.wardWide = false and u in :cells""", Notice.class)
                    .setParameter("cells", who.managedUnitIds()).getResultList().stream()
                    .filter(n -> n.managedBy(who))
                    .sorted(Comparator.comparing(Notice::publishedAt).thenComparing(Notice::id).reversed())
                    .limit(LIST_LIMIT).toList();
        }
        Map<Long, Long> reads = new HashMap<>();
        if (!notices.isEmpty()) {
            for (Object[] row : em.createQuery("""
                            select r.noticeId, count(r) from NoticeRecipient r
                            where r.noticeId in :ids and r.readAt is not null group by r.noticeId""", Object[].class)
                    .setParameter("ids", notices.stream().map(Notice::id).toList()).getResultList()) {
                reads.put((Long) row[0], (Long) row[1]);
            }
        }
        return notices.stream().map(n -> new Sent(n, unitNames(n), reads.getOrDefault(n.id(), 0L))).toList();
    }

    /** Who has read the notice and when, and who has not yet; for officers and the cells' secretaries. */
    public Receipts receipts(long id) {
        Caller who = caller.get();
        Notice n = em.find(Notice.class, id);
        if (n == null) {
            throw new NoticeNotFound(id);
        }
        if (!n.managedBy(who)) {
            throw who.managesAnything() ? new OutsideYourUnit() : new NotAllowed("notice.receiptsNotYours");
        }
        Map<Long, String> cellNames = new HashMap<>();
        List<ReceiptLine> read = new ArrayList<>();
        List<ReceiptLine> unread = new ArrayList<>();
        for (Object[] row : em.createQuery("""
                        select r.memberId, m.fullName, r.cellId, r.readAt from NoticeRecipient r, Member m
                        where r.noticeId = :n and m.id = r.memberId""", Object[].class)
                .setParameter("n", id).getResultList()) {
            long cellId = (Long) row[2];
            String cell = cellNames.computeIfAbsent(cellId, c -> Optional.ofNullable(em.find(PartyUnit.class, c))
                    .map(PartyUnit::name).orElse(""));
            ReceiptLine line = new ReceiptLine((Long) row[0], (String) row[1], cell, (Instant) row[3]);
            (line.readAt() == null ? unread : read).add(line);
        }
        Comparator<ReceiptLine> byName = Comparator.comparing(ReceiptLine::fullName, VietnameseOrder.BY_NAME);
        read.sort(byName);
        unread.sort(byName);
        return new Receipts(n, unitNames(n), read, unread);
    }

    private long readCount(long noticeId) {
        return em.createQuery("select count(r) from NoticeRecipient r where r.noticeId = :n and r.readAt is not null",
                Long.class).setParameter("n", noticeId).getSingleResult();
    }

    private List<String> unitNames(Notice n) {
        return n.unitIds().stream().map(id -> em.find(PartyUnit.class, id)).filter(u -> u != null)
                .map(PartyUnit::name).sorted().toList();
    }
}
