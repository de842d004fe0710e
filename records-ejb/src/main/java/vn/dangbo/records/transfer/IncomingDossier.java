package vn.dangbo.records.transfer;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.dangbo.records.organization.PartyUnit;
import vn.dangbo.records.shared.Conflict;

/**
 * A dossier sent to the ward by another organisation (chuyển sinh hoạt đến). Its 2-HSĐV fields are kept
 * as typed until it is accepted; only then do they become (or reopen) a member's dossier.
 */
@Entity
@Table(name = "ward_transfer_in")
public class IncomingDossier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "full_name", nullable = false)
    private String fullName;
    @Column(name = "citizen_id", nullable = false)
    private String citizenId;
    @Column(name = "dossier_fields", nullable = false)
    private String dossierFields;
    @Column(name = "sending_org", nullable = false)
    private String sendingOrg;
    @Column(name = "slip_number", nullable = false)
    private String slipNumber;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncomingState state;
    @Column(name = "registered_by", nullable = false)
    private String registeredBy;
    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;
    @Column(name = "slip_present")
    private Boolean slipPresent;
    @Column(name = "dossier_complete")
    private Boolean dossierComplete;
    @Column(name = "card_matches")
    private Boolean cardMatches;
    @Column(name = "check_note")
    private String checkNote;
    @Column(name = "checked_by")
    private String checkedBy;
    @Column(name = "checked_at")
    private Instant checkedAt;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cell_id")
    private PartyUnit cell;
    @Column(name = "accepted_on")
    private LocalDate acceptedOn;
    @Column(name = "member_id")
    private Long memberId;
    @Column(name = "returning_member", nullable = false)
    private boolean returningMember;
    @Column(name = "refusal_reason")
    private String refusalReason;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Version
    private long version;

    protected IncomingDossier() {
    }

    IncomingDossier(Map<String, String> fields, String fullName, String citizenId, String sendingOrg, String slipNumber,
                    String registeredBy) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        fields.forEach((k, v) -> {
            if (v != null) {
                json.add(k, v);
            }
        });
        this.dossierFields = json.build().toString();
        this.fullName = fullName;
        this.citizenId = citizenId;
        this.sendingOrg = sendingOrg;
        this.slipNumber = slipNumber;
        this.state = IncomingState.RECEIVED;
        this.registeredBy = registeredBy;
        this.registeredAt = Instant.now();
    }

    /** The officer's check of what arrived; it may be repeated until the dossier is decided. */
    void check(boolean slip, boolean complete, boolean card, String note, String by) {
        requireOpen();
        this.slipPresent = slip;
        this.dossierComplete = complete;
        this.cardMatches = card;
        this.checkNote = note;
        this.checkedBy = by;
        this.checkedAt = Instant.now();
        this.state = IncomingState.CHECKED;
    }

    /** Only a dossier checked and found in order can be accepted. */
    void requireAcceptable() {
        requireOpen();
        if (state != IncomingState.CHECKED) {
            throw new Conflict("incoming.notChecked");
        }
        if (!Boolean.TRUE.equals(slipPresent) || !Boolean.TRUE.equals(dossierComplete) || !Boolean.TRUE.equals(cardMatches)) {
            throw new Conflict("incoming.checkFailed");
        }
    }

    void accepted(PartyUnit into, LocalDate on, long member, boolean returning, String by) {
        this.cell = into;
        this.acceptedOn = on;
        this.memberId = member;
        this.returningMember = returning;
        this.state = IncomingState.ACCEPTED;
        this.decidedBy = by;
        this.decidedAt = Instant.now();
    }

    void refuse(String reason, String by) {
        requireOpen();
        this.refusalReason = reason;
        this.state = IncomingState.REFUSED;
        this.decidedBy = by;
        this.decidedAt = Instant.now();
    }

    private void requireOpen() {
        if (!state.open()) {
            throw new Conflict("incoming.alreadyDecided");
        }
    }

    /** The 2-HSĐV fields as they were typed at registration. */
    public Map<String, String> fields() {
        Map<String, String> out = new LinkedHashMap<>();
        try (var reader = Json.createReader(new StringReader(dossierFields))) {
            JsonObject o = reader.readObject();
            o.forEach((k, v) -> out.put(k, ((JsonString) v).getString()));
        }
        return out;
    }

    public Long id() { return id; }
    public String fullName() { return fullName; }
    public String citizenId() { return citizenId; }
    public String sendingOrg() { return sendingOrg; }
    public String slipNumber() { return slipNumber; }
    public IncomingState state() { return state; }
    public String registeredBy() { return registeredBy; }
    public Instant registeredAt() { return registeredAt; }
    public Boolean slipPresent() { return slipPresent; }
    public Boolean dossierComplete() { return dossierComplete; }
    public Boolean cardMatches() { return cardMatches; }
    public String checkNote() { return checkNote; }
    public String checkedBy() { return checkedBy; }
    public Instant checkedAt() { return checkedAt; }
    public PartyUnit cell() { return cell; }
    public LocalDate acceptedOn() { return acceptedOn; }
    public Long memberId() { return memberId; }
    public boolean returningMember() { return returningMember; }
    public String refusalReason() { return refusalReason; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
}
