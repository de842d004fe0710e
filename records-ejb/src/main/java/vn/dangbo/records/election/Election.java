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

/** One secret-ballot election of a congress (e.g. the ward committee, 2025-2030: 15 seats). */
@Entity
@Table(name = "election")
public class Election {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "congress_id")
    private long congressId;
    @Column(name = "agenda_item_id")
    private Long agendaItemId;
    private String title;
    @Enumerated(EnumType.STRING)
    private ElectionKind kind;
    private int seats;
    @Enumerated(EnumType.STRING)
    private ElectionStatus status;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Election() {
    }

    Election(long congressId, Long agendaItemId, String title, ElectionKind kind, int seats, String createdBy) {
        this.congressId = congressId;
        this.agendaItemId = agendaItemId;
        this.title = title;
        this.kind = kind;
        this.seats = seats;
        this.status = ElectionStatus.PREPARING;
        this.createdBy = createdBy;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    void start() {
        this.status = ElectionStatus.RUNNING;
    }

    void finish() {
        this.status = ElectionStatus.FINISHED;
    }

    public Long id() { return id; }
    public long congressId() { return congressId; }
    public Long agendaItemId() { return agendaItemId; }
    public String title() { return title; }
    public ElectionKind kind() { return kind; }
    public int seats() { return seats; }
    public ElectionStatus status() { return status; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }
}
