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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A congress document (văn kiện), kept as ordered paragraphs so that a comment can point at one of them.
 * A public draft is also shown to residents on the public page, where they may comment without signing in.
 */
@Entity
@Table(name = "congress_document")
public class CongressDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "congress_id")
    private long congressId;
    @Column(name = "session_id")
    private Long sessionId;
    private String title;
    @Enumerated(EnumType.STRING)
    private DocumentKind kind;
    @Column(name = "public_draft")
    private boolean publicDraft;
    @Column(name = "published_by")
    private String publishedBy;
    @Column(name = "published_at")
    private Instant publishedAt;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "congress_paragraph", joinColumns = @JoinColumn(name = "document_id"))
    @OrderColumn(name = "ordinal")
    private List<Paragraph> paragraphs = new ArrayList<>();

    protected CongressDocument() {
    }

    CongressDocument(long congressId, Long sessionId, String title, DocumentKind kind, boolean publicDraft,
                     List<Paragraph> paragraphs, String publishedBy) {
        this.congressId = congressId;
        this.sessionId = sessionId;
        this.title = title;
        this.kind = kind;
        // Only a draft is put to residents: a final text is no longer open to comment.
        this.publicDraft = publicDraft && kind == DocumentKind.DRAFT;
        this.paragraphs.addAll(paragraphs);
        this.publishedBy = publishedBy;
        this.publishedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Comments may be written on drafts only. */
    public boolean openToComments() {
        return kind == DocumentKind.DRAFT;
    }

    public boolean hasParagraph(int number) {
        return number >= 1 && number <= paragraphs.size();
    }

    public Long id() { return id; }
    public long congressId() { return congressId; }
    public Long sessionId() { return sessionId; }
    public String title() { return title; }
    public DocumentKind kind() { return kind; }
    public boolean publicDraft() { return publicDraft; }
    public String publishedBy() { return publishedBy; }
    public Instant publishedAt() { return publishedAt; }
    public List<Paragraph> paragraphs() { return List.copyOf(paragraphs); }
    public int paragraphCount() { return paragraphs.size(); }
}
