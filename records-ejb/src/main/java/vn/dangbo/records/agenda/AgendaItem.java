package vn.dangbo.records.agenda;

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

/** One item of the congress's agenda (chương trình đại hội), in a session; at most one is current at a time. */
@Entity
@Table(name = "congress_agenda_item")
public class AgendaItem {

    public static final int MIN_LIMIT_SECONDS = 30;
    public static final int MAX_LIMIT_SECONDS = 7200;
    public static final int DEFAULT_LIMIT_SECONDS = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "congress_id")
    private long congressId;
    @Column(name = "session_id")
    private Long sessionId;
    private int ordinal;
    private String title;
    @Enumerated(EnumType.STRING)
    private AgendaItemKind kind;
    @Column(name = "speaking_limit_seconds")
    private int speakingLimitSeconds;
    @Enumerated(EnumType.STRING)
    private AgendaItemStatus status;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Version
    private long version;

    protected AgendaItem() {
    }

    AgendaItem(long congressId, int ordinal, AgendaDraft draft) {
        this.congressId = congressId;
        this.ordinal = ordinal;
        this.status = AgendaItemStatus.PENDING;
        change(draft);
    }

    void change(AgendaDraft draft) {
        this.sessionId = draft.sessionId();
        this.title = draft.title();
        this.kind = draft.kind();
        this.speakingLimitSeconds = draft.speakingLimitSeconds();
    }

    void moveTo(int ordinal) {
        this.ordinal = ordinal;
    }

    void start(Instant now) {
        this.status = AgendaItemStatus.CURRENT;
        if (startedAt == null) {
            this.startedAt = now;
        }
        this.endedAt = null;
    }

    void finish(Instant now) {
        this.status = AgendaItemStatus.DONE;
        this.endedAt = now;
    }

    public Long id() { return id; }
    public long congressId() { return congressId; }
    public Long sessionId() { return sessionId; }
    public int ordinal() { return ordinal; }
    public String title() { return title; }
    public AgendaItemKind kind() { return kind; }
    public int speakingLimitSeconds() { return speakingLimitSeconds; }
    public AgendaItemStatus status() { return status; }
    public Instant startedAt() { return startedAt; }
    public Instant endedAt() { return endedAt; }
    public boolean current() { return status == AgendaItemStatus.CURRENT; }
}
