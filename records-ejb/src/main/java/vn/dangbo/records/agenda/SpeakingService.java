package vn.dangbo.records.agenda;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.congress.CongressAccess;
import vn.dangbo.records.congress.CongressBody;
import vn.dangbo.records.congress.CongressService;
import vn.dangbo.records.congress.Delegate;
import vn.dangbo.records.congress.DelegateStatus;
import vn.dangbo.records.live.LiveEvents;
import vn.dangbo.records.security.NotAllowed;
import vn.dangbo.records.shared.Conflict;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;
import vn.dangbo.records.shared.PlainText;

/**
 * Speaking at the congress (đăng ký phát biểu): delegates ask for the floor on an agenda item with a topic and may
 * withdraw; the presidium accepts (into the item's queue), declines, orders the queue, gives the floor and takes
 * it back. The time used is measured against the item's limit; what was spoken is the minutes' record.
 */
@Stateless
public class SpeakingService {

    static final int MAX_TOPIC = 300;
    static final int MAX_REASON = 300;

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

    /** The caller, a delegate or guest on the list, asks to speak on an item that is not over yet. */
    public Speech register(long congressId, Long itemId, String topic) {
        congresses.openCongress(congressId);
        Delegate self = access.self(congressId).orElseThrow(() -> new NotAllowed("congress.participantsOnly"));
        List<InvalidField> problems = new ArrayList<>();
        String text = PlainText.line("topic", topic, MAX_TOPIC, true, problems);
        if (itemId == null) {
            problems.add(new InvalidField("agendaItemId", "field.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (self.status() != DelegateStatus.CONVENED) {
            throw new Conflict("congress.checkin.withdrawn", self.fullName());
        }
        AgendaRows.lock(em, congressId);
        AgendaItem item = AgendaRows.item(em, congressId, itemId);
        if (item.status() == AgendaItemStatus.DONE) {
            throw new Conflict("congress.speech.itemDone", item.title());
        }
        boolean waiting = em.createQuery("""
                        select count(s) from Speech s where s.item.id = :i and s.delegate.id = :d
                        and s.status in :w""", Long.class)
                .setParameter("i", item.id()).setParameter("d", self.id())
                .setParameter("w", List.of(SpeechStatus.REQUESTED, SpeechStatus.ACCEPTED, SpeechStatus.SPEAKING))
                .getSingleResult() > 0;
        if (waiting) {
            throw new Conflict("congress.speech.already", item.title());
        }
        Speech s = new Speech(item, self, text, AgendaRows.now());
        em.persist(s);
        em.flush();
        live.stateChanged(congressId);
        audit.record(AuditAction.CONGRESS_SPEECH_REGISTERED, "congress", congressId,
                "speech " + s.id() + " by delegate " + self.id() + " on item " + item.id());
        return s;
    }

    /** The delegate takes back their own request, before they are given the floor. */
    public Speech withdraw(long congressId, long speechId) {
        congresses.openCongress(congressId);
        Delegate self = access.self(congressId).orElseThrow(() -> new NotAllowed("congress.participantsOnly"));
        AgendaRows.lock(em, congressId);
        Speech s = speech(congressId, speechId);
        if (!s.delegate().id().equals(self.id())) {
            throw new NotAllowed("congress.speech.notYours");
        }
        if (!s.status().waiting()) {
            throw new Conflict("congress.speech.notWaiting");
        }
        AgendaItem item = s.item();
        s.withdraw();
        renumber(item);
        live.stateChanged(congressId);
        audit.record(AuditAction.CONGRESS_SPEECH_WITHDRAWN, "congress", congressId, "speech " + speechId);
        return s;
    }

    /** The presidium accepts a request (at the end of the item's queue) or declines it, with a reason. */
    public Speech decide(long congressId, long speechId, Boolean accept, String reason) {
        requirePresidium(congressId);
        List<InvalidField> problems = new ArrayList<>();
        if (accept == null) {
            problems.add(new InvalidField("accept", "field.required"));
        }
        String why = PlainText.line("reason", reason, MAX_REASON, false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        AgendaRows.lock(em, congressId);
        Speech s = speech(congressId, speechId);
        if (!s.status().waiting()) {
            throw new Conflict("congress.speech.notWaiting");
        }
        Instant now = AgendaRows.now();
        String by = access.caller().username();
        if (accept) {
            if (s.status() != SpeechStatus.ACCEPTED) {
                s.accept(AgendaRows.queue(em, s.item().id()).size() + 1, by, now);
            }
        } else {
            s.decline(why, by, now);
            renumber(s.item());
        }
        live.stateChanged(congressId);
        audit.record(AuditAction.CONGRESS_SPEECH_DECIDED, "congress", congressId,
                "speech " + speechId + (accept ? " accepted" : " declined" + (why == null ? "" : ": " + why)));
        return s;
    }

    /** The presidium's order of an item's queue: every accepted request of that item once, nothing else. */
    public List<Speech> order(long congressId, long itemId, List<Long> speechIds) {
        requirePresidium(congressId);
        AgendaRows.lock(em, congressId);
        AgendaItem item = AgendaRows.item(em, congressId, itemId);
        List<Speech> queue = AgendaRows.queue(em, item.id());
        Set<Long> ids = new HashSet<>();
        queue.forEach(s -> ids.add(s.id()));
        if (speechIds == null || speechIds.size() != queue.size() || !ids.equals(new HashSet<>(speechIds))) {
            throw new InvalidField("speechIds", "congress.speech.orderIncomplete", queue.size());
        }
        Map<Long, Speech> byId = new LinkedHashMap<>();
        queue.forEach(s -> byId.put(s.id(), s));
        for (int i = 0; i < speechIds.size(); i++) {
            byId.get(speechIds.get(i)).placeAt(i + 1);
        }
        live.stateChanged(congressId);
        audit.record(AuditAction.CONGRESS_SPEECH_ORDERED, "congress", congressId, "item " + itemId + ": " + speechIds);
        return AgendaRows.queue(em, item.id());
    }

    /**
     * The presidium gives the floor (a request it had not yet accepted is accepted by this): only on the current
     * item, and whoever was speaking stops.
     */
    public Speech start(long congressId, long speechId) {
        requirePresidium(congressId);
        AgendaRows.lock(em, congressId);
        Speech s = speech(congressId, speechId);
        if (!s.status().waiting()) {
            throw new Conflict("congress.speech.notWaiting");
        }
        if (!s.item().current()) {
            throw new Conflict("congress.speech.itemNotCurrent", s.item().title());
        }
        Instant now = AgendaRows.now();
        AgendaRows.speaking(em, congressId).ifPresent(other -> other.stop(now));
        s.start(now);
        renumber(s.item());
        live.stateChanged(congressId);
        audit.record(AuditAction.CONGRESS_SPEECH_STARTED, "congress", congressId, "speech " + speechId);
        return s;
    }

    /** The presidium takes the floor back: the time used is recorded. */
    public Speech stop(long congressId, long speechId) {
        requirePresidium(congressId);
        AgendaRows.lock(em, congressId);
        Speech s = speech(congressId, speechId);
        if (s.status() != SpeechStatus.SPEAKING) {
            throw new Conflict("congress.speech.notSpeaking");
        }
        s.stop(AgendaRows.now());
        live.stateChanged(congressId);
        audit.record(AuditAction.CONGRESS_SPEECH_ENDED, "congress", congressId,
                "speech " + speechId + ", " + s.spokenSeconds() + " s");
        return s;
    }

    /** The presidium and the secretariat see every request; a delegate sees their own. */
    public List<Speech> list(long congressId, Long itemId) {
        congresses.find(congressId);
        access.requireParticipant(congressId);
        boolean all = access.bodies(congressId).stream()
                .anyMatch(b -> b == CongressBody.PRESIDIUM || b == CongressBody.SECRETARIAT);
        Long delegateId = all ? null : access.self(congressId).map(Delegate::id).orElse(-1L);
        if (itemId != null) {
            AgendaRows.item(em, congressId, itemId);
        }
        // Filters appended, not "(:p is null or …)": a null parameter's type is guessed differently by databases.
        String jpql = "select s from Speech s join fetch s.item join fetch s.delegate d left join fetch d.group"
                + " where s.congressId = :c" + (itemId != null ? " and s.item.id = :i" : "")
                + (delegateId != null ? " and d.id = :d" : "") + " order by s.item.ordinal, s.requestedAt, s.id";
        var query = em.createQuery(jpql, Speech.class).setParameter("c", congressId);
        if (itemId != null) {
            query.setParameter("i", itemId);
        }
        if (delegateId != null) {
            query.setParameter("d", delegateId);
        }
        return query.getResultList();
    }

    // ---- totals and the record for the minutes

    public record DelegateTotal(long delegateId, String fullName, String group, int speeches, int seconds) {
    }

    public record GroupTotal(Long groupId, String name, int speakers, int speeches, int seconds) {
    }

    public record NotYetSpoken(long delegateId, String fullName, String group) {
    }

    public record Spoken(long speechId, long agendaItemId, int itemOrdinal, String itemTitle, long delegateId,
                         String fullName, String delegation, String group, String topic, Instant startedAt,
                         Instant endedAt, int seconds, int limitSeconds) {
    }

    public record Report(List<Spoken> spoken, List<DelegateTotal> byDelegate, List<GroupTotal> byGroup,
                         List<NotYetSpoken> notYetSpoken) {
    }

    /**
     * Who spoke on what and for how long, in the order spoken; totals per delegate and per discussion group; and
     * the official delegates who have not spoken yet. For the presidium, the secretariat (who write the minutes)
     * and the organising board.
     */
    public Report report(long congressId) {
        congresses.find(congressId);
        access.requireBody(congressId, CongressBody.PRESIDIUM, CongressBody.SECRETARIAT);
        List<Speech> done = em.createQuery("""
                        select s from Speech s join fetch s.item join fetch s.delegate d left join fetch d.group
                        where s.congressId = :c and s.status = :st order by s.startedAt, s.id""", Speech.class)
                .setParameter("c", congressId).setParameter("st", SpeechStatus.DONE).getResultList();
        List<Spoken> spoken = done.stream().map(s -> new Spoken(s.id(), s.item().id(), s.item().ordinal(),
                s.item().title(), s.delegate().id(), s.delegate().fullName(), s.delegate().delegation(),
                groupName(s.delegate()), s.topic(), s.startedAt(), s.endedAt(), s.spokenSeconds(),
                s.item().speakingLimitSeconds())).toList();

        Map<Long, int[]> perDelegate = new LinkedHashMap<>();
        Map<Long, Delegate> delegates = new LinkedHashMap<>();
        for (Speech s : done) {
            int[] t = perDelegate.computeIfAbsent(s.delegate().id(), k -> new int[2]);
            t[0]++;
            t[1] += s.spokenSeconds();
            delegates.put(s.delegate().id(), s.delegate());
        }
        List<DelegateTotal> byDelegate = perDelegate.entrySet().stream()
                .map(e -> new DelegateTotal(e.getKey(), delegates.get(e.getKey()).fullName(),
                        groupName(delegates.get(e.getKey())), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingInt(DelegateTotal::seconds).reversed()
                        .thenComparing(DelegateTotal::delegateId))
                .toList();

        Map<Long, GroupTotal> groups = new LinkedHashMap<>();
        for (DelegateTotal t : byDelegate) {
            Delegate d = delegates.get(t.delegateId());
            Long gid = d.group() == null ? null : d.group().id();
            GroupTotal g = groups.getOrDefault(gid, new GroupTotal(gid, t.group(), 0, 0, 0));
            groups.put(gid, new GroupTotal(gid, g.name(), g.speakers() + 1, g.speeches() + t.speeches(),
                    g.seconds() + t.seconds()));
        }
        List<GroupTotal> byGroup = groups.values().stream()
                .sorted(Comparator.comparingInt(GroupTotal::seconds).reversed()).toList();

        List<NotYetSpoken> silent = congresses.delegates(congressId).stream()
                .filter(Delegate::countsForQuorum).filter(d -> !perDelegate.containsKey(d.id()))
                .map(d -> new NotYetSpoken(d.id(), d.fullName(), groupName(d))).toList();
        return new Report(spoken, byDelegate, byGroup, silent);
    }

    private void renumber(AgendaItem item) {
        em.flush();
        List<Speech> queue = AgendaRows.queue(em, item.id());
        for (int i = 0; i < queue.size(); i++) {
            queue.get(i).placeAt(i + 1);
        }
    }

    private Speech speech(long congressId, long speechId) {
        Speech s = em.find(Speech.class, speechId);
        if (s == null || s.congressId() != congressId) {
            throw new SpeechNotFound(speechId);
        }
        return s;
    }

    private void requirePresidium(long congressId) {
        congresses.openCongress(congressId);
        access.requireBody(congressId, CongressBody.PRESIDIUM);
    }

    static String groupName(Delegate d) {
        return d.group() == null ? null : d.group().name();
    }
}
