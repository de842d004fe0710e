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

/** What a member's fee is computed from, from a month on: a salary (1% due) or a category's fixed amount. */
@Entity
@Table(name = "member_fee_basis")
public class MemberFeeBasis {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "member_id", nullable = false)
    private long memberId;
    @Column(name = "effective_month", nullable = false)
    private LocalDate effectiveMonth;
    private Long salary;
    @Column(name = "category_code")
    private String categoryCode;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected MemberFeeBasis() {
    }

    MemberFeeBasis(long memberId, YearMonth from, Long salary, String categoryCode, String by) {
        this.memberId = memberId;
        this.effectiveMonth = from.atDay(1);
        this.salary = salary;
        this.categoryCode = categoryCode;
        this.recordedBy = by;
        this.recordedAt = Instant.now();
    }

    FeeRule.Basis rule() {
        return new FeeRule.Basis(effectiveMonth(), salary, categoryCode);
    }

    public Long id() { return id; }
    public long memberId() { return memberId; }
    public YearMonth effectiveMonth() { return YearMonth.from(effectiveMonth); }
    public Long salary() { return salary; }
    public String categoryCode() { return categoryCode; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
