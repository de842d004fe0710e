package vn.dangbo.records.transfer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import vn.dangbo.records.member.Member;
import vn.dangbo.records.organization.PartyUnit;
import vn.dangbo.records.shared.Conflict;

/**
 * Chuyển sinh hoạt đảng ra ngoài Đảng bộ: proposed like a transfer between cells, confirmed by an officer,
 * effective on its date. Then the dossier is sealed and sent with a transfer slip (giấy giới thiệu).
 */
@Entity
@Table(name = "ward_transfer_out")
public class OutgoingTransfer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_cell_id")
    private PartyUnit fromCell;
    @Column(name = "destination_name", nullable = false)
    private String destinationName;
    @Column(name = "destination_level")
    private String destinationLevel;
    @Column(name = "destination_province")
    private String destinationProvince;
    @Column(name = "decision_number", nullable = false)
    private String decisionNumber;
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
    @Column(name = "sent_at")
    private Instant sentAt;
    @Version
    private long version;

    protected OutgoingTransfer() {
    }

    OutgoingTransfer(Member member, Destination to, String decisionNumber, LocalDate effectiveDate, String reason,
                     String proposedBy) {
        this.member = member;
        this.fromCell = member.cell();
        this.destinationName = to.name();
        this.destinationLevel = to.level();
        this.destinationProvince = to.province();
        this.decisionNumber = decisionNumber;
        this.effectiveDate = effectiveDate;
        this.reason = reason;
        this.state = TransferState.PROPOSED;
        this.proposedBy = proposedBy;
        this.proposedAt = Instant.now();
    }

    /** Where the member goes: the receiving organisation, its level and province. */
    public record Destination(String name, String level, String province) {
        /** One line, as the history and the slip say it. */
        public String describe() {
            StringBuilder s = new StringBuilder(name);
            if (level != null) {
                s.append(" (").append(level).append(')');
            }
            if (province != null) {
                s.append(", ").append(province);
            }
            return s.toString();
        }
    }

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

    /** The dossier left with the slip: from now on it is sealed. */
    void sent() {
        this.state = TransferState.COMPLETED;
        this.sentAt = Instant.now();
    }

    public Long id() { return id; }
    public Member member() { return member; }
    public PartyUnit fromCell() { return fromCell; }
    public Destination destination() { return new Destination(destinationName, destinationLevel, destinationProvince); }
    public String decisionNumber() { return decisionNumber; }
    public LocalDate effectiveDate() { return effectiveDate; }
    public String reason() { return reason; }
    public TransferState state() { return state; }
    public String proposedBy() { return proposedBy; }
    public Instant proposedAt() { return proposedAt; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decisionNote() { return decisionNote; }
    public Instant sentAt() { return sentAt; }
}
