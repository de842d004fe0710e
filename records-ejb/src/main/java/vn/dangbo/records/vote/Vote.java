package vn.dangbo.records.vote;

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
import java.util.Optional;
import vn.dangbo.records.shared.Conflict;

/**
 * An open vote (biểu quyết) of a congress. Its rule, base and whether a vote may be changed are fixed when it is
 * prepared; it opens once and closes once, and its result is frozen when it closes.
 */
@Entity
@Table(name = "congress_vote")
public class Vote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "congress_id")
    private long congressId;
    @Column(name = "session_id")
    private long sessionId;
    @Column(name = "agenda_item_id")
    private Long agendaItemId;
    @Enumerated(EnumType.STRING)
    private VoteSubject subject;
    private String title;
    @Enumerated(EnumType.STRING)
    private VoteRule rule;
    @Enumerated(EnumType.STRING)
    private VoteBase base;
    private boolean changeable;
    @Enumerated(EnumType.STRING)
    private VoteStatus status;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "opened_by")
    private String openedBy;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "closed_by")
    private String closedBy;
    @Column(name = "closed_at")
    private Instant closedAt;
    private Integer agree;
    private Integer disagree;
    private Integer abstain;
    @Column(name = "present_count")
    private Integer presentCount;
    @Column(name = "convened_count")
    private Integer convenedCount;
    private Boolean passed;
    @Version
    private long version;

    protected Vote() {
    }

    Vote(long congressId, long sessionId, Long agendaItemId, VoteSubject subject, String title, VoteRule rule,
         VoteBase base, boolean changeable, String by) {
        this.congressId = congressId;
        this.sessionId = sessionId;
        this.agendaItemId = agendaItemId;
        this.subject = subject;
        this.title = title;
        this.rule = rule;
        this.base = base;
        this.changeable = changeable;
        this.status = VoteStatus.PREPARED;
        this.createdBy = by;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    void open(String by) {
        if (status != VoteStatus.PREPARED) {
            throw new Conflict(status == VoteStatus.OPEN ? "congress.vote.alreadyOpen" : "congress.vote.closed", title);
        }
        status = VoteStatus.OPEN;
        openedBy = by;
        openedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    VoteResult close(long agree, long disagree, long abstain, long present, long convened, String by) {
        if (status != VoteStatus.OPEN) {
            throw new Conflict("congress.vote.notOpen", title);
        }
        VoteResult r = VoteResult.of(agree, disagree, abstain, present, convened, base, rule);
        this.agree = (int) agree;
        this.disagree = (int) disagree;
        this.abstain = (int) abstain;
        this.presentCount = (int) present;
        this.convenedCount = (int) convened;
        this.passed = r.passed();
        status = VoteStatus.CLOSED;
        closedBy = by;
        closedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return r;
    }

    /** The frozen result of a closed vote. */
    public Optional<VoteResult> result() {
        if (status != VoteStatus.CLOSED) {
            return Optional.empty();
        }
        return Optional.of(VoteResult.of(agree, disagree, abstain, presentCount, convenedCount, base, rule));
    }

    public Long id() { return id; }
    public long congressId() { return congressId; }
    public long sessionId() { return sessionId; }
    public Long agendaItemId() { return agendaItemId; }
    public VoteSubject subject() { return subject; }
    public String title() { return title; }
    public VoteRule rule() { return rule; }
    public VoteBase base() { return base; }
    public boolean changeable() { return changeable; }
    public VoteStatus status() { return status; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public String openedBy() { return openedBy; }
    public Instant openedAt() { return openedAt; }
    public String closedBy() { return closedBy; }
    public Instant closedAt() { return closedAt; }
    public long version() { return version; }
}
