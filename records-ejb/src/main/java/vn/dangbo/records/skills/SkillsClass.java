package vn.dangbo.records.skills;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A digital-skills class (lớp Bình dân học vụ số) run by a cell or by the ward. */
@Entity
@Table(name = "skills_class")
public class SkillsClass {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "unit_id", nullable = false)
    private long unitId;
    private String title;
    private String skills;
    private String instructor;
    private String place;
    @Column(name = "required_sessions")
    private Integer requiredSessions;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected SkillsClass() {
    }

    SkillsClass(long unitId, String title, List<String> skills, String instructor, String place,
                Integer requiredSessions, String by) {
        this.unitId = unitId;
        this.createdBy = by;
        this.createdAt = Instant.now();
        update(title, skills, instructor, place, requiredSessions);
    }

    void update(String title, List<String> skills, String instructor, String place, Integer requiredSessions) {
        this.title = title;
        this.skills = skills.isEmpty() ? null : String.join("\n", skills);
        this.instructor = instructor;
        this.place = place;
        this.requiredSessions = requiredSessions;
    }

    public Long id() { return id; }
    public long unitId() { return unitId; }
    public String title() { return title; }
    public List<String> skills() {
        return skills == null ? List.of() : Arrays.stream(skills.split("\n")).filter(s -> !s.isBlank()).toList();
    }
    public String instructor() { return instructor; }
    public String place() { return place; }
    /** As set by the organiser; null means every session of the class. */
    public Integer requiredSessions() { return requiredSessions; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }
}
