package vn.dangbo.records.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who did or read what, when, and from where (Decree 13/2023 on personal data). Append only. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Instant at;
    @Column(nullable = false)
    private String actor;
    @Column(nullable = false)
    private String action;
    @Column(name = "subject_type", nullable = false)
    private String subjectType;
    @Column(name = "subject_id")
    private String subjectId;
    private String detail;
    private String origin;

    protected AuditEntry() {
    }

    AuditEntry(String actor, AuditAction action, String subjectType, String subjectId, String detail, String origin) {
        // the column keeps milliseconds; the chain hashes what the column keeps
        this.at = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        this.actor = actor;
        this.action = action.name();
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 997) + "...";
        this.origin = origin == null || origin.length() <= 200 ? origin : origin.substring(0, 200);
    }

    public Long id() { return id; }
    public Instant at() { return at; }
    public String actor() { return actor; }
    public String action() { return action; }
    public String subjectType() { return subjectType; }
    public String subjectId() { return subjectId; }
    public String detail() { return detail; }
    public String origin() { return origin; }
}
