package vn.dangbo.records.election;

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
import java.time.temporal.ChronoUnit;

/** A name on an election's list, prepared or nominated from the floor (with the agreement recorded). */
@Entity
@Table(name = "election_candidate")
public class Candidate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "election_id")
    private long electionId;
    @Column(name = "member_id")
    private Long memberId;
    @Column(name = "full_name")
    private String fullName;
    @Enumerated(EnumType.STRING)
    private CandidateSource source;
    @Column(name = "floor_agreed")
    private Integer floorAgreed;
    @Column(name = "floor_present")
    private Integer floorPresent;
    @Enumerated(EnumType.STRING)
    private CandidateStatus status;
    @Column(name = "withdraw_reason")
    private String withdrawReason;
    @Column(name = "added_by")
    private String addedBy;
    @Column(name = "added_at")
    private Instant addedAt;
    @Version
    private long version;

    protected Candidate() {
    }

    Candidate(long electionId, Long memberId, String fullName, CandidateSource source, Integer floorAgreed,
              Integer floorPresent, String addedBy) {
        this.electionId = electionId;
        this.memberId = memberId;
        this.fullName = fullName;
        this.source = source;
        this.floorAgreed = floorAgreed;
        this.floorPresent = floorPresent;
        this.status = CandidateStatus.STANDING;
        this.addedBy = addedBy;
        this.addedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    void withdraw(String reason) {
        this.status = CandidateStatus.WITHDRAWN;
        this.withdrawReason = reason;
    }

    public boolean standing() { return status == CandidateStatus.STANDING; }

    public Long id() { return id; }
    public long electionId() { return electionId; }
    public Long memberId() { return memberId; }
    public String fullName() { return fullName; }
    public CandidateSource source() { return source; }
    public Integer floorAgreed() { return floorAgreed; }
    public Integer floorPresent() { return floorPresent; }
    public CandidateStatus status() { return status; }
    public String withdrawReason() { return withdrawReason; }
    public String addedBy() { return addedBy; }
    public Instant addedAt() { return addedAt; }
    public long version() { return version; }
}
