package vn.dangbo.api.congress;

import java.time.Instant;
import java.util.List;
import vn.dangbo.records.congress.CongressComment;
import vn.dangbo.records.congress.CongressDocument;
import vn.dangbo.records.congress.CongressDocuments;
import vn.dangbo.records.congress.CommentField;

/** What the document and comment endpoints answer with. Comment texts are plain text: clients show them as text. */
public final class DocumentViews {

    private DocumentViews() {
    }

    public record DocumentLine(long id, String title, String kind, Long sessionId, boolean publicDraft,
                               int paragraphCount, String publishedBy, Instant publishedAt) {
        static DocumentLine of(CongressDocument d) {
            return new DocumentLine(d.id(), d.title(), d.kind().name(), d.sessionId(), d.publicDraft(),
                    d.paragraphCount(), d.publishedBy(), d.publishedAt());
        }
    }

    /** A paragraph numbered from 1, as comments refer to it; html is allow-list cleaned. */
    public record ParagraphLine(int number, String html, String text) {
    }

    public record DocumentText(long id, long congressId, String title, String kind, Long sessionId,
                               boolean publicDraft, String publishedBy, Instant publishedAt,
                               List<ParagraphLine> paragraphs) {
        static DocumentText of(CongressDocument d) {
            List<ParagraphLine> ps = new java.util.ArrayList<>();
            for (int i = 0; i < d.paragraphs().size(); i++) {
                ps.add(new ParagraphLine(i + 1, d.paragraphs().get(i).html(), d.paragraphs().get(i).text()));
            }
            return new DocumentText(d.id(), d.congressId(), d.title(), d.kind().name(), d.sessionId(),
                    d.publicDraft(), d.publishedBy(), d.publishedAt(), List.copyOf(ps));
        }
    }

    public record FieldLine(long id, String name, List<String> keywords, boolean standard) {
        static FieldLine of(CommentField f) {
            return new FieldLine(f.id(), f.name(), f.keywords(), f.isDefault());
        }
    }

    /** A comment as participants see it on a document. */
    public record CommentLine(long id, long documentId, Integer paragraph, String author, String authorKind,
                              String text, String status, List<Long> fieldIds, List<Long> suggestedFieldIds,
                              boolean fieldsConfirmed, Instant createdAt) {
        static CommentLine of(CongressComment c) {
            return new CommentLine(c.id(), c.documentId(), c.paragraph(), c.authorName(), c.authorKind().name(),
                    c.body(), c.status().name(), c.fields().stream().sorted().toList(),
                    c.suggested().stream().sorted().toList(), c.fieldsConfirmed(), c.createdAt());
        }
    }

    /** A comment on the secretariat's page: with the resident's neighbourhood and the document's title. */
    public record ModerationLine(long id, long documentId, String documentTitle, Integer paragraph, String author,
                                 String authorKind, String neighbourhood, String text, String status,
                                 List<Long> fieldIds, List<Long> suggestedFieldIds, boolean fieldsConfirmed,
                                 Instant createdAt, String reviewedBy, Instant reviewedAt) {
        static ModerationLine of(CongressDocuments.CommentOnDocument cd) {
            CongressComment c = cd.comment();
            return new ModerationLine(c.id(), c.documentId(), cd.documentTitle(), c.paragraph(), c.authorName(),
                    c.authorKind().name(), c.neighbourhood(), c.body(), c.status().name(),
                    c.fields().stream().sorted().toList(), c.suggested().stream().sorted().toList(),
                    c.fieldsConfirmed(), c.createdAt(), c.reviewedBy(), c.reviewedAt());
        }
    }

    public record FieldCountLine(long fieldId, String name, long comments) {
    }

    /** Approved comments per field (a comment in two fields counts in both), and the totals. */
    public record CommentCounts(List<FieldCountLine> fields, long approved, long pending, long unclassified) {
        static CommentCounts of(CongressDocuments.Counts c) {
            return new CommentCounts(c.fields().stream()
                    .map(f -> new FieldCountLine(f.field().id(), f.field().name(), f.comments())).toList(),
                    c.approved(), c.pending(), c.unclassified());
        }

        /** What residents see: no count of comments still waiting. */
        CommentCounts approvedOnly() {
            return new CommentCounts(fields, approved, 0, unclassified);
        }
    }

    public record SuggestedFields(List<Long> fieldIds) {
    }

    /** The public page: the congress's name, its public drafts, the fields and the counts of approved comments. */
    public record PublicDrafts(long congressId, String congressName, List<DocumentText> drafts,
                               List<FieldLine> fields, CommentCounts counts) {
        static PublicDrafts of(CongressDocuments.PublicDrafts p) {
            return new PublicDrafts(p.congress().id(), p.congress().name(),
                    p.drafts().stream().map(DocumentText::of).toList(),
                    p.fields().stream().map(FieldLine::of).toList(), CommentCounts.of(p.counts()).approvedOnly());
        }
    }

    /** What a resident is told after sending: it is kept, and shown once the secretariat approves it. */
    public record ReceivedComment(long id, String status) {
    }
}
