package vn.dangbo.records.congress;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.security.RequestOrigin;
import vn.dangbo.records.shared.Conflict;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.PlainText;

/**
 * Congress documents and the comments on them. The organising board or the secretariat publishes; everyone on
 * the congress's list reads and comments on drafts; residents comment on public drafts from the public page,
 * and their comments wait for the secretariat, which approves or rejects them and confirms the fields of every
 * comment. Only approved comments are shown to others and counted.
 */
@Stateless
public class CongressDocuments {

    static final int MAX_TITLE = 300;
    static final int MAX_PARAGRAPHS = 2000;
    static final int MAX_COMMENT = 4000;
    static final int MAX_NAME = 120;
    static final int MAX_FIELD_NAME = 120;
    static final int MAX_KEYWORDS = 2000;
    static final int MAX_FIELDS_PER_COMMENT = 10;
    static final int MAX_FIELDS = 40;

    @PersistenceContext
    EntityManager em;

    @Inject
    CongressAccess access;

    @Inject
    CongressService congresses;

    @Inject
    AuditLog audit;

    @Inject
    RequestOrigin origin;

    // ---- documents

    public CongressDocument publish(long congressId, DocumentDraft d) {
        access.requireBody(congressId, CongressBody.SECRETARIAT);
        congresses.openCongress(congressId);
        List<InvalidField> problems = new ArrayList<>();
        String title = PlainText.line("title", d == null ? null : d.title(), MAX_TITLE, true, problems);
        DocumentKind kind = null;
        if (d == null || d.kind() == null || Arrays.stream(DocumentKind.values()).noneMatch(k -> k.name().equals(d.kind()))) {
            problems.add(new InvalidField("kind", "congress.document.kind"));
        } else {
            kind = DocumentKind.valueOf(d.kind());
        }
        List<Paragraph> paragraphs = List.of();
        if (d != null) {
            boolean rich = d.html() != null && !d.html().isBlank();
            paragraphs = rich ? Paragraphs.fromHtml(d.html()) : Paragraphs.fromText(d.text());
            if (paragraphs.isEmpty()) {
                problems.add(new InvalidField(rich ? "html" : "text", "congress.document.empty"));
            } else if (paragraphs.size() > MAX_PARAGRAPHS) {
                problems.add(new InvalidField(rich ? "html" : "text", "congress.document.tooManyParagraphs", MAX_PARAGRAPHS));
            }
        }
        CongressService.fail(problems);
        if (d.sessionId() != null) {
            congresses.session(congressId, d.sessionId());
        }
        CongressDocument doc = new CongressDocument(congressId, d.sessionId(), title, kind, d.publicDraft(),
                paragraphs, access.caller().username());
        em.persist(doc);
        em.flush();
        audit.record(AuditAction.CONGRESS_DOCUMENT_PUBLISHED, "congress_document", doc.id(),
                kind + (doc.publicDraft() ? " public" : "") + ": " + title);
        return doc;
    }

    /** The congress's documents, by session then publication; for everyone on its list. */
    public List<CongressDocument> documents(long congressId) {
        congresses.find(congressId);
        access.requireParticipant(congressId);
        return em.createQuery("""
                        select d from CongressDocument d where d.congressId = :c
                        order by d.sessionId, d.publishedAt desc, d.id desc""", CongressDocument.class)
                .setParameter("c", congressId).getResultList();
    }

    public CongressDocument document(long congressId, long documentId) {
        congresses.find(congressId);
        access.requireParticipant(congressId);
        return found(congressId, documentId);
    }

    // ---- fields

    /** The defaults, then the fields this congress added. */
    public List<CommentField> fields(long congressId) {
        congresses.find(congressId);
        access.requireParticipant(congressId);
        return fieldsOf(congressId);
    }

    public CommentField addField(long congressId, String name, String keywords) {
        access.requireBody(congressId, CongressBody.SECRETARIAT);
        congresses.openCongress(congressId);
        List<InvalidField> problems = new ArrayList<>();
        String n = PlainText.line("name", name, MAX_FIELD_NAME, true, problems);
        String k = PlainText.line("keywords", keywords, MAX_KEYWORDS, false, problems);
        CongressService.fail(problems);
        List<CommentField> existing = fieldsOf(congressId);
        if (existing.stream().anyMatch(f -> f.name().equalsIgnoreCase(n))) {
            throw new Conflict("congress.field.exists", n);
        }
        if (existing.size() >= MAX_FIELDS) {
            throw new InvalidField("name", "congress.field.tooMany", MAX_FIELDS);
        }
        List<String> words = k == null ? List.of() : Arrays.stream(k.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        CommentField f = new CommentField(congressId, n, words);
        em.persist(f);
        em.flush();
        audit.record(AuditAction.CONGRESS_FIELD_ADDED, "congress", congressId, "field: " + n);
        return f;
    }

    /** The fields the keyword rule suggests for a text, best first (for the comment form, as one types). */
    public List<Long> suggest(long congressId, String text) {
        congresses.find(congressId);
        access.requireParticipant(congressId);
        return FieldRule.suggest(text, rules(congressId));
    }

    // ---- comments

    /**
     * A participant's comment on a draft: published at once, in the fields chosen (by default, the suggested ones),
     * until the secretariat confirms them.
     */
    public CongressComment comment(long congressId, long documentId, Integer paragraph, String text,
                                   List<Long> fieldIds) {
        congresses.find(congressId);
        access.requireParticipant(congressId);
        congresses.openCongress(congressId);
        CongressDocument doc = found(congressId, documentId);
        requireDraft(doc);
        List<InvalidField> problems = new ArrayList<>();
        String body = PlainText.lines("text", text, MAX_COMMENT, true, problems);
        checkParagraph(doc, paragraph, problems);
        Set<Long> fields = fieldIds == null ? null : checkedFields(congressId, fieldIds, problems);
        CongressService.fail(problems);
        List<Long> suggested = FieldRule.suggest(body, rules(congressId));
        Optional<Delegate> self = access.self(congressId);
        String name = self.map(Delegate::fullName).orElse(access.caller().username());
        CongressComment c = CongressComment.byParticipant(doc, paragraph, self.orElse(null), name,
                access.caller().username(), body, suggested, fields == null ? suggested : fields);
        em.persist(c);
        em.flush();
        audit.record(AuditAction.CONGRESS_COMMENT_POSTED, "congress_comment", c.id(),
                "document " + documentId + (paragraph == null ? "" : " ¶" + paragraph));
        return c;
    }

    /** The approved comments on a document, and the caller's own whatever their state. */
    public List<CongressComment> commentsOn(long congressId, long documentId) {
        CongressDocument doc = document(congressId, documentId);
        String me = access.caller().username();
        return em.createQuery("""
                        select c from CongressComment c where c.documentId = :d
                          and (c.status = :approved or c.createdBy = :me)
                        order by c.paragraph, c.createdAt, c.id""", CongressComment.class)
                .setParameter("d", doc.id()).setParameter("approved", CommentStatus.APPROVED)
                .setParameter("me", me).getResultList();
    }

    /** A comment with the title of its document, for the moderation page and the report. */
    public record CommentOnDocument(CongressComment comment, String documentTitle) {
    }

    /** The secretariat's list: comments in one state (all states when null), newest first. */
    public List<CommentOnDocument> moderation(long congressId, CommentStatus status) {
        congresses.find(congressId);
        access.requireBody(congressId, CongressBody.SECRETARIAT);
        var query = em.createQuery("select c from CongressComment c where c.congressId = :c"
                        + (status == null ? "" : " and c.status = :s") + " order by c.createdAt desc, c.id desc",
                        CongressComment.class).setParameter("c", congressId).setMaxResults(2000);
        if (status != null) {
            query.setParameter("s", status);
        }
        List<CongressComment> comments = query.getResultList();
        return withTitles(congressId, comments);
    }

    /** Approves with confirmed fields (the current ones when none are given), or rejects. */
    public CongressComment review(long congressId, long commentId, boolean approve, List<Long> fieldIds) {
        congresses.find(congressId);
        access.requireBody(congressId, CongressBody.SECRETARIAT);
        congresses.openCongress(congressId);
        CongressComment c = em.find(CongressComment.class, commentId);
        if (c == null || c.congressId() != congressId) {
            throw new CommentNotFound(commentId);
        }
        if (approve) {
            List<InvalidField> problems = new ArrayList<>();
            Set<Long> fields = fieldIds == null ? c.fields() : checkedFields(congressId, fieldIds, problems);
            CongressService.fail(problems);
            c.approve(fields, access.caller().username());
        } else {
            if (c.authorKind() == CommentAuthor.DELEGATE) {
                // A delegate's comment is part of the congress's record; the secretariat classifies it, never hides it.
                throw new Conflict("congress.comment.delegateNotRejected");
            }
            c.reject(access.caller().username());
        }
        audit.record(AuditAction.CONGRESS_COMMENT_REVIEWED, "congress_comment", c.id(),
                c.status() + " fields " + c.fields());
        return c;
    }

    /** How many approved comments each field has (a comment in two fields counts in both). */
    public record FieldCount(CommentField field, long comments) {
    }

    public record Counts(List<FieldCount> fields, long approved, long pending, long unclassified) {
    }

    /** For everyone on the list: the counts over the whole congress, or over one document. */
    public Counts counts(long congressId, Long documentId) {
        congresses.find(congressId);
        access.requireParticipant(congressId);
        if (documentId != null) {
            found(congressId, documentId);
        }
        return countsOf(congressId, documentId, false);
    }

    // ---- the public page (no sign-in)

    public record PublicDrafts(Congress congress, List<CongressDocument> drafts, List<CommentField> fields,
                               Counts counts) {
    }

    /** A congress's public drafts with the counts of their approved comments; not found when it has none. */
    public PublicDrafts publicDrafts(long congressId) {
        Congress c = em.find(Congress.class, congressId);
        List<CongressDocument> drafts = c == null ? List.of() : publicDraftsOf(congressId);
        if (drafts.isEmpty()) {
            // A congress that puts nothing to residents does not exist for them.
            throw new CongressNotFound(congressId);
        }
        return new PublicDrafts(c, drafts, fieldsOf(congressId), countsOf(congressId, null, true));
    }

    /** A resident's comment on a public draft: kept for the secretariat, shown and counted once approved. */
    public CongressComment residentComment(long congressId, long documentId, Integer paragraph, String name,
                                           String neighbourhood, String text) {
        Congress congress = em.find(Congress.class, congressId);
        CongressDocument doc = em.find(CongressDocument.class, documentId);
        if (congress == null || doc == null || doc.congressId() != congressId || !doc.publicDraft()) {
            throw new CongressDocumentNotFound(documentId);
        }
        if (!congress.open()) {
            throw new Conflict("congress.closed", congress.name());
        }
        List<InvalidField> problems = new ArrayList<>();
        String n = PlainText.line("name", name, MAX_NAME, true, problems);
        String where = PlainText.line("neighbourhood", neighbourhood, MAX_NAME, true, problems);
        String body = PlainText.lines("text", text, MAX_COMMENT, true, problems);
        checkParagraph(doc, paragraph, problems);
        CongressService.fail(problems);
        CongressComment c = CongressComment.byResident(doc, paragraph, n, where, body,
                FieldRule.suggest(body, rules(congressId)));
        em.persist(c);
        em.flush();
        audit.recordFor("public", origin.description(), AuditAction.CONGRESS_COMMENT_POSTED, "congress_comment",
                c.id(), "resident, document " + documentId);
        return c;
    }

    // ---- the report for the drafting team

    public CommentReport.Content report(long congressId) {
        Congress c = congresses.find(congressId);
        access.requireBody(congressId, CongressBody.SECRETARIAT);
        List<CongressComment> approved = em.createQuery("""
                        select c from CongressComment c where c.congressId = :c and c.status = :approved
                        order by c.documentId, c.paragraph, c.createdAt, c.id""", CongressComment.class)
                .setParameter("c", congressId).setParameter("approved", CommentStatus.APPROVED).getResultList();
        audit.record(AuditAction.CONGRESS_COMMENT_REPORT_EXPORTED, "congress", congressId, approved.size() + " comments");
        return new CommentReport.Content(c, fieldsOf(congressId), countsOf(congressId, null, false),
                withTitles(congressId, approved));
    }

    // ----

    private CongressDocument found(long congressId, long documentId) {
        CongressDocument d = em.find(CongressDocument.class, documentId);
        if (d == null || d.congressId() != congressId) {
            throw new CongressDocumentNotFound(documentId);
        }
        return d;
    }

    private static void requireDraft(CongressDocument doc) {
        if (!doc.openToComments()) {
            throw new Conflict("congress.document.notADraft", doc.title());
        }
    }

    private static void checkParagraph(CongressDocument doc, Integer paragraph, List<InvalidField> problems) {
        if (paragraph != null && !doc.hasParagraph(paragraph)) {
            problems.add(new InvalidField("paragraph", "congress.comment.paragraph", doc.paragraphCount()));
        }
    }

    private Set<Long> checkedFields(long congressId, List<Long> ids, List<InvalidField> problems) {
        Set<Long> known = fieldsOf(congressId).stream().map(CommentField::id).collect(Collectors.toSet());
        Set<Long> out = new LinkedHashSet<>();
        for (Long id : ids) {
            if (id == null || !known.contains(id)) {
                problems.add(new InvalidField("fieldIds", "congress.comment.unknownField"));
                return out;
            }
            out.add(id);
        }
        if (out.size() > MAX_FIELDS_PER_COMMENT) {
            problems.add(new InvalidField("fieldIds", "congress.comment.tooManyFields", MAX_FIELDS_PER_COMMENT));
        }
        return out;
    }

    private List<CommentField> fieldsOf(long congressId) {
        return em.createQuery("""
                        select f from CommentField f where f.congressId is null or f.congressId = :c
                        order by f.congressId, f.id""", CommentField.class)
                .setParameter("c", congressId).getResultList()
                // Defaults (no congress) first whatever the database sorts NULL as.
                .stream().sorted((a, b) -> Boolean.compare(b.isDefault(), a.isDefault())).toList();
    }

    private List<FieldRule.Field> rules(long congressId) {
        return fieldsOf(congressId).stream().map(CommentField::rule).toList();
    }

    private List<CongressDocument> publicDraftsOf(long congressId) {
        return em.createQuery("""
                        select d from CongressDocument d where d.congressId = :c and d.publicDraft = true
                        order by d.publishedAt desc, d.id desc""", CongressDocument.class)
                .setParameter("c", congressId).getResultList();
    }

    private Counts countsOf(long congressId, Long documentId, boolean publicDraftsOnly) {
        String scope = (documentId != null ? " and c.documentId = :d" : "")
                + (publicDraftsOnly ? " and c.documentId in (select d.id from CongressDocument d"
                + " where d.congressId = :c and d.publicDraft = true)" : "");
        var byField = em.createQuery("select f, count(c) from CongressComment c join c.fields f"
                + " where c.congressId = :c and c.status = :approved" + scope + " group by f", Object[].class)
                .setParameter("c", congressId).setParameter("approved", CommentStatus.APPROVED);
        var byStatus = em.createQuery("select c.status, count(c) from CongressComment c"
                + " where c.congressId = :c" + scope + " group by c.status", Object[].class)
                .setParameter("c", congressId);
        var unclassified = em.createQuery("select count(c) from CongressComment c"
                + " where c.congressId = :c and c.status = :approved and c.fields is empty" + scope, Long.class)
                .setParameter("c", congressId).setParameter("approved", CommentStatus.APPROVED);
        if (documentId != null) {
            byField.setParameter("d", documentId);
            byStatus.setParameter("d", documentId);
            unclassified.setParameter("d", documentId);
        }
        Map<Long, Long> perField = new HashMap<>();
        for (Object[] row : byField.getResultList()) {
            perField.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        Map<CommentStatus, Long> perStatus = new HashMap<>();
        for (Object[] row : byStatus.getResultList()) {
            perStatus.put((CommentStatus) row[0], ((Number) row[1]).longValue());
        }
        List<FieldCount> fields = fieldsOf(congressId).stream()
                .map(f -> new FieldCount(f, perField.getOrDefault(f.id(), 0L))).toList();
        return new Counts(fields, perStatus.getOrDefault(CommentStatus.APPROVED, 0L),
                perStatus.getOrDefault(CommentStatus.PENDING, 0L), unclassified.getSingleResult());
    }

    private List<CommentOnDocument> withTitles(long congressId, List<CongressComment> comments) {
        Map<Long, String> titles = em.createQuery("select d from CongressDocument d where d.congressId = :c",
                        CongressDocument.class).setParameter("c", congressId).getResultStream()
                .collect(Collectors.toMap(CongressDocument::id, CongressDocument::title));
        return comments.stream().map(c -> new CommentOnDocument(c, titles.getOrDefault(c.documentId(), "")))
                .toList();
    }
}
