package vn.dangbo.records.transfer;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.member.DossierField;
import vn.dangbo.records.member.DuplicateIdentifier;
import vn.dangbo.records.member.FieldChange;
import vn.dangbo.records.member.Member;
import vn.dangbo.records.member.MemberNotFound;
import vn.dangbo.records.member.MemberRevision;
import vn.dangbo.records.member.MemberService;
import vn.dangbo.records.member.MemberStatus;
import vn.dangbo.records.member.MembershipEnded;
import vn.dangbo.records.organization.PartyUnit;
import vn.dangbo.records.organization.UnitKind;
import vn.dangbo.records.security.Caller;
import vn.dangbo.records.security.CurrentCaller;
import vn.dangbo.records.shared.Conflict;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.PlainText;
import vn.dangbo.records.shared.InvalidInput;
import vn.dangbo.records.shared.VietnameseText;

/**
 * Transfers across the ward's boundary. Out: proposed by the member's cell (or an officer), confirmed by an
 * officer, effective on its date; the dossier is then sealed and sent with a slip, and the member's
 * membership of the ward ends. In: an officer registers the dossier received, checks it, and accepts it
 * into a cell (a member coming back reopens their own dossier) or refuses it.
 */
@Stateless
public class WardTransferService {

    static final int MAX_NAME = 200;
    static final int MAX_SHORT = 100;
    static final int MAX_NUMBER = 60;
    static final int MAX_TEXT = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @Inject
    MemberService members;

    @Inject
    Event<MembershipEnded> membershipEnded;

    // ---------------------------------------------------------------- out of the ward

    public OutgoingTransfer proposeOut(Long memberId, OutgoingTransfer.Destination to, String decisionNumber,
                                       LocalDate date, String reason) {
        Caller who = caller.get();
        if (memberId == null) {
            throw new InvalidInput(List.of(new InvalidField("memberId", "field.required")));
        }
        Member m = member(memberId);
        who.requireManages(m.cell().id());
        List<InvalidField> problems = new ArrayList<>();
        String name = PlainText.line("destinationName", to == null ? null : to.name(), MAX_NAME, true, problems);
        String level = PlainText.line("destinationLevel", to == null ? null : to.level(), MAX_SHORT, false, problems);
        String province = PlainText.line("destinationProvince", to == null ? null : to.province(), MAX_SHORT, false, problems);
        String decision = PlainText.line("decisionNumber", decisionNumber, MAX_NUMBER, true, problems);
        String why = PlainText.line("reason", reason, MAX_TEXT, false, problems);
        if (date == null) {
            problems.add(new InvalidField("date", "field.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (!m.status().active()) {
            throw new Conflict(m.status() == MemberStatus.TRANSFERRED_OUT ? "member.sealed" : "transfer.memberNotActive");
        }
        if (hasOpenTransfer(memberId)) {
            throw new Conflict("transfer.alreadyOpen");
        }
        LocalDate last = LastMove.of(em, memberId);
        if (last != null && !date.isAfter(last)) {
            throw new InvalidInput(List.of(new InvalidField("date", "transfer.beforeLast")));
        }
        OutgoingTransfer t = new OutgoingTransfer(m, new OutgoingTransfer.Destination(name, level, province), decision,
                date, why, who.username());
        em.persist(t);
        em.flush();
        audit.record(AuditAction.TRANSFER_OUT_PROPOSED, "MEMBER", memberId,
                m.cell().name() + " → " + t.destination().describe() + " từ " + date + ", " + decision);
        return t;
    }

    /** An officer confirms; when its date has come the dossier is sealed and sent at once. */
    public OutgoingTransfer confirmOut(long id, String note) {
        Caller who = caller.get();
        who.requireWholeWard();
        OutgoingTransfer t = outgoing(id);
        t.confirm(who.username(), VietnameseText.clean(note));
        audit.record(AuditAction.TRANSFER_OUT_CONFIRMED, "MEMBER", t.member().id(), "#" + id);
        if (t.due(LocalDate.now())) {
            completeOut(t, who.username());
        }
        return t;
    }

    public OutgoingTransfer rejectOut(long id, String note) {
        Caller who = caller.get();
        who.requireWholeWard();
        OutgoingTransfer t = outgoing(id);
        t.reject(who.username(), VietnameseText.clean(note));
        audit.record(AuditAction.TRANSFER_OUT_REJECTED, "MEMBER", t.member().id(), "#" + id);
        return t;
    }

    public OutgoingTransfer cancelOut(long id, String note) {
        Caller who = caller.get();
        OutgoingTransfer t = outgoing(id);
        who.requireManages(t.fromCell().id());
        t.cancel(who.username(), VietnameseText.clean(note));
        audit.record(AuditAction.TRANSFER_OUT_CANCELLED, "MEMBER", t.member().id(), "#" + id);
        return t;
    }

    /** Open transfers out: all for officers, those of their cells for secretaries. */
    public List<OutgoingTransfer> openOut() {
        Caller who = caller.get();
        who.requireManagesAnything();
        var open = List.of(TransferState.PROPOSED, TransferState.CONFIRMED);
        if (who.wholeWard()) {
            return em.createQuery("select t from OutgoingTransfer t where t.state in :open order by t.effectiveDate, t.id",
                    OutgoingTransfer.class).setParameter("open", open).getResultList();
        }
        return em.createQuery("""
                        select t from OutgoingTransfer t where t.state in :open and t.fromCell.id in :cells
                        order by t.effectiveDate, t.id""", OutgoingTransfer.class)
                .setParameter("open", open).setParameter("cells", who.managedUnitIds()).getResultList();
    }

    /** Every transfer out of one member, oldest first; for whoever manages the member's cell. */
    public List<OutgoingTransfer> outOfMember(long memberId) {
        Member m = member(memberId);
        caller.get().requireManages(m.cell().id());
        return em.createQuery("select t from OutgoingTransfer t where t.member.id = :m order by t.effectiveDate, t.id",
                OutgoingTransfer.class).setParameter("m", memberId).getResultList();
    }

    /** One transfer out, for its slip: whoever manages the cell the member left. */
    public OutgoingTransfer out(long id) {
        OutgoingTransfer t = outgoing(id);
        caller.get().requireManages(t.fromCell().id());
        return t;
    }

    /** The slip to print: it carries personal data, so reading it is audited like a dossier. */
    public OutgoingTransfer slip(long id) {
        OutgoingTransfer t = out(id);
        audit.record(AuditAction.MEMBER_DOSSIER_READ, "MEMBER", t.member().id(), "giấy giới thiệu #" + id);
        return t;
    }

    /** The ward the slip is issued by: the top of the unit the member left. */
    public String issuingUnitName(OutgoingTransfer t) {
        PartyUnit u = t.fromCell();
        while (u.parent().isPresent() && u.kind() != UnitKind.WARD) {
            u = u.parent().get();
        }
        return u.name();
    }

    /** Called by the clock: confirmed transfers out whose date has come. */
    public int completeDueOut() {
        List<OutgoingTransfer> due = em.createQuery(
                        "select t from OutgoingTransfer t where t.state = :c and t.effectiveDate <= :today",
                        OutgoingTransfer.class)
                .setParameter("c", TransferState.CONFIRMED).setParameter("today", LocalDate.now())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        due.forEach(t -> completeOut(t, "system"));
        return due.size();
    }

    private void completeOut(OutgoingTransfer t, String by) {
        Member m = t.member();
        List<FieldChange> changes = m.transferOut();
        t.sent();
        em.persist(new MemberRevision(m.id(), by, changes));
        String detail = "#" + t.id() + " → " + t.destination().describe();
        if ("system".equals(by)) {
            audit.recordAsSystem(AuditAction.TRANSFER_OUT_COMPLETED, "MEMBER", m.id(), detail);
        } else {
            audit.record(AuditAction.TRANSFER_OUT_COMPLETED, "MEMBER", m.id(), detail);
        }
        em.flush();
        membershipEnded.fire(new MembershipEnded(m.id(), MemberStatus.TRANSFERRED_OUT, t.effectiveDate()));
    }

    // ---------------------------------------------------------------- into the ward

    /**
     * Registers a dossier received from another organisation: the 2-HSĐV fields as for a new dossier (no
     * cell yet), the sending organisation and the slip number. A citizen ID already held by an active member
     * of the ward is refused; one of a member who transferred out marks them as coming back.
     */
    public IncomingDossier register(Map<String, String> dossier, String sendingOrg, String slipNumber) {
        Caller who = caller.get();
        who.requireWholeWard();
        List<InvalidField> problems = new ArrayList<>();
        String from = PlainText.line("sendingOrg", sendingOrg, MAX_NAME, true, problems);
        String slip = PlainText.line("slipNumber", slipNumber, MAX_NUMBER, true, problems);
        Map<String, String> fields = new LinkedHashMap<>(dossier == null ? Map.of() : dossier);
        Map<DossierField, Object> values = parse(fields, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String citizenId = (String) values.get(DossierField.CITIZEN_ID);
        Optional<Member> known = byCitizenId(citizenId);
        refuseIfTaken(known);
        boolean alreadyWaiting = !em.createQuery(
                        "select i.id from IncomingDossier i where i.citizenId = :c and i.state in :open", Long.class)
                .setParameter("c", citizenId).setParameter("open", List.of(IncomingState.RECEIVED, IncomingState.CHECKED))
                .getResultList().isEmpty();
        if (alreadyWaiting) {
            throw new Conflict("incoming.alreadyRegistered");
        }
        IncomingDossier in = new IncomingDossier(fields, (String) values.get(DossierField.FULL_NAME), citizenId, from,
                slip, who.username());
        em.persist(in);
        em.flush();
        audit.record(AuditAction.INCOMING_REGISTERED, "INCOMING", in.id(), in.fullName() + " từ " + from + ", " + slip);
        return in;
    }

    public IncomingDossier check(long id, Boolean slipPresent, Boolean dossierComplete, Boolean cardMatches,
                                 String note) {
        Caller who = caller.get();
        who.requireWholeWard();
        IncomingDossier in = incoming(id);
        List<InvalidField> problems = new ArrayList<>();
        if (slipPresent == null) {
            problems.add(new InvalidField("slipPresent", "field.required"));
        }
        if (dossierComplete == null) {
            problems.add(new InvalidField("dossierComplete", "field.required"));
        }
        if (cardMatches == null) {
            problems.add(new InvalidField("cardMatches", "field.required"));
        }
        String text = PlainText.line("note", note, MAX_TEXT, false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        in.check(slipPresent, dossierComplete, cardMatches, text, who.username());
        audit.record(AuditAction.INCOMING_CHECKED, "INCOMING", id,
                "giấy giới thiệu " + yes(slipPresent) + ", hồ sơ đủ " + yes(dossierComplete)
                        + ", thẻ đảng khớp " + yes(cardMatches));
        return in;
    }

    /**
     * Accepts a checked dossier into a cell from a date: a new dossier, or, for a member who had transferred
     * out, the same dossier reopened with the fields received.
     */
    public IncomingDossier accept(long id, Long cellId, LocalDate date) {
        Caller who = caller.get();
        who.requireWholeWard();
        IncomingDossier in = em.find(IncomingDossier.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (in == null) {
            throw new IncomingNotFound(id);
        }
        in.requireAcceptable();
        List<InvalidField> problems = new ArrayList<>();
        if (cellId == null) {
            problems.add(new InvalidField("cellId", "field.required"));
        }
        if (date == null) {
            problems.add(new InvalidField("date", "field.required"));
        } else if (date.isAfter(LocalDate.now())) {
            problems.add(new InvalidField("date", "field.dateOutOfRange"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        PartyUnit cell = em.find(PartyUnit.class, cellId);
        if (cell == null || cell.kind() != UnitKind.CELL || cell.dissolved()) {
            throw new InvalidInput(List.of(new InvalidField("cellId", "transfer.notAnActiveCell")));
        }
        Map<String, String> fields = in.fields();
        Optional<Member> known = byCitizenId(in.citizenId());
        refuseIfTaken(known);
        MemberStatus status = initialStatus(fields);
        Member m;
        if (known.isPresent()) {
            m = known.get();
            // Back on the day they left is possible (a slip sent to the wrong place, returned at once).
            LocalDate last = LastMove.of(em, m.id());
            if (last != null && date.isBefore(last)) {
                throw new InvalidInput(List.of(new InvalidField("date", "transfer.beforeLast")));
            }
            List<FieldChange> changes = new ArrayList<>(m.returnTo(cell, status));
            Map<DossierField, Object> values = parse(fields, new ArrayList<>());
            // The name and identity stay as the dossier knows them; the rest is updated from what was received.
            values.keySet().removeAll(List.of(DossierField.STATUS, DossierField.CELL_ID, DossierField.FULL_NAME,
                    DossierField.CITIZEN_ID));
            Object card = values.get(DossierField.PARTY_CARD_NUMBER);
            if (card != null) {
                long self = m.id();
                em.createQuery("select o.id from Member o where o.partyCardNumber = :c", Long.class)
                        .setParameter("c", card).getResultList().stream().filter(o -> o != self).findFirst()
                        .ifPresent(o -> {
                            throw new InvalidInput(List.of(new DuplicateIdentifier("partyCardNumber", o)));
                        });
            }
            changes.addAll(m.apply(values));
            em.persist(new MemberRevision(m.id(), who.username(), changes));
        } else {
            fields.put("cellId", cellId.toString());
            fields.put("status", status.name());
            m = members.create(fields);
        }
        in.accepted(cell, date, m.id(), known.isPresent(), who.username());
        em.flush();
        audit.record(AuditAction.INCOMING_ACCEPTED, "MEMBER", m.id(),
                "#" + id + " từ " + in.sendingOrg() + " vào " + cell.name() + " ngày " + date
                        + (known.isPresent() ? " (trở lại)" : ""));
        return in;
    }

    public IncomingDossier refuse(long id, String reason) {
        Caller who = caller.get();
        who.requireWholeWard();
        IncomingDossier in = incoming(id);
        List<InvalidField> problems = new ArrayList<>();
        String why = PlainText.line("reason", reason, MAX_TEXT, true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        in.refuse(why, who.username());
        audit.record(AuditAction.INCOMING_REFUSED, "INCOMING", id, why);
        return in;
    }

    /** Received dossiers, newest first: the open ones only unless all are asked for. Officers only. */
    public List<IncomingDossier> incoming(boolean all) {
        caller.get().requireWholeWard();
        String where = all ? "" : " where i.state in :open";
        var q = em.createQuery("select i from IncomingDossier i" + where + " order by i.registeredAt desc, i.id desc",
                IncomingDossier.class);
        if (!all) {
            q.setParameter("open", List.of(IncomingState.RECEIVED, IncomingState.CHECKED));
        }
        return q.getResultList();
    }

    public IncomingDossier incomingOne(long id) {
        caller.get().requireWholeWard();
        return incoming(id);
    }

    // ---------------------------------------------------------------- shared

    private static MemberStatus initialStatus(Map<String, String> fields) {
        String s = fields.get("status");
        if (s != null && !s.isBlank()) {
            return MemberStatus.valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
        }
        String full = fields.get("fullMembershipDate");
        return full == null || full.isBlank() ? MemberStatus.PROBATIONARY : MemberStatus.FULL;
    }

    /** Same parsing as a new dossier; the cell is chosen at acceptance, and the citizen ID is required here. */
    private static Map<DossierField, Object> parse(Map<String, String> fields, List<InvalidField> problems) {
        Map<DossierField, Object> values = new EnumMap<>(DossierField.class);
        fields.forEach((name, raw) -> {
            Optional<DossierField> field = DossierField.byApiName(name).filter(f -> f != DossierField.CELL_ID);
            if (field.isEmpty()) {
                problems.add(new InvalidField(name, "field.unknown"));
                return;
            }
            try {
                Object v = field.get().parse(raw);
                if (v != null) {
                    values.put(field.get(), v);
                }
            } catch (InvalidField e) {
                problems.add(e);
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidField(name, "field.invalid"));
            }
        });
        for (DossierField f : DossierField.values()) {
            boolean needed = (f.required() && f != DossierField.CELL_ID && f != DossierField.STATUS)
                    || f == DossierField.CITIZEN_ID;
            if (needed && !values.containsKey(f) && problems.stream().noneMatch(p -> p.field().equals(f.apiName()))) {
                problems.add(new InvalidField(f.apiName(), "field.required"));
            }
        }
        Object status = values.get(DossierField.STATUS);
        if (status != null && !MemberStatus.INITIAL.contains(status)) {
            problems.add(new InvalidField("status", "status.notInitial"));
        }
        return values;
    }

    private Optional<Member> byCitizenId(String citizenId) {
        return em.createQuery("select m from Member m where m.citizenId = :c", Member.class)
                .setParameter("c", citizenId).getResultList().stream().findFirst();
    }

    /** Only a member who transferred out may come back under the same citizen ID. */
    private static void refuseIfTaken(Optional<Member> known) {
        if (known.isEmpty() || known.get().status() == MemberStatus.TRANSFERRED_OUT) {
            return;
        }
        if (known.get().status().active()) {
            throw new Conflict("incoming.alreadyActive", known.get().id());
        }
        throw new Conflict("incoming.citizenIdClosed", known.get().id());
    }

    private boolean hasOpenTransfer(long memberId) {
        var open = List.of(TransferState.PROPOSED, TransferState.CONFIRMED);
        long inside = em.createQuery("select count(t) from Transfer t where t.member.id = :m and t.state in :open",
                Long.class).setParameter("m", memberId).setParameter("open", open).getSingleResult();
        long out = em.createQuery("select count(t) from OutgoingTransfer t where t.member.id = :m and t.state in :open",
                Long.class).setParameter("m", memberId).setParameter("open", open).getSingleResult();
        return inside + out > 0;
    }

    private static String yes(boolean b) {
        return b ? "có" : "không";
    }

    private Member member(long id) {
        return Optional.ofNullable(em.find(Member.class, id)).orElseThrow(() -> new MemberNotFound(id));
    }

    private OutgoingTransfer outgoing(long id) {
        return Optional.ofNullable(em.find(OutgoingTransfer.class, id)).orElseThrow(() -> new TransferNotFound(id));
    }

    private IncomingDossier incoming(long id) {
        return Optional.ofNullable(em.find(IncomingDossier.class, id)).orElseThrow(() -> new IncomingNotFound(id));
    }
}
