package vn.dangbo.records.meeting;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * A cell meeting as planned, then closed with its quorum recorded, with its minutes (biên bản). Times are the
 * ward's local time, as the invitation says them.
 */
@Entity
@Table(name = "cell_meeting")
public class CellMeeting {

    /** Members may check themselves in from this long before the start until the end. */
    public static final int CHECK_IN_OPENS_MINUTES = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "cell_id", nullable = false)
    private long cellId;
    @Enumerated(EnumType.STRING)
    private MeetingKind kind;
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;
    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;
    private String place;
    private String topic;
    private String agenda;
    private String documents;
    @Column(name = "posted_late")
    private boolean postedLate;
    @Enumerated(EnumType.STRING)
    private MeetingState state;
    @Column(name = "planned_by")
    private String plannedBy;
    @Column(name = "planned_at")
    private Instant plannedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "required_count")
    private Integer requiredCount;
    @Column(name = "present_count")
    private Integer presentCount;
    @Column(name = "quorum_numerator")
    private Integer quorumNumerator;
    @Column(name = "quorum_denominator")
    private Integer quorumDenominator;
    @Column(name = "quorum_met")
    private Boolean quorumMet;
    @Column(name = "minutes_content")
    private String minutesContent;
    @Column(name = "minutes_opinions")
    private String minutesOpinions;
    @Column(name = "minutes_resolutions")
    private String minutesResolutions;
    @Column(name = "votes_for")
    private Integer votesFor;
    @Column(name = "votes_against")
    private Integer votesAgainst;
    @Column(name = "votes_abstain")
    private Integer votesAbstain;
    @Column(name = "chair_name")
    private String chairName;
    @Column(name = "secretary_name")
    private String secretaryName;
    @Column(name = "minutes_by")
    private String minutesBy;
    @Column(name = "minutes_at")
    private Instant minutesAt;
    @Version
    private long version;

    protected CellMeeting() {
    }

    CellMeeting(long cellId, MeetingKind kind, LocalDateTime startsAt, LocalDateTime endsAt, String place, String topic,
                String agenda, List<String> documents, String by) {
        this.cellId = cellId;
        this.state = MeetingState.PLANNED;
        this.plannedBy = by;
        this.plannedAt = Instant.now();
        update(kind, startsAt, endsAt, place, topic, agenda, documents, WardClock.today());
    }

    /** Re-planning keeps the late flag once set: posting late is a fact about when the topic was first due. */
    void update(MeetingKind kind, LocalDateTime startsAt, LocalDateTime endsAt, String place, String topic,
                String agenda, List<String> documents, LocalDate today) {
        this.kind = kind;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = place;
        this.topic = topic;
        this.agenda = agenda;
        this.documents = documents.isEmpty() ? null : String.join("\n", documents);
        this.postedLate = this.postedLate || PostingRule.postedLate(kind, startsAt, today);
    }

    /** Whether a member's own check-in may count now: from 30 minutes before the start to the end. */
    public boolean checkInOpen(LocalDateTime now) {
        return state == MeetingState.PLANNED && !now.isBefore(startsAt.minusMinutes(CHECK_IN_OPENS_MINUTES))
                && !now.isAfter(endsAt);
    }

    /** A planned meeting of a cell merged into another is held by the successor. */
    void moveTo(long successorCellId) {
        this.cellId = successorCellId;
    }

    void close(int required, int present, Quorum quorum) {
        this.state = MeetingState.CLOSED;
        this.closedAt = Instant.now();
        this.requiredCount = required;
        this.presentCount = present;
        this.quorumNumerator = quorum.numerator();
        this.quorumDenominator = quorum.denominator();
        this.quorumMet = quorum.met(present, required);
    }

    void writeMinutes(String content, String opinions, String resolutions, Integer votesFor, Integer votesAgainst,
                      Integer votesAbstain, String chair, String secretary, String by) {
        this.minutesContent = content;
        this.minutesOpinions = opinions;
        this.minutesResolutions = resolutions;
        this.votesFor = votesFor;
        this.votesAgainst = votesAgainst;
        this.votesAbstain = votesAbstain;
        this.chairName = chair;
        this.secretaryName = secretary;
        this.minutesBy = by;
        this.minutesAt = Instant.now();
    }

    public boolean closed() { return state == MeetingState.CLOSED; }
    public boolean hasMinutes() { return minutesAt != null; }
    public Long id() { return id; }
    public long cellId() { return cellId; }
    public MeetingKind kind() { return kind; }
    public LocalDateTime startsAt() { return startsAt; }
    public LocalDateTime endsAt() { return endsAt; }
    public String place() { return place; }
    public String topic() { return topic; }
    public String agenda() { return agenda; }
    public List<String> documents() {
        return documents == null ? List.of() : Arrays.stream(documents.split("\n")).filter(s -> !s.isBlank()).toList();
    }
    public boolean postedLate() { return postedLate; }
    public MeetingState state() { return state; }
    public String plannedBy() { return plannedBy; }
    public Instant plannedAt() { return plannedAt; }
    public Instant closedAt() { return closedAt; }
    public Integer requiredCount() { return requiredCount; }
    public Integer presentCount() { return presentCount; }
    public Quorum recordedQuorum() {
        return quorumNumerator == null ? null : new Quorum(quorumNumerator, quorumDenominator);
    }
    public Boolean quorumMet() { return quorumMet; }
    public String minutesContent() { return minutesContent; }
    public String minutesOpinions() { return minutesOpinions; }
    public String minutesResolutions() { return minutesResolutions; }
    public Integer votesFor() { return votesFor; }
    public Integer votesAgainst() { return votesAgainst; }
    public Integer votesAbstain() { return votesAbstain; }
    public String chairName() { return chairName; }
    public String secretaryName() { return secretaryName; }
    public String minutesBy() { return minutesBy; }
    public Instant minutesAt() { return minutesAt; }
}
