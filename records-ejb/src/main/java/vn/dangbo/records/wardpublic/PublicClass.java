package vn.dangbo.records.wardpublic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A digital-skills class as the public page sees it: listed for residents' enrolment while open. */
@Entity
@Table(name = "skills_class_public")
public class PublicClass {

    @Id
    @Column(name = "class_id")
    private long classId;
    @Column(name = "open_enrolment")
    private boolean openEnrolment;
    @Column(name = "changed_by")
    private String changedBy;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Version
    private long version;

    protected PublicClass() {
    }

    PublicClass(long classId) {
        this.classId = classId;
    }

    void set(boolean open, String by) {
        this.openEnrolment = open;
        this.changedBy = by;
        this.changedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    public long classId() { return classId; }
    public boolean openEnrolment() { return openEnrolment; }
    public String changedBy() { return changedBy; }
    public Instant changedAt() { return changedAt; }
}
