package vn.dangbo.records.congress;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** A congress of delegates (đại hội đại biểu): what it is, when and where, the hall's seat rows. */
@Entity
@Table(name = "congress")
public class Congress {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String level;
    private String term;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    private String venue;
    @Enumerated(EnumType.STRING)
    private CongressStatus status;
    @Column(name = "card_key")
    private byte[] cardKey;
    @Column(name = "quorum_numerator")
    private int quorumNumerator;
    @Column(name = "quorum_denominator")
    private int quorumDenominator;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "congress_seat_row", joinColumns = @JoinColumn(name = "congress_id"))
    @OrderColumn(name = "ordinal")
    private List<SeatRow> seatRows = new ArrayList<>();
    @Version
    private long version;

    protected Congress() {
    }

    Congress(CongressDetails d, String createdBy) {
        describe(d);
        this.status = CongressStatus.PREPARING;
        this.cardKey = new byte[32];
        RANDOM.nextBytes(cardKey);
        // Điều lệ Đảng: a congress of delegates proceeds when two thirds of the delegates convened are present.
        this.quorumNumerator = 2;
        this.quorumDenominator = 3;
        this.createdBy = createdBy;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    void describe(CongressDetails d) {
        this.name = d.name();
        this.level = d.level();
        this.term = d.term();
        this.startsOn = d.startsOn();
        this.endsOn = d.endsOn();
        this.venue = d.venue();
    }

    void seatRows(List<SeatRow> rows) {
        seatRows.clear();
        seatRows.addAll(rows);
    }

    void close() {
        status = CongressStatus.CLOSED;
        closedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Quorum: present * denominator >= convened * numerator (and at least one delegate convened). */
    public boolean quorumReached(long present, long convened) {
        return convened > 0 && present * quorumDenominator >= convened * quorumNumerator;
    }

    /** How many present delegates make the quorum, rounded up. */
    public long quorumNeeded(long convened) {
        return (convened * quorumNumerator + quorumDenominator - 1) / quorumDenominator;
    }

    public boolean hasSeat(String row, int number) {
        return seatRows.stream().anyMatch(r -> r.label().equals(row) && number >= 1 && number <= r.seats());
    }

    public boolean open() { return status == CongressStatus.PREPARING; }

    public Long id() { return id; }
    public String name() { return name; }
    public String level() { return level; }
    public String term() { return term; }
    public LocalDate startsOn() { return startsOn; }
    public LocalDate endsOn() { return endsOn; }
    public String venue() { return venue; }
    public CongressStatus status() { return status; }
    byte[] cardKey() { return cardKey.clone(); }
    public int quorumNumerator() { return quorumNumerator; }
    public int quorumDenominator() { return quorumDenominator; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant closedAt() { return closedAt; }
    public List<SeatRow> seatRows() { return List.copyOf(seatRows); }
    public long version() { return version; }
}
