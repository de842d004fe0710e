package vn.dangbo.records.agenda;

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
import java.time.Duration;
import java.time.Instant;
import vn.dangbo.records.congress.Delegate;

/** A delegate's request to speak on an agenda item, and, once spoken, the record of it for the minutes. */
@Entity
@Table(name = "congress_speech")
public class Speech {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "congress_id")
    private long congressId;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agenda_item_id")
    private AgendaItem item;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "delegate_id")
    private Delegate delegate;
    private String topic;
    @Enumerated(EnumType.STRING)
    private SpeechStatus status;
    @Column(name = "queue_position")
    private Integer position;
    @Column(name = "requested_at")
    private Instant requestedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decline_reason")
    private String declineReason;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "spoken_seconds")
    private Integer spokenSeconds;
    @Version
    private long version;

    protected Speech() {
    }

    Speech(AgendaItem item, Delegate delegate, String topic, Instant now) {
        this.congressId = item.congressId();
        this.item = item;
        this.delegate = delegate;
        this.topic = topic;
        this.status = SpeechStatus.REQUESTED;
        this.requestedAt = now;
    }

    void accept(int position, String by, Instant now) {
        this.status = SpeechStatus.ACCEPTED;
        this.position = position;
        this.decidedBy = by;
        this.decidedAt = now;
        this.declineReason = null;
    }

    void decline(String reason, String by, Instant now) {
        this.status = SpeechStatus.DECLINED;
        this.position = null;
        this.declineReason = reason;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    void withdraw() {
        this.status = SpeechStatus.WITHDRAWN;
        this.position = null;
    }

    void placeAt(int position) {
        this.position = position;
    }

    void start(Instant now) {
        this.status = SpeechStatus.SPEAKING;
        this.position = null;
        this.startedAt = now;
    }

    void stop(Instant now) {
        this.status = SpeechStatus.DONE;
        this.endedAt = now;
        this.spokenSeconds = (int) Math.max(0, Duration.between(startedAt, now).toSeconds());
    }

    /** Seconds used: so far while speaking, in total once done. */
    public int secondsUsed(Instant now) {
        if (status == SpeechStatus.DONE) {
            return spokenSeconds;
        }
        return startedAt == null ? 0 : (int) Math.max(0, Duration.between(startedAt, now).toSeconds());
    }

    public Long id() { return id; }
    public long congressId() { return congressId; }
    public AgendaItem item() { return item; }
    public Delegate delegate() { return delegate; }
    public String topic() { return topic; }
    public SpeechStatus status() { return status; }
    public Integer position() { return position; }
    public Instant requestedAt() { return requestedAt; }
    public Instant decidedAt() { return decidedAt; }
    public String decidedBy() { return decidedBy; }
    public String declineReason() { return declineReason; }
    public Instant startedAt() { return startedAt; }
    public Instant endedAt() { return endedAt; }
    public Integer spokenSeconds() { return spokenSeconds; }
}
