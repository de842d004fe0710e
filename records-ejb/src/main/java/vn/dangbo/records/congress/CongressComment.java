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
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * A comment (góp ý) on a congress document, or on one paragraph of it. Delegates' comments are published at
 * once (they come from the congress's own list); residents' wait for the secretariat. The fields a comment
 * counts in start as the keyword rule's suggestion (or the delegate's choice) until the secretariat confirms them.
 */
@Entity
@Table(name = "congress_comment")
public class CongressComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "congress_id")
    private long congressId;
    @Column(name = "document_id")
    private long documentId;
    private Integer paragraph;
    @Enumerated(EnumType.STRING)
    @Column(name = "author_kind")
    private CommentAuthor authorKind;
    @Column(name = "delegate_id")
    private Long delegateId;
    @Column(name = "author_name")
    private String authorName;
    private String neighbourhood;
    private String body;
    @Enumerated(EnumType.STRING)
    private CommentStatus status;
    @Column(name = "fields_confirmed")
    private boolean fieldsConfirmed;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "reviewed_by")
    private String reviewedBy;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "congress_comment_field", joinColumns = @JoinColumn(name = "comment_id"))
    @Column(name = "field_id")
    private Set<Long> fields = new HashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "congress_comment_suggestion", joinColumns = @JoinColumn(name = "comment_id"))
    @Column(name = "field_id")
    private Set<Long> suggested = new HashSet<>();

    protected CongressComment() {
    }

    private CongressComment(CongressDocument doc, Integer paragraph, CommentAuthor kind, String authorName,
                            String body, Collection<Long> suggested, Collection<Long> fields, CommentStatus status) {
        this.congressId = doc.congressId();
        this.documentId = doc.id();
        this.paragraph = paragraph;
        this.authorKind = kind;
        this.authorName = authorName;
        this.body = body;
        this.suggested.addAll(suggested);
        this.fields.addAll(fields);
        this.status = status;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    static CongressComment byParticipant(CongressDocument doc, Integer paragraph, Delegate delegate,
                                         String authorName, String username, String body,
                                         Collection<Long> suggested, Collection<Long> fields) {
        CongressComment c = new CongressComment(doc, paragraph, CommentAuthor.DELEGATE, authorName, body,
                suggested, fields, CommentStatus.APPROVED);
        c.delegateId = delegate == null ? null : delegate.id();
        c.createdBy = username;
        return c;
    }

    static CongressComment byResident(CongressDocument doc, Integer paragraph, String name, String neighbourhood,
                                      String body, Collection<Long> suggested) {
        CongressComment c = new CongressComment(doc, paragraph, CommentAuthor.RESIDENT, name, body, suggested,
                suggested, CommentStatus.PENDING);
        c.neighbourhood = neighbourhood;
        return c;
    }

    /** Publishes (or keeps published) with these fields, confirmed. */
    void approve(Collection<Long> confirmedFields, String by) {
        status = CommentStatus.APPROVED;
        fields.clear();
        fields.addAll(confirmedFields);
        fieldsConfirmed = true;
        reviewed(by);
    }

    void reject(String by) {
        status = CommentStatus.REJECTED;
        reviewed(by);
    }

    private void reviewed(String by) {
        reviewedBy = by;
        reviewedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    public boolean counts() {
        return status == CommentStatus.APPROVED;
    }

    public Long id() { return id; }
    public long congressId() { return congressId; }
    public long documentId() { return documentId; }
    public Integer paragraph() { return paragraph; }
    public CommentAuthor authorKind() { return authorKind; }
    public Long delegateId() { return delegateId; }
    public String authorName() { return authorName; }
    public String neighbourhood() { return neighbourhood; }
    public String body() { return body; }
    public CommentStatus status() { return status; }
    public boolean fieldsConfirmed() { return fieldsConfirmed; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public String reviewedBy() { return reviewedBy; }
    public Instant reviewedAt() { return reviewedAt; }
    public Set<Long> fields() { return Set.copyOf(fields); }
    public Set<Long> suggested() { return Set.copyOf(suggested); }
}
