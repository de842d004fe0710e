package vn.dangbo.records.transfer;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.member.Member;
import vn.dangbo.records.member.MemberNotFound;
import vn.dangbo.records.member.MemberRevision;
import vn.dangbo.records.organization.PartyUnit;
import vn.dangbo.records.organization.UnitKind;
import vn.dangbo.records.security.Caller;
import vn.dangbo.records.security.CurrentCaller;
import vn.dangbo.records.shared.Conflict;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;
import vn.dangbo.records.shared.VietnameseText;

/**
 * Transfers between cells of the ward: the source cell's secretary (or an officer) proposes, an officer
 * confirms or rejects, and the member moves on the effective date, which the receiving cell sees from
 * then on. Each completed transfer is a step of the member's cell history.
 */
@Stateless
public class TransferService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    public Transfer propose(Long memberId, Long toCellId, LocalDate date, String reason) {
        Caller who = caller.get();
        if (memberId == null) {
            throw new InvalidInput(List.of(new InvalidField("memberId", "field.required")));
        }
        Member m = Optional.ofNullable(em.find(Member.class, memberId)).orElseThrow(() -> new MemberNotFound(memberId));
        who.requireManages(m.cell().id());
        List<InvalidField> problems = new ArrayList<>();
        if (toCellId == null) {
            problems.add(new InvalidField("toCellId", "field.required"));
        }
        if (date == null) {
            problems.add(new InvalidField("date", "field.required"));
        }
        String why = VietnameseText.clean(reason);
        if (why != null && why.length() > 500) {
            problems.add(new InvalidField("reason", "field.tooLong", 500));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        PartyUnit to = em.find(PartyUnit.class, toCellId);
        if (to == null || to.kind() != UnitKind.CELL || to.dissolved()) {
            throw new InvalidInput(List.of(new InvalidField("toCellId", "transfer.notAnActiveCell")));
        }
        if (to.id().equals(m.cell().id())) {
            throw new InvalidInput(List.of(new InvalidField("toCellId", "transfer.sameCell")));
        }
        if (!m.status().active()) {
            throw new Conflict("transfer.memberNotActive");
        }
        if (!openOf(memberId).isEmpty() || em.createQuery(
                        "select count(t) from OutgoingTransfer t where t.member.id = :m and t.state in :open", Long.class)
                .setParameter("m", memberId).setParameter("open", List.of(TransferState.PROPOSED, TransferState.CONFIRMED))
                .getSingleResult() > 0) {
            throw new Conflict("transfer.alreadyOpen");
        }
        LocalDate last = LastMove.of(em, memberId);
        if (last != null && !date.isAfter(last)) {
            throw new InvalidInput(List.of(new InvalidField("date", "transfer.beforeLast")));
        }
        Transfer t = new Transfer(m, to, date, why == null || why.isEmpty() ? null : why, who.username());
        em.persist(t);
        em.flush();
        audit.record(AuditAction.TRANSFER_PROPOSED, "MEMBER", memberId,
                m.cell().name() + " → " + to.name() + " từ " + date);
        return t;
    }

    /** An officer confirms; a transfer whose date has come takes effect at once. */
    public Transfer confirm(long transferId, String note) {
        Caller who = caller.get();
        who.requireWholeWard();
        Transfer t = find(transferId);
        t.confirm(who.username(), VietnameseText.clean(note));
        audit.record(AuditAction.TRANSFER_CONFIRMED, "MEMBER", t.member().id(), "#" + transferId);
        if (t.due(LocalDate.now())) {
            complete(t, who.username());
        }
        return t;
    }

    public Transfer reject(long transferId, String note) {
        Caller who = caller.get();
        who.requireWholeWard();
        Transfer t = find(transferId);
        t.reject(who.username(), VietnameseText.clean(note));
        audit.record(AuditAction.TRANSFER_REJECTED, "MEMBER", t.member().id(), "#" + transferId);
        return t;
    }

    /** The proposing side withdraws a proposal not yet decided. */
    public Transfer cancel(long transferId, String note) {
        Caller who = caller.get();
        Transfer t = find(transferId);
        who.requireManages(t.fromCell().id());
        t.cancel(who.username(), VietnameseText.clean(note));
        audit.record(AuditAction.TRANSFER_CANCELLED, "MEMBER", t.member().id(), "#" + transferId);
        return t;
    }

    /** Open transfers the caller deals with: all for officers, those from or to their cells for secretaries. */
    public List<Transfer> open() {
        Caller who = caller.get();
        who.requireManagesAnything();
        if (who.wholeWard()) {
            return em.createQuery("select t from Transfer t where t.state in :open order by t.effectiveDate, t.id",
                    Transfer.class).setParameter("open", List.of(TransferState.PROPOSED, TransferState.CONFIRMED))
                    .getResultList();
        }
        return em.createQuery("""
                        select t from Transfer t where t.state in :open
                          and (t.fromCell.id in :cells or t.toCell.id in :cells)
                        order by t.effectiveDate, t.id""", Transfer.class)
                .setParameter("open", List.of(TransferState.PROPOSED, TransferState.CONFIRMED))
                .setParameter("cells", who.managedUnitIds()).getResultList();
    }

    /** Every transfer of one member, oldest first; for whoever may read the dossier. */
    public List<Transfer> ofMember(long memberId) {
        Member m = Optional.ofNullable(em.find(Member.class, memberId)).orElseThrow(() -> new MemberNotFound(memberId));
        caller.get().requireMayRead(memberId, m.cell().id());
        return em.createQuery("select t from Transfer t where t.member.id = :m order by t.effectiveDate, t.id",
                Transfer.class).setParameter("m", memberId).getResultList();
    }

    /**
     * Every cell the member belonged to, with dates, from the completed transfers between cells, out of the
     * ward (the stretch closes with the destination) and into it (a stretch opens with the sender).
     */
    public List<CellPeriod> cellHistory(long memberId) {
        List<CellPeriod.Move> moves = new ArrayList<>();
        ofMember(memberId).stream().filter(t -> t.state() == TransferState.COMPLETED)
                .forEach(t -> moves.add(new CellPeriod.Between(t.fromCell(), t.toCell(), t.effectiveDate())));
        em.createQuery("select t from OutgoingTransfer t where t.member.id = :m and t.state = :done",
                        OutgoingTransfer.class)
                .setParameter("m", memberId).setParameter("done", TransferState.COMPLETED).getResultList()
                .forEach(t -> moves.add(new CellPeriod.Out(t.fromCell(), t.destination().describe(), t.effectiveDate())));
        em.createQuery("select i from IncomingDossier i where i.memberId = :m and i.state = :accepted",
                        IncomingDossier.class)
                .setParameter("m", memberId).setParameter("accepted", IncomingState.ACCEPTED).getResultList()
                .forEach(i -> moves.add(new CellPeriod.In(i.sendingOrg(), i.cell(), i.acceptedOn())));
        Member m = em.find(Member.class, memberId);
        return CellPeriod.chain(m.admissionDate(), m.cell(), moves);
    }

    /**
     * A move decided above the cells (the merge of units): recorded as a transfer confirmed and completed at
     * once, dated the decision's effective day, so the dossier's history and statistics "as of" see it.
     */
    public Transfer moveByDecision(Member m, PartyUnit to, LocalDate date, String reason) {
        Caller who = caller.get();
        who.requireWholeWard();
        Transfer t = new Transfer(m, to, date, reason, who.username());
        t.confirm(who.username(), reason);
        em.persist(t);
        complete(t, who.username());
        return t;
    }

    /** Called by the clock: confirmed transfers whose date has come take effect. */
    public int completeDue() {
        List<Transfer> due = em.createQuery(
                        "select t from Transfer t where t.state = :c and t.effectiveDate <= :today", Transfer.class)
                .setParameter("c", TransferState.CONFIRMED).setParameter("today", LocalDate.now())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        due.forEach(t -> complete(t, "system"));
        return due.size();
    }

    private void complete(Transfer t, String by) {
        Member m = t.member();
        var change = m.transferTo(t.toCell());
        t.completed();
        em.persist(new MemberRevision(m.id(), by, List.of(change)));
        if ("system".equals(by)) {
            audit.recordAsSystem(AuditAction.TRANSFER_COMPLETED, "MEMBER", m.id(), "#" + t.id());
        } else {
            audit.record(AuditAction.TRANSFER_COMPLETED, "MEMBER", m.id(), "#" + t.id());
        }
    }

    private List<Transfer> openOf(long memberId) {
        return em.createQuery("select t from Transfer t where t.member.id = :m and t.state in :open", Transfer.class)
                .setParameter("m", memberId)
                .setParameter("open", List.of(TransferState.PROPOSED, TransferState.CONFIRMED)).getResultList();
    }

    private Transfer find(long id) {
        return Optional.ofNullable(em.find(Transfer.class, id)).orElseThrow(() -> new TransferNotFound(id));
    }
}
