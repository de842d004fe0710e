package vn.dangbo.records.congress;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dangbo.records.security.NotAllowed;
import vn.dangbo.records.shared.Conflict;

/**
 * Check-in (điểm danh) per session: by the card's QR code at the door, by the delegate on their own device, by
 * the secretariat from a search, or by the kiosk's face match. A delegate is checked in once per session: a
 * second scan changes nothing and says when the first one was (which is also how a copied card shows up).
 * The check-in row itself (who, how, when, by whom) is the record; no audit entry is added per scan.
 */
@Stateless
public class CheckInService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CongressAccess access;

    @Inject
    CongressService congresses;

    @Inject
    Event<CheckInRecorded> recorded;

    public record Result(Delegate delegate, CongressSession session, Instant checkedAt, CheckInMethod method,
                         boolean already, boolean hasPhoto) {
    }

    /** At the door: the card's QR token, verified under this congress's key. */
    public Result byCard(long congressId, String token) {
        access.requireBody(congressId, CongressBody.SECRETARIAT);
        Congress c = congresses.openCongress(congressId);
        CardToken.Claims claims = CardToken.read(token).orElseThrow(() -> new CardRefused("congress.card.unreadable"));
        if (claims.congressId() != congressId) {
            throw new CardRefused("congress.card.otherCongress");
        }
        Delegate d = em.find(Delegate.class, claims.delegateId());
        if (d == null || d.congressId() != congressId || !CardToken.verify(c.cardKey(), token)) {
            throw new CardRefused("congress.card.forged");
        }
        if (claims.cardVersion() != d.cardVersion()) {
            throw new CardRefused("congress.card.reissued");
        }
        return record(c, d, CheckInMethod.CARD);
    }

    /** The delegate on their own phone or tablet, while the session's check-in is open. */
    public Result self(long congressId) {
        Congress c = congresses.openCongress(congressId);
        Delegate d = access.self(congressId).orElseThrow(() -> new NotAllowed("congress.participantsOnly"));
        return record(c, d, CheckInMethod.SELF);
    }

    /** The secretariat's desk, after finding the delegate by name or seat; or the kiosk after a face match. */
    public Result byDesk(long congressId, Long delegateId, CheckInMethod method) {
        access.requireBody(congressId, CongressBody.SECRETARIAT);
        Congress c = congresses.openCongress(congressId);
        if (delegateId == null) {
            throw new vn.dangbo.records.shared.InvalidField("delegateId", "field.required");
        }
        Delegate d = congresses.delegate(congressId, delegateId);
        return record(c, d, method == CheckInMethod.FACE ? CheckInMethod.FACE : CheckInMethod.DESK);
    }

    private Result record(Congress c, Delegate d, CheckInMethod method) {
        if (d.status() != DelegateStatus.CONVENED) {
            throw new Conflict("congress.checkin.withdrawn", d.fullName());
        }
        CongressSession s = openSession(c.id());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        // INSERT IGNORE on the (session, delegate) key: two kiosks scanning the same card at once store one row.
        int inserted = em.createNativeQuery("""
                        insert ignore into congress_checkin
                          (session_id, delegate_id, congress_id, checked_at, method, checked_by)
                        values (?, ?, ?, ?, ?, ?)""")
                .setParameter(1, s.id()).setParameter(2, d.id()).setParameter(3, c.id())
                .setParameter(4, Timestamp.from(now)).setParameter(5, method.name())
                .setParameter(6, access.caller().username())
                .executeUpdate();
        boolean hasPhoto = congresses.hasPhoto(d.id());
        if (inserted == 1) {
            recorded.fire(new CheckInRecorded(c.id(), s.id()));
            return new Result(d, s, now, method, false, hasPhoto);
        }
        Object[] first = (Object[]) em.createNativeQuery(
                        "select checked_at, method from congress_checkin where session_id = ? and delegate_id = ?")
                .setParameter(1, s.id()).setParameter(2, d.id()).getSingleResult();
        return new Result(d, s, ((Timestamp) first[0]).toInstant(), CheckInMethod.valueOf((String) first[1]), true,
                hasPhoto);
    }

    private CongressSession openSession(long congressId) {
        return congresses.sessions(congressId).stream().filter(CongressSession::checkInOpen).findFirst()
                .orElseThrow(() -> new Conflict("congress.checkin.closed"));
    }

    // ---- the attendance board

    public record GroupCount(Long groupId, String name, long convened, long present) {
    }

    public record Board(Congress congress, CongressSession session, long convened, long present,
                        long absentWithReason, long quorumNeeded, boolean quorumReached, long alternatesPresent,
                        long guestsPresent, List<GroupCount> groups, Instant asOf) {
    }

    /** Present, convened and quorum for a session (the open one, else the latest), by group. */
    public Board board(long congressId, Long sessionId) {
        Congress c = congresses.find(congressId);
        access.requireParticipant(congressId);
        List<CongressSession> sessions = congresses.sessions(congressId);
        CongressSession s = sessionId != null ? congresses.session(congressId, sessionId)
                : sessions.stream().filter(CongressSession::checkInOpen).findFirst()
                        .orElse(sessions.isEmpty() ? null : sessions.get(sessions.size() - 1));
        return compute(c, s);
    }

    /**
     * The board pushed to live screens after a check-in: no caller here (it runs after the commit, outside the
     * request); each screen was authorised when it subscribed.
     */
    public Board liveBoard(long congressId, long sessionId) {
        return compute(congresses.find(congressId), congresses.session(congressId, sessionId));
    }

    /**
     * How many check-ins each session open for check-in has in these congresses, as {congress, session, count}
     * rows: a server compares them with what its screens were last sent, to learn of check-ins taken by another
     * instance (only an open session takes check-ins, and it is the one the boards show).
     */
    public List<long[]> checkInCounts(java.util.Collection<Long> congressIds) {
        if (congressIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = List.copyOf(congressIds);
        var query = em.createNativeQuery("select s.congress_id, s.id, count(*) from congress_checkin c "
                + "join congress_session s on s.id = c.session_id where s.checkin_open and s.congress_id in ("
                + String.join(",", java.util.Collections.nCopies(ids.size(), "?")) + ") group by s.congress_id, s.id");
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue()}).toList();
    }

    Board compute(Congress c, CongressSession s) {
        long sid = s == null ? -1 : s.id();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select d.group_id, g.name, d.kind, d.status, d.absence_reason is not null,
                               count(*), count(ci.delegate_id)
                        from congress_delegate d
                        left join congress_group g on g.id = d.group_id
                        left join congress_checkin ci on ci.delegate_id = d.id and ci.session_id = ?
                        where d.congress_id = ?
                        group by d.group_id, g.name, d.kind, d.status, d.absence_reason is not null""")
                .setParameter(1, sid).setParameter(2, c.id()).getResultList();
        long convened = 0;
        long present = 0;
        long absentWithReason = 0;
        long alternates = 0;
        long guests = 0;
        Map<Long, long[]> byGroup = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (Object[] r : rows) {
            Long group = r[0] == null ? null : ((Number) r[0]).longValue();
            DelegateKind kind = DelegateKind.valueOf((String) r[2]);
            boolean convenedRow = "CONVENED".equals(r[3]);
            boolean withReason = ((Number) r[4]).intValue() == 1;
            long all = ((Number) r[5]).longValue();
            long here = ((Number) r[6]).longValue();
            if (kind == DelegateKind.OFFICIAL && convenedRow) {
                convened += all;
                present += here;
                if (withReason) {
                    absentWithReason += all - here;
                }
                long[] g = byGroup.computeIfAbsent(group, k -> new long[2]);
                g[0] += all;
                g[1] += here;
                names.put(group, (String) r[1]);
            } else if (kind == DelegateKind.ALTERNATE) {
                alternates += here;
            } else if (kind == DelegateKind.GUEST) {
                guests += here;
            }
        }
        List<GroupCount> groups = new ArrayList<>();
        byGroup.forEach((id, v) -> groups.add(new GroupCount(id, names.get(id), v[0], v[1])));
        groups.sort((a, b) -> a.name() == null ? 1 : b.name() == null ? -1 : a.name().compareTo(b.name()));
        return new Board(c, s, convened, present, absentWithReason, c.quorumNeeded(convened),
                c.quorumReached(present, convened), alternates, guests, groups, Instant.now());
    }
}
