package vn.dangbo.records.unitrating;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The ward's settings for one year of organisation ratings: the grade thresholds (its criteria hang on it). */
@Entity
@Table(name = "unit_rating_year")
public class RatingYear {

    @Id
    @Column(name = "rating_year")
    private int year;
    @Column(name = "excellent_from")
    private int excellentFrom;
    @Column(name = "good_from")
    private int goodFrom;
    @Column(name = "completed_from")
    private int completedFrom;
    @Column(name = "configured_by")
    private String configuredBy;
    @Column(name = "configured_at")
    private Instant configuredAt;
    @Version
    private long version;

    protected RatingYear() {
    }

    RatingYear(int year) {
        this.year = year;
    }

    void set(UnitRatingRule.Thresholds t, String by) {
        this.excellentFrom = t.excellentFrom();
        this.goodFrom = t.goodFrom();
        this.completedFrom = t.completedFrom();
        this.configuredBy = by;
        this.configuredAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    public int year() { return year; }
    public UnitRatingRule.Thresholds thresholds() {
        return new UnitRatingRule.Thresholds(excellentFrom, goodFrom, completedFrom);
    }
    public String configuredBy() { return configuredBy; }
    public Instant configuredAt() { return configuredAt; }
}
