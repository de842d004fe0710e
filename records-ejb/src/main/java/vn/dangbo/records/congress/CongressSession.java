package vn.dangbo.records.congress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A session (phiên) of the congress; delegates check in per session while the secretariat keeps it open. */
@Entity
@Table(name = "congress_session")
public class CongressSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "congress_id")
    private long congressId;
    private int ordinal;
    private String name;
    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "checkin_open")
    private boolean checkInOpen;

    protected CongressSession() {
    }

    CongressSession(long congressId, int ordinal, String name, Instant startsAt) {
        this.congressId = congressId;
        this.ordinal = ordinal;
        this.name = name;
        this.startsAt = startsAt;
    }

    void checkIn(boolean open) {
        this.checkInOpen = open;
    }

    void rename(String name, Instant startsAt) {
        this.name = name;
        this.startsAt = startsAt;
    }

    public Long id() { return id; }
    public long congressId() { return congressId; }
    public int ordinal() { return ordinal; }
    public String name() { return name; }
    public Instant startsAt() { return startsAt; }
    public boolean checkInOpen() { return checkInOpen; }
}
