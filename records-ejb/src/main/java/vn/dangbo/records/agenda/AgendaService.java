package vn.dangbo.records.agenda;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.congress.CongressAccess;
import vn.dangbo.records.congress.CongressBody;
import vn.dangbo.records.congress.CongressService;
import vn.dangbo.records.live.LiveEvents;
import vn.dangbo.records.shared.Conflict;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;
import vn.dangbo.records.shared.PlainText;

/**
 * The agenda of a congress: the presidium (or the organising board) defines the items of each session, puts them
 * in order, and moves through them; one item at most is current, and every move is pushed to the screens.
 */
@Stateless
public class AgendaService {

    static final int MAX_TITLE = 300;
    static final int MAX_ITEMS = 200;

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

    /** An item as the presidium typed it: kind and limit may be left out (OTHER, 5 minutes). */
    public record ItemInput(Long sessionId, String title, String kind, Integer speakingLimitSeconds) {
    }

    /** The agenda in order, for anyone on the congress's list. */
    public List<AgendaItem> agenda(long congressId) {
        congresses.find(congressId);
        access.requireParticipant(congressId);
        return items(congressId);
    }

    public AgendaItem add(long congressId, ItemInput input) {
        requirePresidium(congressId);
        AgendaDraft draft = checked(congressId, input);
        lock(congressId);
        List<AgendaItem> items = items(congressId);
        if (items.size() >= MAX_ITEMS) {
            throw new Conflict("congress.agenda.tooMany", MAX_ITEMS);
        }
        int ordinal = items.stream().mapToInt(AgendaItem::ordinal).max().orElse(0) + 1;
        AgendaItem item = new AgendaItem(congressId, ordinal, draft);
        em.persist(item);
        em.flush();
        live.stateChanged(congressId);
        audit.record(AuditAction.CONGRESS_AGENDA_CHANGED, "congress", congressId, "added item " + item.id() + ": " + item.title());
        return item;
    }

    public AgendaItem change(long congressId, long itemId, ItemInput input) {
        requirePresidium(congressId);
        AgendaDraft draft = checked(congressId, input);
        lock(congressId);
        AgendaItem item = item(congressId, itemId);
        item.change(draft);
        live.stateChanged(congressId);
        audit.record(AuditAction.CONGRESS_AGENDA_CHANGED, "congress", congressId, "changed item " + itemId + ": " + item.title());
        return item;
    }

    /** The whole agenda in a new order: every item once, nothing else. */
    public List<AgendaItem> reorder(long congressId, List<Long> itemIds) {
        requirePresidium(congressId);
        lock(congressId);
        List<AgendaItem> items = items(congressId);
        Map<Long, AgendaItem> byId = items.stream().collect(Collectors.toMap(AgendaItem::id, Function.identity()));
        if (itemIds == null || itemIds.size() != items.size() || !byId.keySet().equals(new HashSet<>(itemIds))) {
            throw new InvalidField("itemIds", "congress.agenda.orderIncomplete", items.size());
        }
        // Two passes through negative numbers, so that no moment of the flush repeats an ordinal (unique key).
        for (int i = 0; i < itemIds.size(); i++) {
            byId.get(itemIds.get(i)).moveTo(-(i + 1));
        }
        em.flush();
        for (int i = 0; i < itemIds.size(); i++) {
            byId.get(itemIds.get(i)).moveTo(i + 1);
        }
        em.flush();
        live.stateChanged(congressId);
        audit.record(AuditAction.CONGRESS_AGENDA_CHANGED, "congress", congressId, "reordered " + itemIds);
        return items(congressId);
    }

    /** This item becomes current; the one current before it is done (and its speaker, if any, stops). */
    public AgendaItem start(long congressId, long itemId) {
        requirePresidium(congressId);
        lock(congressId);
        AgendaItem item = item(congressId, itemId);
        Instant now = now();
        if (!item.current()) {
            current(congressId).ifPresent(c -> finish(c, now));
            item.start(now);
        }
        live.stateChanged(congressId);
        audit.record(AuditAction.CONGRESS_AGENDA_MOVED, "congress", congressId, "started item " + itemId);
        return item;
    }

    /** The current item is done and the first pending one after it becomes current (empty at the end). */
    public Optional<AgendaItem> next(long congressId) {
        requirePresidium(congressId);
        lock(congressId);
        Instant now = now();
        List<AgendaItem> items = items(congressId);
        Optional<AgendaItem> current = items.stream().filter(AgendaItem::current).findFirst();
        int after = current.map(AgendaItem::ordinal).orElse(Integer.MIN_VALUE);
        current.ifPresent(c -> finish(c, now));
        Optional<AgendaItem> next = items.stream()
                .filter(i -> i.status() == AgendaItemStatus.PENDING && i.ordinal() > after).findFirst();
        if (next.isEmpty() && current.isEmpty()) {
            throw new Conflict("congress.agenda.nothingLeft");
        }
        next.ifPresent(i -> i.start(now));
        live.stateChanged(congressId);
        audit.record(AuditAction.CONGRESS_AGENDA_MOVED, "congress", congressId,
                "next: " + next.map(i -> "item " + i.id()).orElse("end of agenda"));
        return next;
    }

    /** The item is done (current or not: the presidium may also mark an item skipped as dealt with). */
    public AgendaItem finish(long congressId, long itemId) {
        requirePresidium(congressId);
        lock(congressId);
        AgendaItem item = item(congressId, itemId);
        if (item.status() != AgendaItemStatus.DONE) {
            finish(item, now());
        }
        live.stateChanged(congressId);
        audit.record(AuditAction.CONGRESS_AGENDA_MOVED, "congress", congressId, "finished item " + itemId);
        return item;
    }

    private void finish(AgendaItem item, Instant now) {
        // The floor goes with the item: a speaker still on it is stopped with it.
        AgendaRows.speaking(em, item.congressId()).filter(s -> s.item().id().equals(item.id()))
                .ifPresent(s -> s.stop(now));
        item.finish(now);
    }

    List<AgendaItem> items(long congressId) {
        return AgendaRows.items(em, congressId);
    }

    Optional<AgendaItem> current(long congressId) {
        return AgendaRows.current(em, congressId);
    }

    AgendaItem item(long congressId, long itemId) {
        return AgendaRows.item(em, congressId, itemId);
    }

    void lock(long congressId) {
        AgendaRows.lock(em, congressId);
    }

    void requirePresidium(long congressId) {
        congresses.openCongress(congressId);
        access.requireBody(congressId, CongressBody.PRESIDIUM);
    }

    static Instant now() {
        return AgendaRows.now();
    }

    private AgendaDraft checked(long congressId, ItemInput input) {
        List<InvalidField> problems = new ArrayList<>();
        String title = PlainText.line("title", input.title(), MAX_TITLE, true, problems);
        AgendaItemKind kind = AgendaItemKind.OTHER;
        if (input.kind() != null && !input.kind().isBlank()) {
            try {
                kind = AgendaItemKind.valueOf(input.kind().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidField("kind", "congress.agenda.kind"));
            }
        }
        int limit = input.speakingLimitSeconds() == null ? AgendaItem.DEFAULT_LIMIT_SECONDS : input.speakingLimitSeconds();
        if (limit < AgendaItem.MIN_LIMIT_SECONDS || limit > AgendaItem.MAX_LIMIT_SECONDS) {
            problems.add(new InvalidField("speakingLimitSeconds", "congress.agenda.limit",
                    AgendaItem.MIN_LIMIT_SECONDS, AgendaItem.MAX_LIMIT_SECONDS / 60));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (input.sessionId() != null) {
            congresses.session(congressId, input.sessionId());
        }
        return new AgendaDraft(input.sessionId(), title, kind, limit);
    }
}
