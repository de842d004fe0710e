package vn.dangbo.records.election;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.congress.Congress;
import vn.dangbo.records.congress.CongressAccess;
import vn.dangbo.records.congress.CongressBody;
import vn.dangbo.records.congress.CongressService;
import vn.dangbo.records.congress.CongressSession;
import vn.dangbo.records.congress.Delegate;
import vn.dangbo.records.congress.DelegateKind;
import vn.dangbo.records.congress.DelegateStatus;
import vn.dangbo.records.live.LiveEvents;
import vn.dangbo.records.member.Member;
import vn.dangbo.records.security.NotAllowed;
import vn.dangbo.records.shared.Conflict;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;
import vn.dangbo.records.shared.PlainText;

/**
 * Secret-ballot elections (bầu cử) at a congress. The presidium keeps the list; the counting board (ban kiểm
 * phiếu) opens rounds, closes and counts them, enters paper ballots and publishes; delegates cast their own
 * ballot. Casting writes two unrelated rows (see V26): who voted, and a ballot under a random receipt code;
 * it writes no audit entry, because an entry's time and sequence beside a ballot would be the link.
 */
@Stateless
public class ElectionService {

    static final int MAX_TITLE = 300;
    static final int MAX_REASON = 500;
    private static final char[] RECEIPT_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    CongressAccess access;

    @Inject
    CongressService congresses;

    @Inject
    AuditLog audit;

    @Inject
    LiveEvents live;

    // ---- the election and its list

    public record NewElection(String title, ElectionKind kind, Integer seats, Long agendaItemId) {
    }

    public Election create(long congressId, NewElection in) {
        access.requireBody(congressId, CongressBody.PRESIDIUM);
        congresses.openCongress(congressId);
        List<InvalidField> problems = new ArrayList<>();
        String title = PlainText.line("title", in.title(), MAX_TITLE, true, problems);
        if (in.seats() == null || in.seats() < 1 || in.seats() > 500) {
            problems.add(new InvalidField("seats", "election.seats"));
        }
        if (in.agendaItemId() != null && ((Number) em.createNativeQuery(
                "select count(*) from congress_agenda_item where id = ? and congress_id = ?")
                .setParameter(1, in.agendaItemId()).setParameter(2, congressId).getSingleResult()).longValue() == 0) {
            problems.add(new InvalidField("agendaItemId", "election.agendaItem"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Election e = new Election(congressId, in.agendaItemId(), title,
                in.kind() == null ? ElectionKind.OTHER : in.kind(), in.seats(), access.caller().username());
        em.persist(e);
        em.flush();
        audit.record(AuditAction.ELECTION_CREATED, "election", e.id(), e.title() + " (" + e.seats() + ")");
        live.stateChanged(congressId);
        return e;
    }

    public List<Election> list(long congressId) {
        congresses.find(congressId);
        access.requireParticipant(congressId);
        return em.createQuery("select e from Election e where e.congressId = :c order by e.id", Election.class)
                .setParameter("c", congressId).getResultList();
    }

    /** An election with its list, exclusions and rounds, as every participant may see it. */
    public record Sheet(Election election, List<Candidate> candidates, List<RoundResult.Exclusion> exclusions,
                        List<RoundLine> rounds, int maxCandidates, long convened, long present, int floorNeeded) {
    }

    /** A round as anyone may see it; {@code voted}: whether the caller has voted in it. */
    public record RoundLine(ElectionRound round, List<Long> candidateIds, long ballotsCast, boolean voted) {
    }

    public Sheet sheet(long congressId, long electionId) {
        access.requireParticipant(congressId);
        Election e = election(congressId, electionId);
        Optional<Delegate> me = access.self(congressId);
        List<RoundLine> rounds = new ArrayList<>();
        for (ElectionRound r : rounds(e.id())) {
            rounds.add(new RoundLine(r, roundCandidates(r.id()), ballotsCast(r),
                    me.isPresent() && voted(r.id(), me.get().id())));
        }
        long present = presentOfficials(congressId, currentSession(congressId).map(CongressSession::id).orElse(-1L));
        return new Sheet(e, candidates(e.id()), exclusions(e.id()), rounds, ElectionRules.maxCandidates(e.seats()),
                convenedOfficials(congressId), present, ElectionRules.floorAgreementNeeded((int) present));
    }

    /**
     * A name on the list. {@code floor}: nominated in the hall, with {@code agreed} delegates agreeing by a
     * show of hands; it stands only if that is more than 30% of those present now.
     */
    public record NewCandidate(Long memberId, String fullName, Boolean floor, Integer agreed) {
    }

    public Candidate addCandidate(long congressId, long electionId, NewCandidate in) {
        access.requireBody(congressId, CongressBody.PRESIDIUM);
        congresses.openCongress(congressId);
        Election e = lockedElection(congressId, electionId);
        requirePreparing(e);
        List<InvalidField> problems = new ArrayList<>();
        String name = null;
        if (in.memberId() != null) {
            Member m = em.find(Member.class, in.memberId());
            if (m == null) {
                problems.add(new InvalidField("memberId", "election.candidate.noMember", in.memberId()));
            } else {
                name = m.fullName();
                boolean twice = candidates(e.id()).stream().anyMatch(c -> in.memberId().equals(c.memberId()));
                if (twice) {
                    problems.add(new InvalidField("memberId", "election.candidate.twice", name));
                }
            }
        } else {
            name = PlainText.line("fullName", in.fullName(), 120, true, problems);
        }
        boolean floor = Boolean.TRUE.equals(in.floor());
        Integer present = null;
        if (floor) {
            if (in.agreed() == null || in.agreed() < 0) {
                problems.add(new InvalidField("agreed", "election.floor.agreedRequired"));
            } else {
                long here = presentOfficials(congressId, currentSession(congressId)
                        .orElseThrow(() -> new Conflict("election.noSession")).id());
                present = (int) here;
                if (in.agreed() > here) {
                    problems.add(new InvalidField("agreed", "election.floor.agreedTooMany", here));
                } else if (!ElectionRules.floorNominationAgreed(in.agreed(), present)) {
                    problems.add(new InvalidField("agreed", "election.floor.notAgreed", in.agreed(), present,
                            ElectionRules.floorAgreementNeeded(present)));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long standing = candidates(e.id()).stream().filter(Candidate::standing).count();
        if (!ElectionRules.listWithinLimit((int) standing + 1, e.seats())) {
            throw new Conflict("election.list.tooLong", e.seats(), ElectionRules.maxCandidates(e.seats()));
        }
        Candidate c = new Candidate(e.id(), in.memberId(), name, floor ? CandidateSource.FLOOR : CandidateSource.LIST,
                floor ? in.agreed() : null, present, access.caller().username());
        em.persist(c);
        em.flush();
        audit.record(AuditAction.ELECTION_CANDIDATE_ADDED, "election", e.id(), c.fullName()
                + (floor ? " (floor: " + in.agreed() + "/" + present + ")" : ""));
        live.stateChanged(congressId);
        return c;
    }

    /** A candidate withdraws (xin rút) before voting starts; the name stays on record with the reason. */
    public Candidate withdraw(long congressId, long electionId, long candidateId, String reason) {
        access.requireBody(congressId, CongressBody.PRESIDIUM);
        congresses.openCongress(congressId);
        Election e = lockedElection(congressId, electionId);
        requirePreparing(e);
        List<InvalidField> problems = new ArrayList<>();
        String why = PlainText.line("reason", reason, MAX_REASON, true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Candidate c = candidate(e.id(), candidateId);
        if (!c.standing()) {
            throw new Conflict("election.candidate.withdrawn", c.fullName());
        }
        c.withdraw(why);
        audit.record(AuditAction.ELECTION_CANDIDATE_WITHDRAWN, "election", e.id(), c.fullName() + ": " + why);
        live.stateChanged(congressId);
        return c;
    }

    /** A legal exclusion: this official delegate does not count in the base of this election. */
    public RoundResult.Exclusion exclude(long congressId, long electionId, Long delegateId, String reason) {
        access.requireBody(congressId, CongressBody.PRESIDIUM, CongressBody.COUNTING);
        congresses.openCongress(congressId);
        Election e = lockedElection(congressId, electionId);
        if (e.status() == ElectionStatus.FINISHED) {
            throw new Conflict("election.finished", e.title());
        }
        // A delegate excluded while a round is open may already have voted in it: their ballot would count while
        // they leave the base. Exclusions are recorded between rounds.
        for (ElectionRound open : rounds(e.id())) {
            if (open.status() == RoundStatus.OPEN) {
                throw new Conflict("election.exclusion.roundOpen", open.number());
            }
        }
        List<InvalidField> problems = new ArrayList<>();
        if (delegateId == null) {
            problems.add(new InvalidField("delegateId", "field.required"));
        }
        String why = PlainText.line("reason", reason, MAX_REASON, true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Delegate d = congresses.delegate(congressId, delegateId);
        if (d.kind() != DelegateKind.OFFICIAL || d.status() != DelegateStatus.CONVENED) {
            throw new Conflict("election.exclusion.notOfficial", d.fullName());
        }
        int added = em.createNativeQuery("""
                        insert ignore into election_exclusion (election_id, delegate_id, reason, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?)""")
                .setParameter(1, e.id()).setParameter(2, d.id()).setParameter(3, why)
                .setParameter(4, access.caller().username()).setParameter(5, Timestamp.from(now())).executeUpdate();
        if (added == 0) {
            throw new Conflict("election.exclusion.twice", d.fullName());
        }
        audit.record(AuditAction.ELECTION_EXCLUSION_RECORDED, "election", e.id(), d.fullName() + ": " + why);
        return new RoundResult.Exclusion(d.id(), d.fullName(), why);
    }

    // ---- rounds

    /**
     * Opens the next round: round 1 among the standing list (within the 30% limit), or the round prepared
     * among those tied. Presence is judged by the session open for check-in (else the latest one).
     * {@code paperIssued}: for a paper round, how many sheets the counting board handed out.
     */
    public ElectionRound openRound(long congressId, long electionId, RoundMode mode, Integer paperIssued) {
        access.requireBody(congressId, CongressBody.COUNTING);
        congresses.openCongress(congressId);
        Election e = lockedElection(congressId, electionId);
        if (e.status() == ElectionStatus.FINISHED) {
            throw new Conflict("election.finished", e.title());
        }
        // A delegate excluded while a round is open may already have voted in it: their ballot would count while
        // they leave the base. Exclusions are recorded between rounds.
        for (ElectionRound open : rounds(e.id())) {
            if (open.status() == RoundStatus.OPEN) {
                throw new Conflict("election.exclusion.roundOpen", open.number());
            }
        }
        RoundMode m = mode == null ? RoundMode.ELECTRONIC : mode;
        if (m == RoundMode.PAPER && (paperIssued == null || paperIssued < 0)) {
            throw new InvalidInput(List.of(new InvalidField("paperIssued", "election.paper.issuedRequired")));
        }
        List<ElectionRound> rounds = rounds(e.id());
        ElectionRound r;
        if (rounds.isEmpty()) {
            List<Candidate> standing = candidates(e.id()).stream().filter(Candidate::standing).toList();
            if (standing.isEmpty()) {
                throw new Conflict("election.list.empty");
            }
            if (!ElectionRules.listWithinLimit(standing.size(), e.seats())) {
                throw new Conflict("election.list.tooLong", e.seats(), ElectionRules.maxCandidates(e.seats()));
            }
            r = new ElectionRound(e.id(), 1, e.seats());
            em.persist(r);
            em.flush();
            for (Candidate c : standing) {
                addToRound(r.id(), c.id());
            }
        } else {
            r = rounds.get(rounds.size() - 1);
            if (r.status() != RoundStatus.READY) {
                throw new Conflict("election.round.noneReady");
            }
        }
        CongressSession session = currentSession(congressId).orElseThrow(() -> new Conflict("election.noSession"));
        r.open(m, session.id(), m == RoundMode.PAPER ? paperIssued : null);
        e.start();
        audit.record(AuditAction.ELECTION_ROUND_OPENED, "election", e.id(), "round " + r.number() + " " + m);
        live.stateChanged(congressId);
        return r;
    }

    /** The ballot a delegate is about to cast, judged as the counting board will judge it (nothing stored). */
    public BallotVerdict check(long congressId, long electionId, int round, Collection<Long> kept) {
        access.requireParticipant(congressId);
        ElectionRound r = round(election(congressId, electionId).id(), round);
        return verdictOf(r, keptSet(r, kept));
    }

    public record CastReceipt(String receipt, BallotVerdict verdict) {
    }

    /**
     * The caller's own ballot. Refused unless the round is open on devices, the caller is an official delegate
     * convened, not excluded, and checked in to the round's session; refused if they already voted in it (the
     * voter row's key decides, so concurrent attempts store one ballot). An invalid ballot is cast only when the
     * delegate confirms it ({@code acceptInvalid}) after being told why it is invalid.
     */
    public CastReceipt cast(long congressId, long electionId, int round, Collection<Long> kept, boolean acceptInvalid) {
        congresses.openCongress(congressId);
        Delegate me = access.self(congressId).orElseThrow(() -> new NotAllowed("congress.participantsOnly"));
        if (me.kind() != DelegateKind.OFFICIAL || me.status() != DelegateStatus.CONVENED) {
            throw new NotAllowed("election.ballot.officialsOnly");
        }
        Election e = election(congressId, electionId);
        ElectionRound r = round(e.id(), round);
        // A shared lock on the round: casts run side by side, and closing waits for those in flight.
        Object[] state = (Object[]) em.createNativeQuery(
                        "select status, mode from election_round where id = ? lock in share mode")
                .setParameter(1, r.id()).getSingleResult();
        if (!RoundStatus.OPEN.name().equals(state[0]) || !RoundMode.ELECTRONIC.name().equals(state[1])) {
            throw new Conflict("election.round.notOpen", r.number());
        }
        if (excluded(e.id(), me.id())) {
            throw new Conflict("election.ballot.excluded");
        }
        if (presentCount(r.sessionId(), me.id()) == 0) {
            throw new Conflict("election.ballot.notPresent");
        }
        Set<Long> marks = keptSet(r, kept);
        BallotVerdict verdict = verdictOf(r, marks);
        if (verdict != BallotVerdict.VALID && !acceptInvalid) {
            throw new InvalidInput(List.of(new InvalidField("kept", "election.ballot." + verdict.name(), r.seats())));
        }
        int first = em.createNativeQuery("insert ignore into election_voter (round_id, delegate_id) values (?, ?)")
                .setParameter(1, r.id()).setParameter(2, me.id()).executeUpdate();
        if (first == 0) {
            throw new Conflict("election.ballot.already");
        }
        String receipt = storeBallot(r.id(), RoundMode.ELECTRONIC, marks, verdict);
        live.tallyChanged(congressId);
        return new CastReceipt(receipt, verdict);
    }

    /**
     * Closes and counts a round. A paper round's two passes must agree first; they become its ballots. The base
     * and attendance are frozen; a tie at the cut-off prepares a new round among the tied for the seats left.
     */
    public RoundResult close(long congressId, long electionId, int round) {
        access.requireBody(congressId, CongressBody.COUNTING);
        congresses.openCongress(congressId);
        Election e = lockedElection(congressId, electionId);
        ElectionRound r = round(e.id(), round);
        em.lock(r, LockModeType.PESSIMISTIC_WRITE);
        if (r.status() != RoundStatus.OPEN) {
            throw new Conflict("election.round.notOpen", r.number());
        }
        if (r.mode() == RoundMode.PAPER) {
            List<PaperDiscrepancy> differences = discrepancies(r);
            if (!differences.isEmpty()) {
                throw new Conflict("election.paper.discrepancies", differences.size());
            }
            for (PaperEntry p : paperEntries(r.id(), 1)) {
                Set<Long> marks = keptSet(r, p.kept());
                storeBallot(r.id(), RoundMode.PAPER, marks, p.notIssued() ? BallotVerdict.NOT_ISSUED : verdictOf(r, marks));
            }
        }
        long convened = convenedOfficials(congressId);
        long excluded = exclusions(e.id()).size();
        long present = eligiblePresent(e.id(), r.sessionId());
        r.close((int) convened, (int) excluded, (int) present);
        em.flush();
        RoundResult result = count(congressId, e, r);
        if (result.nextRound() != null) {
            ElectionRound next = new ElectionRound(e.id(), r.number() + 1, result.seatsForTied());
            em.persist(next);
            em.flush();
            result.tied().forEach(id -> addToRound(next.id(), id));
        } else {
            e.finish();
        }
        audit.record(AuditAction.ELECTION_ROUND_CLOSED, "election", e.id(), "round " + r.number() + ": "
                + result.received() + " ballots, " + result.valid() + " valid, elected "
                + result.elected().stream().map(RoundResult.Line::fullName).collect(Collectors.joining(", ")));
        live.stateChanged(congressId);
        return result;
    }

    /** The counting board announces a counted round: the hall's screens show the results and the ballots. */
    public RoundResult publish(long congressId, long electionId, int round) {
        access.requireBody(congressId, CongressBody.COUNTING);
        congresses.openCongress(congressId);
        Election e = election(congressId, electionId);
        ElectionRound r = round(e.id(), round);
        if (r.status() != RoundStatus.CLOSED) {
            throw new Conflict("election.round.notClosed", r.number());
        }
        r.publish();
        audit.record(AuditAction.ELECTION_ROUND_PUBLISHED, "election", e.id(), "round " + r.number());
        live.stateChanged(congressId);
        return count(congressId, e, r);
    }

    /** The result of a round: the counting board once it is counted, everyone once it is published. */
    public RoundResult result(long congressId, long electionId, int round) {
        access.requireParticipant(congressId);
        Election e = election(congressId, electionId);
        ElectionRound r = round(e.id(), round);
        requireResultVisible(congressId, r);
        return count(congressId, e, r);
    }

    /** The same result, for the minutes document (the export is audited). */
    public RoundResult minutes(long congressId, long electionId, int round) {
        RoundResult result = result(congressId, electionId, round);
        audit.record(AuditAction.ELECTION_MINUTES_EXPORTED, "election", electionId, "round " + round);
        return result;
    }

    /** A ballot as published: its receipt code, what it kept, and whether it counted. Sorted by receipt. */
    public record PublishedBallot(String receipt, RoundMode source, List<Long> kept, BallotVerdict verdict) {
    }

    public List<PublishedBallot> ballots(long congressId, long electionId, int round) {
        access.requireParticipant(congressId);
        Election e = election(congressId, electionId);
        ElectionRound r = round(e.id(), round);
        requireResultVisible(congressId, r);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select receipt, source, kept, verdict from election_ballot where round_id = ? order by receipt")
                .setParameter(1, r.id()).getResultList();
        return rows.stream().map(row -> new PublishedBallot((String) row[0], RoundMode.valueOf((String) row[1]),
                ids((String) row[2]), BallotVerdict.valueOf((String) row[3]))).toList();
    }

    // ---- paper ballots

    public record PaperEntry(int sheetNo, List<Long> kept, boolean notIssued, String enteredBy) {
    }

    /**
     * One paper sheet as read by a member of the counting board, in pass 1 or 2. The two passes of a sheet must
     * be entered by different people; an entry can be corrected by whoever made it until the round closes.
     */
    public PaperEntry enterPaper(long congressId, long electionId, int round, Integer pass, Integer sheetNo,
                                 Collection<Long> kept, boolean notIssued) {
        access.requireBody(congressId, CongressBody.COUNTING);
        congresses.openCongress(congressId);
        Election e = election(congressId, electionId);
        ElectionRound r = round(e.id(), round);
        // Locked as closing locks it: an entry either lands before the count or is refused, never after it unseen;
        // and two people entering one sheet at once are taken one after the other.
        Object[] state = (Object[]) em.createNativeQuery("select status, mode from election_round where id = ? for update")
                .setParameter(1, r.id()).getSingleResult();
        if (!RoundStatus.OPEN.name().equals(state[0]) || !RoundMode.PAPER.name().equals(state[1])) {
            throw new Conflict("election.paper.notOpen", r.number());
        }
        List<InvalidField> problems = new ArrayList<>();
        if (pass == null || (pass != 1 && pass != 2)) {
            problems.add(new InvalidField("pass", "election.paper.pass"));
        }
        if (sheetNo == null || sheetNo < 1 || sheetNo > 100_000) {
            problems.add(new InvalidField("sheetNo", "election.paper.sheetNo"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Set<Long> marks = keptSet(r, kept);
        String me = access.caller().username();
        @SuppressWarnings("unchecked")
        List<Object> other = em.createNativeQuery(
                        "select entered_by from election_paper_entry where round_id = ? and pass = ? and sheet_no = ?")
                .setParameter(1, r.id()).setParameter(2, 3 - pass).setParameter(3, sheetNo).getResultList();
        if (!other.isEmpty() && me.equals(other.get(0))) {
            throw new Conflict("election.paper.samePerson", sheetNo);
        }
        @SuppressWarnings("unchecked")
        List<Object> mine = em.createNativeQuery(
                        "select entered_by from election_paper_entry where round_id = ? and pass = ? and sheet_no = ?")
                .setParameter(1, r.id()).setParameter(2, pass).setParameter(3, sheetNo).getResultList();
        if (!mine.isEmpty() && !me.equals(mine.get(0))) {
            throw new Conflict("election.paper.enteredByOther", sheetNo, pass);
        }
        em.createNativeQuery("""
                        insert into election_paper_entry (round_id, pass, sheet_no, kept, not_issued, entered_by)
                        values (?, ?, ?, ?, ?, ?)
                        on duplicate key update kept = values(kept), not_issued = values(not_issued)""")
                .setParameter(1, r.id()).setParameter(2, pass).setParameter(3, sheetNo).setParameter(4, join(marks))
                .setParameter(5, notIssued).setParameter(6, me).executeUpdate();
        audit.record(AuditAction.ELECTION_PAPER_ENTERED, "election", e.id(),
                "round " + r.number() + " pass " + pass + " sheet " + sheetNo);
        return new PaperEntry(sheetNo, List.copyOf(marks), notIssued, me);
    }

    /** Where the two passes differ: a sheet entered in one pass only, or read differently. */
    public record PaperDiscrepancy(int sheetNo, List<Long> firstPass, List<Long> secondPass, Boolean firstNotIssued,
                                   Boolean secondNotIssued, String problem) {
    }

    public record PaperCheck(int sheetsFirstPass, int sheetsSecondPass, Integer issued,
                             List<PaperDiscrepancy> discrepancies) {
    }

    public PaperCheck paperCheck(long congressId, long electionId, int round) {
        access.requireBody(congressId, CongressBody.COUNTING);
        ElectionRound r = round(election(congressId, electionId).id(), round);
        return new PaperCheck(paperEntries(r.id(), 1).size(), paperEntries(r.id(), 2).size(), r.paperIssued(),
                discrepancies(r));
    }

    List<PaperDiscrepancy> discrepancies(ElectionRound r) {
        Map<Integer, PaperEntry> one = paperEntries(r.id(), 1).stream()
                .collect(Collectors.toMap(PaperEntry::sheetNo, p -> p, (a, b) -> a, LinkedHashMap::new));
        Map<Integer, PaperEntry> two = paperEntries(r.id(), 2).stream()
                .collect(Collectors.toMap(PaperEntry::sheetNo, p -> p, (a, b) -> a, LinkedHashMap::new));
        Set<Integer> sheets = new TreeSet<>(one.keySet());
        sheets.addAll(two.keySet());
        List<PaperDiscrepancy> out = new ArrayList<>();
        for (Integer s : sheets) {
            PaperEntry a = one.get(s);
            PaperEntry b = two.get(s);
            String problem = a == null ? "MISSING_FIRST" : b == null ? "MISSING_SECOND"
                    : !a.kept().equals(b.kept()) || a.notIssued() != b.notIssued() ? "DIFFERENT" : null;
            if (problem != null) {
                out.add(new PaperDiscrepancy(s, a == null ? null : a.kept(), b == null ? null : b.kept(),
                        a == null ? null : a.notIssued(), b == null ? null : b.notIssued(), problem));
            }
        }
        return out;
    }

    private List<PaperEntry> paperEntries(long roundId, int pass) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select sheet_no, kept, not_issued, entered_by from election_paper_entry
                        where round_id = ? and pass = ? order by sheet_no""")
                .setParameter(1, roundId).setParameter(2, pass).getResultList();
        return rows.stream().map(row -> new PaperEntry(((Number) row[0]).intValue(), ids((String) row[1]),
                truthy(row[2]), (String) row[3])).toList();
    }

    // ---- counting

    /** Counts a round from its stored ballots (reproducible at any time); no caller check: callers check first. */
    public RoundResult count(long congressId, Election e, ElectionRound r) {
        Congress c = congresses.find(congressId);
        List<Long> inRound = roundCandidates(r.id());
        Map<Long, Candidate> byId = candidates(e.id()).stream()
                .collect(Collectors.toMap(Candidate::id, x -> x));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select kept, verdict from election_ballot where round_id = ?")
                .setParameter(1, r.id()).getResultList();
        List<ElectionRules.Ballot> ballots = rows.stream().map(row -> new ElectionRules.Ballot(
                new TreeSet<>(ids((String) row[0])), BallotVerdict.valueOf((String) row[1]))).toList();
        Map<String, Long> invalidBy = new LinkedHashMap<>();
        for (BallotVerdict v : BallotVerdict.values()) {
            long n = ballots.stream().filter(b -> b.verdict() == v).count();
            if (v != BallotVerdict.VALID && n > 0) {
                invalidBy.put(v.name(), n);
            }
        }
        long valid = ballots.stream().filter(b -> b.verdict() == BallotVerdict.VALID).count();
        boolean counted = r.status() == RoundStatus.CLOSED || r.status() == RoundStatus.PUBLISHED;
        long base = counted ? r.base() : convenedOfficials(congressId) - exclusions(e.id()).size();
        Map<Long, Long> votes = ElectionRules.tally(inRound, ballots);
        ElectionRules.Outcome o = ElectionRules.outcome(votes, r.seats(), base);
        List<RoundResult.Line> lines = new ArrayList<>();
        for (Long id : inRound) {
            long v = votes.get(id);
            lines.add(new RoundResult.Line(id, byId.get(id).fullName(), v, pct(v, base), pct(v, valid),
                    ElectionRules.passes(v, base), counted && o.elected().contains(id),
                    counted && o.tied().contains(id)));
        }
        lines.sort((a, b) -> a.votes() != b.votes() ? Long.compare(b.votes(), a.votes())
                : vn.dangbo.records.member.VietnameseOrder.BY_NAME.compare(a.fullName(), b.fullName()));
        List<ElectionRound> all = rounds(e.id());
        Integer next = all.stream().filter(x -> x.number() == r.number() + 1).findFirst()
                .map(ElectionRound::number).orElse(o.newRoundNeeded() && counted ? r.number() + 1 : null);
        long voters = ((Number) em.createNativeQuery("select count(*) from election_voter where round_id = ?")
                .setParameter(1, r.id()).getSingleResult()).longValue();
        long issued = r.mode() == RoundMode.PAPER ? nz(r.paperIssued())
                : counted ? nz(r.presentAtClose()) : eligiblePresent(e.id(), r.sessionId());
        List<String> board = countingBoard(congressId);
        String head = countingHead(congressId);
        return new RoundResult(congressId, c.name(), c.term(), e.id(), e.title(), e.kind(), e.seats(), r.number(),
                r.seats(), r.mode(), r.status(), r.openedAt(), r.closedAt(), r.publishedAt(),
                counted ? r.baseConvened() : convenedOfficials(congressId),
                counted ? r.baseExcluded() : exclusions(e.id()).size(), base, ElectionRules.votesNeeded(base),
                counted ? nz(r.presentAtClose()) : eligiblePresent(e.id(), r.sessionId()), issued, ballots.size(),
                valid, ballots.size() - valid, invalidBy, voters, lines, exclusions(e.id()),
                counted ? o.tied() : List.of(), counted ? o.seatsForTied() : 0, counted ? o.seatsUnfilled() : 0,
                next, board, head);
    }

    // ---- lookups and helpers

    public Election election(long congressId, long electionId) {
        Election e = em.find(Election.class, electionId);
        if (e == null || e.congressId() != congressId) {
            throw new ElectionNotFound(electionId);
        }
        return e;
    }

    private Election lockedElection(long congressId, long electionId) {
        Election e = election(congressId, electionId);
        em.lock(e, LockModeType.PESSIMISTIC_WRITE);
        return e;
    }

    private ElectionRound round(long electionId, int number) {
        return em.createQuery("select r from ElectionRound r where r.electionId = :e and r.number = :n",
                        ElectionRound.class)
                .setParameter("e", electionId).setParameter("n", number).getResultStream().findFirst()
                .orElseThrow(() -> new RoundNotFound(number));
    }

    private List<ElectionRound> rounds(long electionId) {
        return em.createQuery("select r from ElectionRound r where r.electionId = :e order by r.number",
                ElectionRound.class).setParameter("e", electionId).getResultList();
    }

    private List<Candidate> candidates(long electionId) {
        return em.createQuery("select c from Candidate c where c.electionId = :e order by c.id", Candidate.class)
                .setParameter("e", electionId).getResultList();
    }

    private Candidate candidate(long electionId, long candidateId) {
        Candidate c = em.find(Candidate.class, candidateId);
        if (c == null || c.electionId() != electionId) {
            throw new CandidateNotFound(candidateId);
        }
        return c;
    }

    private List<Long> roundCandidates(long roundId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery(
                        "select candidate_id from election_round_candidate where round_id = ? order by candidate_id")
                .setParameter(1, roundId).getResultList();
        return rows.stream().map(x -> ((Number) x).longValue()).toList();
    }

    private void addToRound(long roundId, long candidateId) {
        em.createNativeQuery("insert into election_round_candidate (round_id, candidate_id) values (?, ?)")
                .setParameter(1, roundId).setParameter(2, candidateId).executeUpdate();
    }

    List<RoundResult.Exclusion> exclusions(long electionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select x.delegate_id, d.full_name, x.reason from election_exclusion x
                        join congress_delegate d on d.id = x.delegate_id
                        where x.election_id = ? order by d.full_name""")
                .setParameter(1, electionId).getResultList();
        return rows.stream().map(row -> new RoundResult.Exclusion(((Number) row[0]).longValue(), (String) row[1],
                (String) row[2])).toList();
    }

    private boolean excluded(long electionId, long delegateId) {
        return ((Number) em.createNativeQuery(
                        "select count(*) from election_exclusion where election_id = ? and delegate_id = ?")
                .setParameter(1, electionId).setParameter(2, delegateId).getSingleResult()).longValue() > 0;
    }

    private boolean voted(long roundId, long delegateId) {
        return ((Number) em.createNativeQuery(
                        "select count(*) from election_voter where round_id = ? and delegate_id = ?")
                .setParameter(1, roundId).setParameter(2, delegateId).getSingleResult()).longValue() > 0;
    }

    public long ballotsCast(ElectionRound r) {
        return ((Number) em.createNativeQuery("select count(*) from election_ballot where round_id = ?")
                .setParameter(1, r.id()).getSingleResult()).longValue();
    }

    long convenedOfficials(long congressId) {
        return ((Number) em.createNativeQuery("""
                        select count(*) from congress_delegate
                        where congress_id = ? and kind = 'OFFICIAL' and status = 'CONVENED'""")
                .setParameter(1, congressId).getSingleResult()).longValue();
    }

    long presentOfficials(long congressId, long sessionId) {
        return ((Number) em.createNativeQuery("""
                        select count(*) from congress_checkin ci join congress_delegate d on d.id = ci.delegate_id
                        where ci.session_id = ? and d.congress_id = ? and d.kind = 'OFFICIAL'
                          and d.status = 'CONVENED'""")
                .setParameter(1, sessionId).setParameter(2, congressId).getSingleResult()).longValue();
    }

    /** Official delegates convened, checked in to the session, and not excluded from this election. */
    private long eligiblePresent(long electionId, Long sessionId) {
        return ((Number) em.createNativeQuery("""
                        select count(*) from congress_checkin ci join congress_delegate d on d.id = ci.delegate_id
                        where ci.session_id = ? and d.kind = 'OFFICIAL' and d.status = 'CONVENED'
                          and not exists (select 1 from election_exclusion x
                                          where x.election_id = ? and x.delegate_id = d.id)""")
                .setParameter(1, sessionId == null ? -1 : sessionId).setParameter(2, electionId)
                .getSingleResult()).longValue();
    }

    private long presentCount(Long sessionId, long delegateId) {
        return ((Number) em.createNativeQuery(
                        "select count(*) from congress_checkin where session_id = ? and delegate_id = ?")
                .setParameter(1, sessionId == null ? -1 : sessionId).setParameter(2, delegateId)
                .getSingleResult()).longValue();
    }

    /** The session whose check-in counts: the one open for check-in, else the latest. */
    private Optional<CongressSession> currentSession(long congressId) {
        List<CongressSession> sessions = congresses.sessions(congressId);
        return sessions.stream().filter(CongressSession::checkInOpen).findFirst()
                .or(() -> sessions.isEmpty() ? Optional.empty() : Optional.of(sessions.get(sessions.size() - 1)));
    }

    private List<String> countingBoard(long congressId) {
        @SuppressWarnings("unchecked")
        List<Object> names = em.createNativeQuery("""
                        select d.full_name from congress_body_member b join congress_delegate d on d.id = b.delegate_id
                        where b.congress_id = ? and b.body = 'COUNTING' order by b.head desc, d.full_name""")
                .setParameter(1, congressId).getResultList();
        return names.stream().map(String::valueOf).toList();
    }

    private String countingHead(long congressId) {
        @SuppressWarnings("unchecked")
        List<Object> names = em.createNativeQuery("""
                        select d.full_name from congress_body_member b join congress_delegate d on d.id = b.delegate_id
                        where b.congress_id = ? and b.body = 'COUNTING' and b.head""")
                .setParameter(1, congressId).getResultList();
        return names.isEmpty() ? null : String.valueOf(names.get(0));
    }

    private void requirePreparing(Election e) {
        if (e.status() != ElectionStatus.PREPARING) {
            throw new Conflict("election.list.frozen", e.title());
        }
    }

    private void requireResultVisible(long congressId, ElectionRound r) {
        access.requireParticipant(congressId);
        if (r.status() == RoundStatus.PUBLISHED) {
            return;
        }
        if (r.status() == RoundStatus.CLOSED && access.bodies(congressId).contains(CongressBody.COUNTING)) {
            return;
        }
        throw new Conflict("election.round.notPublished", r.number());
    }

    /** The marks as a set of this round's candidates; a name not on the round's list is refused. */
    private Set<Long> keptSet(ElectionRound r, Collection<Long> kept) {
        Set<Long> marks = new TreeSet<>();
        if (kept == null) {
            return marks;
        }
        List<Long> allowed = roundCandidates(r.id());
        for (Long id : kept) {
            if (id == null || !allowed.contains(id)) {
                throw new InvalidInput(List.of(new InvalidField("kept", "election.ballot.unknownCandidate", id)));
            }
            marks.add(id);
        }
        return marks;
    }

    private BallotVerdict verdictOf(ElectionRound r, Set<Long> marks) {
        return ElectionRules.verdict(marks.size(), roundCandidates(r.id()).size(), r.seats());
    }

    /** A ballot under a fresh random receipt code: its key, so neither its place nor its name tells its time. */
    private String storeBallot(long roundId, RoundMode source, Set<Long> marks, BallotVerdict verdict) {
        for (int attempt = 0; ; attempt++) {
            String receipt = receipt();
            int stored = em.createNativeQuery("""
                            insert ignore into election_ballot (receipt, round_id, source, kept, verdict)
                            values (?, ?, ?, ?, ?)""")
                    .setParameter(1, receipt).setParameter(2, roundId).setParameter(3, source.name())
                    .setParameter(4, join(marks)).setParameter(5, verdict.name()).executeUpdate();
            if (stored == 1) {
                return receipt;
            }
            if (attempt > 5) {
                throw new IllegalStateException("no free receipt code");
            }
        }
    }

    /** 12 letters of a 32-letter alphabet without look-alikes (60 bits), as XXXX-XXXX-XXXX. */
    static String receipt() {
        StringBuilder s = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                s.append('-');
            }
            s.append(RECEIPT_LETTERS[RANDOM.nextInt(RECEIPT_LETTERS.length)]);
        }
        return s.toString();
    }

    static String join(Collection<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    static List<Long> ids(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(",")).map(Long::valueOf).sorted().toList();
    }

    private static boolean truthy(Object o) {
        return o instanceof Boolean b ? b : o instanceof Number n && n.intValue() != 0;
    }

    private static double pct(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }

    private static long nz(Integer i) {
        return i == null ? 0 : i;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
