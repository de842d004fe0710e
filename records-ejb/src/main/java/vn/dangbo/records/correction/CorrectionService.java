package vn.dangbo.records.correction;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.member.DossierField;
import vn.dangbo.records.member.Member;
import vn.dangbo.records.member.MemberNotFound;
import vn.dangbo.records.security.Caller;
import vn.dangbo.records.security.CurrentCaller;
import vn.dangbo.records.security.NotAllowed;
import vn.dangbo.records.security.OutsideYourUnit;
import vn.dangbo.records.shared.Conflict;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;
import vn.dangbo.records.shared.PlainText;

/**
 * Requests to correct a dossier field (đề nghị đính chính): a member files one about their own dossier only;
 * whoever may edit that dossier handles it — officers for the whole ward, the secretary for the cells they
 * manage (the same people as the edit form). Every change of state is audited.
 */
@Stateless
public class CorrectionService {

    static final int MAX_PROPOSED = 500;
    static final int MAX_REASON = 1000;
    static final int MAX_REPLY = 1000;
    static final int LIST_LIMIT = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    /** A request with the member's name and cell, as the lists show it. */
    public record Line(CorrectionRequest request, String fullName, long cellId, String cellName) {
    }

    public Line file(Long memberId, String field, String proposedValue, String reason) {
        Caller who = caller.get();
        List<InvalidField> problems = new ArrayList<>();
        if (memberId == null) {
            problems.add(new InvalidField("memberId", "field.required"));
        }
        DossierField f = null;
        if (field == null || field.isBlank()) {
            problems.add(new InvalidField("field", "field.required"));
        } else {
            f = DossierField.byApiName(field.strip()).orElse(null);
            if (f == null) {
                problems.add(new InvalidField("field", "correction.unknownField"));
            }
        }
        String p = PlainText.lines("proposedValue", proposedValue, MAX_PROPOSED, true, problems);
        String r = PlainText.lines("reason", reason, MAX_REASON, false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (!who.isMember(memberId)) {
            throw new NotAllowed("correction.onlyYourOwn");
        }
        Member m = Optional.ofNullable(em.find(Member.class, memberId)).orElseThrow(() -> new MemberNotFound(memberId));
        long pending = em.createQuery("""
                        select count(c) from CorrectionRequest c
                        where c.memberId = :m and c.field = :f and c.state in :pending""", Long.class)
                .setParameter("m", memberId).setParameter("f", f.apiName())
                .setParameter("pending", CorrectionState.PENDING).getSingleResult();
        if (pending > 0) {
            throw new Conflict("correction.alreadyPending");
        }
        CorrectionRequest c = new CorrectionRequest(memberId, f.apiName(), m.shown(f), p, r, who.username());
        em.persist(c);
        em.flush();
        audit.record(AuditAction.CORRECTION_REQUESTED, "CORRECTION", c.id(),
                "#" + memberId + " " + f.apiName() + ": " + p);
        return line(c, m);
    }

    /** How many of the caller's own requests are still waiting (open or in progress), for the handbook home. */
    public long minePending() {
        Caller who = caller.get();
        if (who.memberId().isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(c) from CorrectionRequest c where c.memberId = :m and c.state in :pending",
                        Long.class).setParameter("m", who.memberId().get())
                .setParameter("pending", CorrectionState.PENDING).getSingleResult();
    }

    /** The caller's own requests, newest first. */
    public List<Line> mine() {
        Caller who = caller.get();
        if (who.memberId().isEmpty()) {
            return List.of();
        }
        Member m = em.find(Member.class, who.memberId().get());
        if (m == null) {
            return List.of();
        }
        return em.createQuery("""
                        select c from CorrectionRequest c where c.memberId = :m
                        order by c.requestedAt desc, c.id desc""", CorrectionRequest.class)
                .setParameter("m", m.id()).setMaxResults(LIST_LIMIT).getResultList().stream()
                .map(c -> line(c, m)).toList();
    }

    /**
     * The requests of the members the caller manages: pending ones oldest first (first come, first served),
     * or closed ones newest first. {@code which}: "pending" (default), "closed" or "all".
     */
    public List<Line> queue(String which) {
        Caller who = caller.get();
        who.requireManagesAnything();
        Set<CorrectionState> states = states(which);
        boolean pendingFirst = states.equals(CorrectionState.PENDING);
        String scope = who.wholeWard() ? "" : " and m.cell.id in :cells";
        var q = em.createQuery("select c, m from CorrectionRequest c, Member m where m.id = c.memberId"
                        + " and c.state in :states" + scope + " order by c.requestedAt "
                        + (pendingFirst ? "asc" : "desc") + ", c.id", Object[].class)
                .setParameter("states", states).setMaxResults(LIST_LIMIT);
        if (!who.wholeWard()) {
            q.setParameter("cells", who.managedUnitIds());
        }
        return q.getResultList().stream().map(row -> line((CorrectionRequest) row[0], (Member) row[1])).toList();
    }

    /** How many requests wait in the caller's queue. */
    public long pendingCount() {
        Caller who = caller.get();
        who.requireManagesAnything();
        String scope = who.wholeWard() ? "" : " and m.cell.id in :cells";
        var q = em.createQuery("select count(c) from CorrectionRequest c, Member m where m.id = c.memberId"
                + " and c.state in :states" + scope, Long.class).setParameter("states", CorrectionState.PENDING);
        if (!who.wholeWard()) {
            q.setParameter("cells", who.managedUnitIds());
        }
        return q.getSingleResult();
    }

    /** One request: for the member who filed it, or for whoever handles their dossier. */
    public Line get(long id) {
        Caller who = caller.get();
        CorrectionRequest c = find(id);
        Member m = member(c);
        if (!who.mayRead(m.id(), m.cell().id())) {
            throw who.managesAnything() ? new OutsideYourUnit() : new CorrectionNotFound(id);
        }
        return line(c, m);
    }

    public Line start(long id) {
        Caller who = caller.get();
        CorrectionRequest c = find(id);
        Member m = handled(c, who);
        if (c.start(who.username())) {
            em.flush();
            audit.record(AuditAction.CORRECTION_STARTED, "CORRECTION", c.id(), "#" + m.id() + " " + c.field());
        }
        return line(c, m);
    }

    /** Done: the dossier has been corrected (through the edit form); the reply is optional. */
    public Line complete(long id, String reply) {
        return finish(id, true, reply);
    }

    /** Rejected: the reply, saying why, is required. */
    public Line reject(long id, String reply) {
        return finish(id, false, reply);
    }

    private Line finish(long id, boolean done, String reply) {
        Caller who = caller.get();
        List<InvalidField> problems = new ArrayList<>();
        String r = PlainText.lines("reply", reply, MAX_REPLY, !done, problems);
        CorrectionRequest c = find(id);
        Member m = handled(c, who);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        CorrectionState before = c.state();
        c.finish(done, r, who.username());
        em.flush();
        audit.record(done ? AuditAction.CORRECTION_DONE : AuditAction.CORRECTION_REJECTED, "CORRECTION", c.id(),
                "#" + m.id() + " " + c.field() + ": " + before + " → " + c.state() + (r == null ? "" : " (" + r + ")"));
        return line(c, m);
    }

    private CorrectionRequest find(long id) {
        return Optional.ofNullable(em.find(CorrectionRequest.class, id)).orElseThrow(() -> new CorrectionNotFound(id));
    }

    private Member member(CorrectionRequest c) {
        return Optional.ofNullable(em.find(Member.class, c.memberId()))
                .orElseThrow(() -> new MemberNotFound(c.memberId()));
    }

    /** Handling is for those who may edit the dossier; the member who asked cannot answer their own request. */
    private Member handled(CorrectionRequest c, Caller who) {
        Member m = member(c);
        if (!who.manages(m.cell().id())) {
            throw who.managesAnything() ? new OutsideYourUnit() : new NotAllowed("correction.handlersOnly");
        }
        return m;
    }

    private static Line line(CorrectionRequest c, Member m) {
        return new Line(c, m.fullName(), m.cell().id(), m.cell().name());
    }

    private static Set<CorrectionState> states(String which) {
        if (which == null || which.isBlank() || which.equals("pending")) {
            return CorrectionState.PENDING;
        }
        return switch (which) {
            case "closed" -> EnumSet.of(CorrectionState.DONE, CorrectionState.REJECTED);
            case "all" -> EnumSet.allOf(CorrectionState.class);
            default -> throw new InvalidInput(List.of(new InvalidField("state", "correction.stateFilter")));
        };
    }
}
