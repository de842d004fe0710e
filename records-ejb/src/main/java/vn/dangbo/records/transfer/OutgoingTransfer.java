package vn.dangbo.records.transfer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.dangbo.records.member.Member;

/**
 * Chuyển sinh hoạt đảng ra ngoài Đảng bộ: proposed like a transfer between cells, confirmed by an officer,
 * effective on its date. Then the dossier is sealed and sent with a transfer slip (giấy giới thiệu).
 */
@Entity
@Table(name = "ward_transfer_out")
public class OutgoingTransfer extends ProposedMove {

    @Column(name = "destination_name", nullable = false)
    private String destinationName;
    @Column(name = "destination_level")
    private String destinationLevel;
    @Column(name = "destination_province")
    private String destinationProvince;
    @Column(name = "decision_number", nullable = false)
    private String decisionNumber;
    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutgoingTransfer() {
    }

    OutgoingTransfer(Member member, Destination to, String decisionNumber, LocalDate effectiveDate, String reason,
                     String proposedBy) {
        super(member, effectiveDate, reason, proposedBy);
        this.destinationName = to.name();
        this.destinationLevel = to.level();
        this.destinationProvince = to.province();
        this.decisionNumber = decisionNumber;
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

    /** The dossier left with the slip: from now on it is sealed. */
    void sent() {
        completed();
        this.sentAt = Instant.now();
    }

    public Destination destination() { return new Destination(destinationName, destinationLevel, destinationProvince); }
    public String decisionNumber() { return decisionNumber; }
    public Instant sentAt() { return sentAt; }
}
