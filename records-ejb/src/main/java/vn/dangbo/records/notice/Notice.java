package vn.dangbo.records.notice;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import vn.dangbo.records.security.Caller;

/**
 * A notice (thông báo) sent to the whole ward or to chosen cells. Its text never changes once sent: the
 * receipts say who read what was sent.
 */
@Entity
@Table(name = "notice")
public class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private String body;
    private boolean important;
    @Column(name = "ward_wide")
    private boolean wardWide;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "notice_unit", joinColumns = @JoinColumn(name = "notice_id"))
    @Column(name = "unit_id")
    private Set<Long> unitIds = new HashSet<>();
    @Column(name = "sent_by")
    private String sentBy;
    @Column(name = "sender_name")
    private String senderName;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "recipient_count")
    private int recipientCount;
    /** Shown on the ward's public page too (officers decide, when sending). */
    @Column(name = "public_notice")
    private boolean publicNotice;

    protected Notice() {
    }

    Notice(String title, String body, boolean important, boolean wardWide, Collection<Long> unitIds, String sentBy,
           String senderName, int recipientCount, boolean publicNotice) {
        this.title = title;
        this.body = body;
        this.important = important;
        this.wardWide = wardWide;
        this.unitIds = new HashSet<>(unitIds);
        this.sentBy = sentBy;
        this.senderName = senderName;
        this.publishedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        this.recipientCount = recipientCount;
        this.publicNotice = publicNotice;
    }

    /**
     * Who may see the receipts: officers, and whoever manages every cell it went to (the secretary who sent
     * it while they still hold the position, or their successor). A ward-wide notice is the officers'.
     */
    public boolean managedBy(Caller who) {
        return who.wholeWard() || !wardWide && !unitIds.isEmpty() && unitIds.stream().allMatch(who::manages);
    }

    public Long id() { return id; }
    public String title() { return title; }
    public String body() { return body; }
    public boolean important() { return important; }
    public boolean wardWide() { return wardWide; }
    public Set<Long> unitIds() { return Set.copyOf(unitIds); }
    public String sentBy() { return sentBy; }
    public String senderName() { return senderName; }
    public Instant publishedAt() { return publishedAt; }
    public boolean publicNotice() { return publicNotice; }
    public int recipientCount() { return recipientCount; }
}
