package vn.dangbo.records.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.dangbo.records.member.MemberStatus;
import vn.dangbo.records.shared.Conflict;

/** A member's login to the electronic handbook: the Keycloak user created for them, never its password. */
@Entity
@Table(name = "handbook_account")
public class HandbookAccount {

    public static final int MAX_REASON = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "member_id", nullable = false)
    private long memberId;
    @Column(name = "keycloak_id", nullable = false)
    private String keycloakId;
    @Column(nullable = false)
    private String username;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountState state;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "disabled_at")
    private Instant disabledAt;
    @Column(name = "disabled_reason")
    private String disabledReason;
    @Version
    private long version;

    protected HandbookAccount() {
    }

    HandbookAccount(long memberId, String keycloakId, String username, String createdBy) {
        this.memberId = memberId;
        this.keycloakId = keycloakId;
        this.username = username;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        this.state = AccountState.ACTIVE;
    }

    /** Quy định 339-QĐ/TW: full and probationary members use the handbook; exempt members and those who left do not. */
    public static boolean eligible(MemberStatus status) {
        return status == MemberStatus.FULL || status == MemberStatus.PROBATIONARY;
    }

    /** The login is off, or about to be: the sign-in service is told (again) until it confirms. */
    void markDisabled(String reason, boolean confirmed) {
        if (state == AccountState.DISABLED) {
            throw new Conflict("account.alreadyDisabled");
        }
        if (state == AccountState.ACTIVE) {
            disabledAt = Instant.now();
            disabledReason = reason == null ? null : reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
        }
        state = confirmed ? AccountState.DISABLED : AccountState.DISABLE_PENDING;
    }

    void markEnabled() {
        if (state == AccountState.ACTIVE) {
            throw new Conflict("account.alreadyActive");
        }
        state = AccountState.ACTIVE;
        disabledAt = null;
        disabledReason = null;
    }

    public Long id() { return id; }
    public long memberId() { return memberId; }
    public String keycloakId() { return keycloakId; }
    public String username() { return username; }
    public AccountState state() { return state; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant disabledAt() { return disabledAt; }
    public String disabledReason() { return disabledReason; }
}
