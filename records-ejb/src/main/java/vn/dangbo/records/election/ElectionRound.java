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

/**
 * A round of voting (lần bầu). Round 1 is among the whole list; a further round is among those tied at the
 * cut-off, for the seats still open. The base and attendance are frozen when it closes, for the minutes.
 */
@Entity
@Table(name = "election_round")
public class ElectionRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "election_id")
    private long electionId;
    private int number;
    private int seats;
    @Enumerated(EnumType.STRING)
    private RoundMode mode;
    @Column(name = "session_id")
    private Long sessionId;
    @Enumerated(EnumType.STRING)
    private RoundStatus status;
    @Column(name = "paper_issued")
    private Integer paperIssued;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "base_convened")
    private Integer baseConvened;
    @Column(name = "base_excluded")
    private Integer baseExcluded;
    @Column(name = "present_at_close")
    private Integer presentAtClose;
    @Version
    private long version;

    protected ElectionRound() {
    }

    ElectionRound(long electionId, int number, int seats) {
        this.electionId = electionId;
        this.number = number;
        this.seats = seats;
        this.mode = RoundMode.ELECTRONIC;
        this.status = RoundStatus.READY;
    }

    void open(RoundMode mode, Long sessionId, Integer paperIssued) {
        this.mode = mode;
        this.sessionId = sessionId;
        this.paperIssued = paperIssued;
        this.status = RoundStatus.OPEN;
        this.openedAt = now();
    }

    void close(int convened, int excluded, int present) {
        this.baseConvened = convened;
        this.baseExcluded = excluded;
        this.presentAtClose = present;
        this.status = RoundStatus.CLOSED;
        this.closedAt = now();
    }

    void publish() {
        this.status = RoundStatus.PUBLISHED;
        this.publishedAt = now();
    }

    /** The base of "more than half": official delegates convened less the legal exclusions. */
    public long base() {
        return baseConvened == null ? 0 : baseConvened - baseExcluded;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    public Long id() { return id; }
    public long electionId() { return electionId; }
    public int number() { return number; }
    public int seats() { return seats; }
    public RoundMode mode() { return mode; }
    public Long sessionId() { return sessionId; }
    public RoundStatus status() { return status; }
    public Integer paperIssued() { return paperIssued; }
    public Instant openedAt() { return openedAt; }
    public Instant closedAt() { return closedAt; }
    public Instant publishedAt() { return publishedAt; }
    public Integer baseConvened() { return baseConvened; }
    public Integer baseExcluded() { return baseExcluded; }
    public Integer presentAtClose() { return presentAtClose; }
    public long version() { return version; }
}
