package vn.dangbo.records.skills;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A learner enrolled in a class: a Party member (memberId; the name is read from the dossier, so it follows
 * corrections) or a resident, who has no dossier and is known by name, phone and neighbourhood.
 */
@Entity
@Table(name = "skills_learner")
public class SkillsLearner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "class_id", nullable = false)
    private long classId;
    @Column(name = "member_id")
    private Long memberId;
    @Column(name = "full_name")
    private String fullName;
    private String phone;
    private String neighbourhood;
    @Column(name = "enrolled_by")
    private String enrolledBy;
    @Column(name = "enrolled_at")
    private Instant enrolledAt;

    protected SkillsLearner() {
    }

    static SkillsLearner member(long classId, long memberId, String neighbourhood, String by) {
        SkillsLearner l = new SkillsLearner(classId, by);
        l.memberId = memberId;
        l.neighbourhood = neighbourhood;
        return l;
    }

    static SkillsLearner resident(long classId, String fullName, String phone, String neighbourhood, String by) {
        SkillsLearner l = new SkillsLearner(classId, by);
        l.fullName = fullName;
        l.phone = phone;
        l.neighbourhood = neighbourhood;
        return l;
    }

    private SkillsLearner(long classId, String by) {
        this.classId = classId;
        this.enrolledBy = by;
        this.enrolledAt = Instant.now();
    }

    public boolean resident() { return memberId == null; }
    public Long id() { return id; }
    public long classId() { return classId; }
    public Long memberId() { return memberId; }
    /** The resident's name; for a member, null (read it from the dossier). */
    public String fullName() { return fullName; }
    public String phone() { return phone; }
    public String neighbourhood() { return neighbourhood; }
    public Instant enrolledAt() { return enrolledAt; }
}
