package vn.dangbo.records.fee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A member's fee for one month as the cell collected it. A mistake is corrected by a new payment that
 * supersedes this one; the old row stays, so the ledger's history can always be read back.
 */
@Entity
@Table(name = "fee_payment")
public class FeePayment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "member_id", nullable = false)
    private long memberId;
    @Column(name = "cell_id", nullable = false)
    private long cellId;
    @Column(name = "fee_month", nullable = false)
    private LocalDate feeMonth;
    @Column(nullable = false)
    private long amount;
    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;
    private String note;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "corrects_id")
    private Long correctsId;
    /** 1 while this payment counts, null once corrected (see the unique key in V4). */
    @Column(name = "current_flag")
    private Integer currentFlag;

    protected FeePayment() {
    }

    FeePayment(long memberId, long cellId, YearMonth month, long amount, LocalDate paidOn, String note, String by,
               Long correctsId) {
        this.memberId = memberId;
        this.cellId = cellId;
        this.feeMonth = month.atDay(1);
        this.amount = amount;
        this.paidOn = paidOn;
        this.note = note;
        this.recordedBy = by;
        this.recordedAt = Instant.now();
        this.correctsId = correctsId;
        this.currentFlag = 1;
    }

    void supersede() {
        this.currentFlag = null;
    }

    public boolean current() { return currentFlag != null; }
    public Long id() { return id; }
    public long memberId() { return memberId; }
    public long cellId() { return cellId; }
    public YearMonth month() { return YearMonth.from(feeMonth); }
    public long amount() { return amount; }
    public LocalDate paidOn() { return paidOn; }
    public String note() { return note; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
    public Long correctsId() { return correctsId; }
}
