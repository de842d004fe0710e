package vn.dangbo.records.unitrating;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One criterion of a year's organisation rating, with the most points it gives; retired, never deleted. */
@Entity
@Table(name = "unit_rating_criterion")
public class RatingCriterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "rating_year")
    private int year;
    private int position;
    private String title;
    @Column(name = "max_points")
    private int maxPoints;
    private boolean retired;
    @Version
    private long version;

    protected RatingCriterion() {
    }

    RatingCriterion(int year, int position, String title, int maxPoints) {
        this.year = year;
        change(position, title, maxPoints);
    }

    void change(int position, String title, int maxPoints) {
        this.position = position;
        this.title = title;
        this.maxPoints = maxPoints;
        this.retired = false;
    }

    void retire() {
        this.retired = true;
    }

    public Long id() { return id; }
    public int year() { return year; }
    public int position() { return position; }
    public String title() { return title; }
    public int maxPoints() { return maxPoints; }
    public boolean retired() { return retired; }
}
