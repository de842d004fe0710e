package vn.dangbo.records.transfer;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import vn.dangbo.records.member.Member;
import vn.dangbo.records.organization.PartyUnit;
import vn.dangbo.records.shared.Conflict;

/**
 * What a move of a member's party activity has in common, to another cell or out of the ward: proposed
 * for a date, then confirmed, rejected or cancelled once, and due when confirmed and its date has come.
 */
@MappedSuperclass
public abstract class ProposedMove {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_cell_id")
    private PartyUnit fromCell;
    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;
    private String reason;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TransferState state;
    @Column(name = "proposed_by", nullable = false)
    private String proposedBy;
    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_note")
    private String decisionNote;
    @Version
    private long version;

    protected ProposedMove() {
    }

    protected ProposedMove(Member member, LocalDate effectiveDate, String reason, String proposedBy) {
        this.member = member;
        this.fromCell = member.cell();
        this.effectiveDate = effectiveDate;
        this.reason = reason;
        this.state = TransferState.PROPOSED;
        this.proposedBy = proposedBy;
        this.proposedAt = Instant.now();
    }

    /** The officer's confirmation; the move takes effect once its date has come. */
    void confirm(String by, String note) {
        decide(TransferState.CONFIRMED, by, note);
    }

    void reject(String by, String note) {
        decide(TransferState.REJECTED, by, note);
    }

    void cancel(String by, String note) {
        decide(TransferState.CANCELLED, by, note);
    }

    private void decide(TransferState next, String by, String note) {
        if (state != TransferState.PROPOSED) {
            throw new Conflict("transfer.alreadyDecided");
        }
        this.state = next;
        this.decidedBy = by;
        this.decidedAt = Instant.now();
        this.decisionNote = note;
    }

    boolean due(LocalDate today) {
        return state == TransferState.CONFIRMED && !effectiveDate.isAfter(today);
    }

    /** The move took effect. */
    protected void completed() {
        this.state = TransferState.COMPLETED;
    }

    public Long id() { return id; }
    public Member member() { return member; }
    public PartyUnit fromCell() { return fromCell; }
    public LocalDate effectiveDate() { return effectiveDate; }
    public String reason() { return reason; }
    public TransferState state() { return state; }
    public String proposedBy() { return proposedBy; }
    public Instant proposedAt() { return proposedAt; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decisionNote() { return decisionNote; }
}
