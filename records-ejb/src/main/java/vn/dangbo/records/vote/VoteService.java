package vn.dangbo.records.vote;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.congress.CongressAccess;
import vn.dangbo.records.congress.CongressBody;
import vn.dangbo.records.congress.CongressService;
import vn.dangbo.records.congress.CongressSession;
import vn.dangbo.records.congress.Delegate;
import vn.dangbo.records.congress.DelegateKind;
import vn.dangbo.records.congress.DelegateStatus;
import vn.dangbo.records.live.LiveEvents;
import vn.dangbo.records.security.NotAllowed;
import vn.dangbo.records.shared.Conflict;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;
import vn.dangbo.records.shared.PlainText;

/**
 * Open votes (biểu quyết) at a congress. The presidium prepares a vote (its subject, rule, base and whether a vote
 * may be changed), opens it, and closes it; one vote is open at a time, as in the hall. Official delegates present
 * at the vote's session vote for themselves, once each: a concurrent second attempt never adds a vote, it changes
 * the first (when the vote allows it) or is refused. The presidium follows the tally live; everyone sees the result
 * once the vote closes.
 * <p>
 * Preparing, opening and closing are audited; a cast is its own record (who, what, when, how many changes) and is
 * not copied into the audit log, as with check-ins: thousands land within seconds and the audit chain is one
 * sequence.
 */
@Stateless
public class VoteService {

    static final int MAX_TITLE = 300;

    @PersistenceContext
    EntityManager em;

    @Inject
    CongressAccess access;

    @Inject
    CongressService congresses;

    @Inject
    LiveEvents live;

    @Inject
    AuditLog audit;

    /** sessionId: when absent, the session whose check-in is open (else the latest); rule MAJORITY, base PRESENT. */
    public record VoteDraft(String title, VoteSubject subject, Long sessionId, Long agendaItemId, VoteRule rule,
                            VoteBase base, Boolean changeable) {
    }

    public Vote prepare(long congressId, VoteDraft draft) {
        access.requireBody(congressId, CongressBody.PRESIDIUM);
        congresses.openCongress(congressId);
        List<InvalidField> problems = new ArrayList<>();
        String title = PlainText.line("title", draft.title(), MAX_TITLE, true, problems);
        if (draft.subject() == null) {
            problems.add(new InvalidField("subject", "field.required"));
        }
        if (draft.agendaItemId() != null && em.createNativeQuery(
                        "select id from congress_agenda_item where id = ? and congress_id = ?")
                .setParameter(1, draft.agendaItemId()).setParameter(2, congressId).getResultList().isEmpty()) {
            problems.add(new InvalidField("agendaItemId", "congress.vote.agendaItem"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        CongressSession session = draft.sessionId() != null ? congresses.session(congressId, draft.sessionId())
                : defaultSession(congressId);
        Vote v = new Vote(congressId, session.id(), draft.agendaItemId(), draft.subject(), title,
                draft.rule() == null ? VoteRule.MAJORITY : draft.rule(),
                draft.base() == null ? VoteBase.PRESENT : draft.base(),
                Boolean.TRUE.equals(draft.changeable()), access.caller().username());
        em.persist(v);
        em.flush();
        audit.record(AuditAction.CONGRESS_VOTE_PREPARED, "congress_vote", v.id(),
                v.subject() + ", " + v.rule() + " of " + v.base() + (v.changeable() ? ", changeable" : "") + ": " + title);
        live.stateChanged(congressId);
        return v;
    }

    /** Opens a prepared vote; refused while another vote of the congress is open. */
    public Vote open(long congressId, long voteId) {
        access.requireBody(congressId, CongressBody.PRESIDIUM);
        congresses.openCongress(congressId);
        // Two presidium members opening two votes at once: the congress row makes them take turns.
        em.createNativeQuery("select id from congress where id = ? for update").setParameter(1, congressId)
                .getResultList();
        Vote v = vote(congressId, voteId);
        em.createQuery("select v from Vote v where v.congressId = :c and v.status = :s", Vote.class)
                .setParameter("c", congressId).setParameter("s", VoteStatus.OPEN).getResultStream().findFirst()
                .ifPresent(other -> {
                    throw new Conflict("congress.vote.anotherOpen", other.title());
                });
        v.open(access.caller().username());
        audit.record(AuditAction.CONGRESS_VOTE_OPENED, "congress_vote", v.id(), v.title());
        live.stateChanged(congressId);
        return v;
    }

    /**
     * Closes the vote and freezes its result. The vote's row is locked first: a cast in flight holds a shared lock
     * on it, so every cast either committed before the count or finds the vote closed.
     */
    public Vote close(long congressId, long voteId) {
        access.requireBody(congressId, CongressBody.PRESIDIUM);
        congresses.openCongress(congressId);
        Vote v = vote(congressId, voteId);
        em.lock(v, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(v);
        Map<VoteChoice, Long> counts = counts(voteId);
        long[] pc = presentAndConvened(congressId, v.sessionId());
        VoteResult r = v.close(counts.get(VoteChoice.AGREE), counts.get(VoteChoice.DISAGREE),
                counts.get(VoteChoice.ABSTAIN), pc[0], pc[1], access.caller().username());
        audit.record(AuditAction.CONGRESS_VOTE_CLOSED, "congress_vote", v.id(), String.format(
                "%s: agree %d, disagree %d, abstain %d; present %d, convened %d; %s %d of %d → %s", v.title(),
                r.agree(), r.disagree(), r.abstain(), r.present(), r.convened(), r.rule(), r.needed(), r.baseCount(),
                r.passed() ? "passed" : "not passed"));
        live.stateChanged(congressId);
        return v;
    }

    public record Cast(long voteId, boolean changeable, VoteChoice choice, Instant castAt, int changes) {
    }

    /**
     * The caller votes for themselves. Only an official delegate, convened, checked in to the vote's session, while
     * the vote is open. A second vote changes the first when the vote allows it, and is refused otherwise.
     * Thousands arrive within seconds: the caller's delegate, the vote and their presence are read in one statement,
     * and the vote's row only with a shared lock, so casts do not wait for each other, only for the closing.
     */
    public Cast cast(long congressId, long voteId, VoteChoice choice) {
        Long memberId = access.caller().memberId().orElseThrow(() -> new NotAllowed("congress.vote.delegatesOnly"));
        // The delegate's own row first, exclusively: attempts by one delegate run one after the other (concurrent
        // upserts of one key deadlock in InnoDB), while different delegates never wait for each other.
        em.createNativeQuery("select id from congress_delegate where congress_id = ? and member_id = ? for update")
                .setParameter(1, congressId).setParameter(2, memberId).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("""
                        select d.id, d.kind, d.status, d.full_name, v.status, v.changeable, v.title,
                               exists(select 1 from congress_checkin ci
                                      where ci.session_id = v.session_id and ci.delegate_id = d.id)
                        from congress_delegate d
                        left join congress_vote v on v.id = ? and v.congress_id = d.congress_id
                        where d.congress_id = ? and d.member_id = ?
                        lock in share mode""")
                .setParameter(1, voteId).setParameter(2, congressId).setParameter(3, memberId).getResultList();
        if (found.isEmpty()) {
            throw new NotAllowed("congress.vote.delegatesOnly");
        }
        Object[] row = found.get(0);
        long delegateId = ((Number) row[0]).longValue();
        String name = (String) row[3];
        if (!DelegateKind.OFFICIAL.name().equals(row[1])) {
            throw new NotAllowed("congress.vote.officialOnly");
        }
        if (choice == null) {
            throw new InvalidInput(List.of(new InvalidField("choice", "field.required")));
        }
        if (row[4] == null) {
            throw new VoteNotFound(voteId);
        }
        if (!DelegateStatus.CONVENED.name().equals(row[2])) {
            throw new Conflict("congress.vote.withdrawn", name);
        }
        String title = (String) row[6];
        if (!VoteStatus.OPEN.name().equals(row[4])) {
            throw new Conflict("congress.vote.notOpen", title);
        }
        if (!truthy(row[7])) {
            throw new Conflict("congress.vote.notPresent", name);
        }
        boolean changeable = truthy(row[5]);
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Timestamp now = Timestamp.from(at);
        if (!changeable) {
            int inserted = em.createNativeQuery("""
                            insert ignore into congress_vote_cast (vote_id, delegate_id, choice, cast_at, changes)
                            values (?, ?, ?, ?, 0)""")
                    .setParameter(1, voteId).setParameter(2, delegateId).setParameter(3, choice.name())
                    .setParameter(4, now).executeUpdate();
            if (inserted == 0) {
                throw new Conflict("congress.vote.alreadyCast", title);
            }
            live.tallyChanged(congressId);
            return new Cast(voteId, false, choice, at, 0);
        }
        // Assignments run left to right: the choice is compared before it is replaced.
        em.createNativeQuery("""
                        insert into congress_vote_cast (vote_id, delegate_id, choice, cast_at, changes)
                        values (?, ?, ?, ?, 0)
                        on duplicate key update
                          changes = changes + (choice <> values(choice)),
                          changed_at = if(choice <> values(choice), values(cast_at), changed_at),
                          choice = values(choice)""")
                .setParameter(1, voteId).setParameter(2, delegateId).setParameter(3, choice.name())
                .setParameter(4, now).executeUpdate();
        live.tallyChanged(congressId);
        return mine(voteId, true, delegateId).orElseThrow();
    }

    /** The caller's own vote (if they cast one), and why they may not vote now (a message key), if they may not. */
    public record Ballot(Vote vote, Optional<Cast> cast, Optional<String> refusal) {
        public boolean mayVote() {
            return refusal.isEmpty() && (cast.isEmpty() || vote.changeable());
        }
    }

    public Ballot mine(long congressId, long voteId) {
        congresses.find(congressId);
        access.requireParticipant(congressId);
        Vote v = vote(congressId, voteId);
        Optional<Delegate> me = access.self(congressId);
        Optional<Cast> cast = me.isEmpty() ? Optional.empty() : mine(v.id(), v.changeable(), me.get().id());
        return new Ballot(v, cast, refusal(v, me));
    }

    private Optional<String> refusal(Vote v, Optional<Delegate> me) {
        if (me.isEmpty()) {
            return Optional.of("congress.vote.delegatesOnly");
        }
        if (me.get().kind() != DelegateKind.OFFICIAL) {
            return Optional.of("congress.vote.officialOnly");
        }
        if (me.get().status() != DelegateStatus.CONVENED) {
            return Optional.of("congress.vote.withdrawn");
        }
        if (em.createNativeQuery("select 1 from congress_checkin where session_id = ? and delegate_id = ?")
                .setParameter(1, v.sessionId()).setParameter(2, me.get().id()).getResultList().isEmpty()) {
            return Optional.of("congress.vote.notPresent");
        }
        if (v.status() != VoteStatus.OPEN) {
            return Optional.of("congress.vote.notOpen");
        }
        return Optional.empty();
    }

    private Optional<Cast> mine(long voteId, boolean changeable, long delegateId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select choice, cast_at, changes from congress_vote_cast where vote_id = ? and delegate_id = ?")
                .setParameter(1, voteId).setParameter(2, delegateId).getResultList();
        return rows.stream().findFirst().map(r -> new Cast(voteId, changeable, VoteChoice.valueOf((String) r[0]),
                ((Timestamp) r[1]).toInstant(), ((Number) r[2]).intValue()));
    }

    /** A vote with its figures: the frozen result once closed; the live tally only for the presidium. */
    public record VoteState(Vote vote, Optional<VoteResult> figures) {
    }

    public List<VoteState> list(long congressId) {
        congresses.find(congressId);
        access.requireParticipant(congressId);
        boolean presidium = presidium(congressId);
        return em.createQuery("select v from Vote v where v.congressId = :c order by v.id", Vote.class)
                .setParameter("c", congressId).getResultList().stream()
                .map(v -> new VoteState(v, figures(v, presidium))).toList();
    }

    public VoteState state(long congressId, long voteId) {
        congresses.find(congressId);
        access.requireParticipant(congressId);
        Vote v = vote(congressId, voteId);
        return new VoteState(v, figures(v, presidium(congressId)));
    }

    private boolean presidium(long congressId) {
        return access.bodies(congressId).stream()
                .anyMatch(b -> b == CongressBody.PRESIDIUM || b == CongressBody.SECRETARIAT);
    }

    private Optional<VoteResult> figures(Vote v, boolean presidium) {
        if (v.status() == VoteStatus.CLOSED) {
            return v.result();
        }
        return presidium && v.status() == VoteStatus.OPEN ? Optional.of(tally(v)) : Optional.empty();
    }

    /** The figures of an open vote as they stand (no caller check: the live section serves screens already checked). */
    public VoteResult tally(Vote v) {
        Map<VoteChoice, Long> c = counts(v.id());
        long[] pc = presentAndConvened(v.congressId(), v.sessionId());
        return VoteResult.of(c.get(VoteChoice.AGREE), c.get(VoteChoice.DISAGREE), c.get(VoteChoice.ABSTAIN), pc[0],
                pc[1], v.base(), v.rule());
    }

    Map<VoteChoice, Long> counts(long voteId) {
        Map<VoteChoice, Long> out = new EnumMap<>(VoteChoice.class);
        for (VoteChoice c : VoteChoice.values()) {
            out.put(c, 0L);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select choice, count(*) from congress_vote_cast where vote_id = ? group by choice")
                .setParameter(1, voteId).getResultList();
        for (Object[] r : rows) {
            out.put(VoteChoice.valueOf((String) r[0]), ((Number) r[1]).longValue());
        }
        return out;
    }

    /** Official delegates convened, and of them those checked in to the session. */
    long[] presentAndConvened(long congressId, long sessionId) {
        Object[] r = (Object[]) em.createNativeQuery("""
                        select count(*), count(ci.delegate_id)
                        from congress_delegate d
                        left join congress_checkin ci on ci.delegate_id = d.id and ci.session_id = ?
                        where d.congress_id = ? and d.kind = 'OFFICIAL' and d.status = 'CONVENED'""")
                .setParameter(1, sessionId).setParameter(2, congressId).getSingleResult();
        return new long[] {((Number) r[1]).longValue(), ((Number) r[0]).longValue()};
    }

    Vote vote(long congressId, long voteId) {
        Vote v = em.find(Vote.class, voteId);
        if (v == null || v.congressId() != congressId) {
            throw new VoteNotFound(voteId);
        }
        return v;
    }

    private CongressSession defaultSession(long congressId) {
        List<CongressSession> sessions = congresses.sessions(congressId);
        if (sessions.isEmpty()) {
            throw new Conflict("congress.vote.noSession");
        }
        return sessions.stream().filter(CongressSession::checkInOpen).findFirst()
                .orElse(sessions.get(sessions.size() - 1));
    }

    private static boolean truthy(Object o) {
        return o instanceof Boolean b ? b : o instanceof Number n && n.intValue() != 0;
    }
}
