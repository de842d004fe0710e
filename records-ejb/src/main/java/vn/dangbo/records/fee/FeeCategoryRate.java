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

/** The committee's fixed monthly fee for a category of members (retired, students …) from a month on. */
@Entity
@Table(name = "fee_category_rate")
public class FeeCategoryRate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private long amount;
    @Column(name = "effective_month", nullable = false)
    private LocalDate effectiveMonth;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected FeeCategoryRate() {
    }

    FeeCategoryRate(String code, String name, long amount, YearMonth from, String by) {
        this.code = code;
        this.name = name;
        this.amount = amount;
        this.effectiveMonth = from.atDay(1);
        this.recordedBy = by;
        this.recordedAt = Instant.now();
    }

    FeeRule.Rate rule() {
        return new FeeRule.Rate(code, effectiveMonth(), amount);
    }

    public Long id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public long amount() { return amount; }
    public YearMonth effectiveMonth() { return YearMonth.from(effectiveMonth); }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
