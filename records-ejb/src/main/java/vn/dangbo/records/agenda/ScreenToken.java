package vn.dangbo.records.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A big screen's right to follow a congress's public live state; only the token's hash is kept. */
@Entity
@Table(name = "congress_screen_token")
public class ScreenToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "congress_id")
    private long congressId;
    private String label;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "revoked_by")
    private String revokedBy;

    protected ScreenToken() {
    }

    ScreenToken(long congressId, String label, String tokenHash, String by, Instant now) {
        this.congressId = congressId;
        this.label = label;
        this.tokenHash = tokenHash;
        this.createdBy = by;
        this.createdAt = now;
    }

    void revoke(String by, Instant now) {
        if (revokedAt == null) {
            this.revokedAt = now;
            this.revokedBy = by;
        }
    }

    public Long id() { return id; }
    public long congressId() { return congressId; }
    public String label() { return label; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Instant revokedAt() { return revokedAt; }
    public boolean active() { return revokedAt == null; }
}
