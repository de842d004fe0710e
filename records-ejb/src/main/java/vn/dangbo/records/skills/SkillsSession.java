package vn.dangbo.records.skills;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** One session of a class: its day, optionally its time, topic and a guest instructor. */
@Entity
@Table(name = "skills_session")
public class SkillsSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "class_id", nullable = false)
    private long classId;
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;
    @Column(name = "starts_at")
    private LocalTime startsAt;
    private String topic;
    private String instructor;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected SkillsSession() {
    }

    SkillsSession(long classId, LocalDate heldOn, LocalTime startsAt, String topic, String instructor, String by) {
        this.classId = classId;
        this.heldOn = heldOn;
        this.startsAt = startsAt;
        this.topic = topic;
        this.instructor = instructor;
        this.createdBy = by;
        this.createdAt = Instant.now();
    }

    public Long id() { return id; }
    public long classId() { return classId; }
    public LocalDate heldOn() { return heldOn; }
    public LocalTime startsAt() { return startsAt; }
    public String topic() { return topic; }
    public String instructor() { return instructor; }
}
