package vn.dangbo.records.resolution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A resolution or plan whose tasks the committee follows up (nghị quyết, kế hoạch). */
@Entity
@Table(name = "resolution")
public class Resolution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private ResolutionKind kind;
    private String code;
    private String title;
    @Column(name = "issued_on")
    private LocalDate issuedOn;
    private String issuer;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Resolution() {
    }

    Resolution(ResolutionKind kind, String code, String title, LocalDate issuedOn, String issuer, String createdBy) {
        this.kind = kind;
        this.code = code;
        this.title = title;
        this.issuedOn = issuedOn;
        this.issuer = issuer;
        this.createdBy = createdBy;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    public Long id() { return id; }
    public ResolutionKind kind() { return kind; }
    public String code() { return code; }
    public String title() { return title; }
    public LocalDate issuedOn() { return issuedOn; }
    public String issuer() { return issuer; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
}
