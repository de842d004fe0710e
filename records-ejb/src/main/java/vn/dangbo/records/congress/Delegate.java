package vn.dangbo.records.congress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import vn.dangbo.records.member.Member;

/**
 * A delegate (official or alternate, from a dossier) or an invited guest of one congress, with their group,
 * seat, and what the credential committee has to decide about them.
 */
@Entity
@Table(name = "congress_delegate")
public class Delegate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "congress_id")
    private long congressId;
    @Enumerated(EnumType.STRING)
    private DelegateKind kind;
    @Enumerated(EnumType.STRING)
    private DelegateBasis basis;
    @ManyToOne
    @JoinColumn(name = "member_id")
    private Member member;
    @Column(name = "full_name")
    private String fullName;
    private String delegation;
    @ManyToOne
    @JoinColumn(name = "group_id")
    private DiscussionGroup group;
    @Column(name = "seat_row")
    private String seatRow;
    @Column(name = "seat_number")
    private Integer seatNumber;
    @Enumerated(EnumType.STRING)
    private DelegateStatus status;
    @Column(name = "status_reason")
    private String statusReason;
    @Column(name = "absence_reason")
    private String absenceReason;
    @Column(name = "credential_question")
    private String credentialQuestion;
    @Enumerated(EnumType.STRING)
    @Column(name = "credential_decision")
    private CredentialDecision credentialDecision;
    @Column(name = "credential_note")
    private String credentialNote;
    @Column(name = "card_version")
    private int cardVersion;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Delegate() {
    }

    static Delegate of(long congressId, Member member, DelegateKind kind, DelegateBasis basis, String delegation) {
        Delegate d = new Delegate(congressId, kind, member.fullName(), delegation);
        d.member = member;
        d.basis = basis;
        return d;
    }

    static Delegate guest(long congressId, String fullName, String office) {
        return new Delegate(congressId, DelegateKind.GUEST, fullName, office);
    }

    private Delegate(long congressId, DelegateKind kind, String fullName, String delegation) {
        this.congressId = congressId;
        this.kind = kind;
        this.fullName = fullName;
        this.delegation = delegation;
        this.status = DelegateStatus.CONVENED;
        this.cardVersion = 1;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    void place(DiscussionGroup group, String seatRow, Integer seatNumber) {
        this.group = group;
        this.seatRow = seatRow;
        this.seatNumber = seatNumber;
    }

    void expectAbsent(String reason) {
        this.absenceReason = reason;
    }

    void withdraw(String reason) {
        this.status = DelegateStatus.WITHDRAWN;
        this.statusReason = reason;
    }

    void question(String question) {
        this.credentialQuestion = question;
        this.credentialDecision = null;
        this.credentialNote = null;
    }

    void decide(CredentialDecision decision, String note) {
        this.credentialDecision = decision;
        this.credentialNote = note;
    }

    /** A new card: the QR codes of earlier cards stop working. */
    void reissueCard() {
        cardVersion++;
    }

    /** Counted for the quorum and the credential report: an official delegate still convened. */
    public boolean countsForQuorum() {
        return kind == DelegateKind.OFFICIAL && status == DelegateStatus.CONVENED;
    }

    public boolean guest() { return kind == DelegateKind.GUEST; }

    public Long id() { return id; }
    public long congressId() { return congressId; }
    public DelegateKind kind() { return kind; }
    public DelegateBasis basis() { return basis; }
    public Member member() { return member; }
    public String fullName() { return fullName; }
    public String delegation() { return delegation; }
    public DiscussionGroup group() { return group; }
    public String seatRow() { return seatRow; }
    public Integer seatNumber() { return seatNumber; }
    public DelegateStatus status() { return status; }
    public String statusReason() { return statusReason; }
    public String absenceReason() { return absenceReason; }
    public String credentialQuestion() { return credentialQuestion; }
    public CredentialDecision credentialDecision() { return credentialDecision; }
    public String credentialNote() { return credentialNote; }
    public int cardVersion() { return cardVersion; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }

    /** "A12" or null. */
    public String seat() {
        return seatRow == null ? null : seatRow + seatNumber;
    }
}
