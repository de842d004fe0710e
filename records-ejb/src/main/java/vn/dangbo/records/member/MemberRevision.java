package vn.dangbo.records.member;

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
import java.util.ArrayList;
import java.util.List;

/** One save of a dossier: who, when, and every field it changed. The dossier's timeline is made of these. */
@Entity
@Table(name = "member_revision")
public class MemberRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    /** The spreadsheet import that made this revision, if one did. */
    @Column(name = "import_id")
    private Long importId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_revision_field", joinColumns = @JoinColumn(name = "revision_id"))
    private List<FieldChange> changes = new ArrayList<>();

    protected MemberRevision() {
    }

    public MemberRevision(Long memberId, String changedBy, List<FieldChange> changes) {
        this.memberId = memberId;
        this.changedAt = Instant.now();
        this.changedBy = changedBy;
        this.changes = new ArrayList<>(changes);
    }

    public Long id() { return id; }
    public Long memberId() { return memberId; }
    public Instant changedAt() { return changedAt; }
    public String changedBy() { return changedBy; }
    public List<FieldChange> changes() { return List.copyOf(changes); }
    public Long importId() { return importId; }
}
