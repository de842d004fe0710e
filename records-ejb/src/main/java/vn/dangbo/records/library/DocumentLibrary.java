package vn.dangbo.records.library;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.security.Caller;
import vn.dangbo.records.security.CurrentCaller;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.PlainText;
import vn.dangbo.records.shared.InvalidInput;
import vn.dangbo.records.shared.TooLarge;
import vn.dangbo.records.shared.VietnameseText;

/**
 * The document library of the member handbook. Officers publish documents (a PDF, checked and its text
 * extracted, or rich text, cleaned) and withdraw them; everyone signed in reads and searches the library;
 * the first time a member opens a document is recorded, so the handbook's home lists the must-read documents
 * they have not opened yet. Publishing and withdrawing are audited.
 */
@Stateless
public class DocumentLibrary {

    static final int MAX_TITLE = 500;
    static final int MAX_NUMBER = 60;
    static final int MAX_ISSUER = 300;
    static final int MAX_FILE_NAME = 255;
    static final int MAX_REASON = 500;
    static final int MAX_HTML = 2_000_000;
    static final int MAX_RESULTS = 200;
    private static final String TO_READ = "d.mustRead = true and d.withdrawnAt is null and not exists"
            + " (select r from LibraryReading r where r.documentId = d.id and r.memberId = :member)";
    /** Stored in parts of this size (see V18: no row near max_allowed_packet). */
    static final int PART = 1024 * 1024;
    /** After a refusal for size, read at most this much more so the client gets the answer, not a reset. */
    private static final long DISCARD_AT_MOST = 64L * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "ward.library.max-bytes", defaultValue = "20971520")
    long maxBytes;

    /** A document as a reader opens it. */
    public record OpenedDocument(LibraryDocument document, Instant firstOpenedAt) {
    }

    /** A PDF's bytes for download. */
    public record DocumentFile(String name, byte[] content) {
    }

    // ---------------------------------------------------------------- publishing (officers)

    public LibraryDocument publishPdf(String title, String number, String issuer, LocalDate issuedOn, String category,
                                      Boolean mustRead, String fileName, InputStream body) {
        Caller who = caller.get();
        who.requireWholeWard();
        // The details first: a form mistake is told before the file is read and checked.
        DocumentDetails details = details(title, number, issuer, issuedOn, category, mustRead);
        byte[] bytes = readAtMost(body);
        PdfFile pdf = PdfFile.read(bytes);
        String name = fileName(fileName, details.title());
        LibraryDocument d = new LibraryDocument(details, DocumentFormat.PDF, null, pdf.text(), who.username());
        d.attachFile(name, bytes.length, sha256(bytes), pdf.pages());
        em.persist(d);
        em.flush();
        for (int part = 0, from = 0; from < bytes.length; part++, from += PART) {
            em.createNativeQuery("INSERT INTO library_file_part (document_id, part_no, content) VALUES (?, ?, ?)")
                    .setParameter(1, d.id())
                    .setParameter(2, part)
                    .setParameter(3, Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + PART)))
                    .executeUpdate();
        }
        audit.record(AuditAction.LIBRARY_DOCUMENT_PUBLISHED, "DOCUMENT", d.id(), d.category() + " "
                + (d.number() == null ? "" : d.number() + " ") + d.title() + " (PDF, " + pdf.pages() + " trang, "
                + bytes.length + " byte)");
        return d;
    }

    public LibraryDocument publishRichText(String title, String number, String issuer, LocalDate issuedOn,
                                           String category, Boolean mustRead, String html) {
        Caller who = caller.get();
        who.requireWholeWard();
        List<InvalidField> problems = new ArrayList<>();
        DocumentDetails details = null;
        try {
            details = details(title, number, issuer, issuedOn, category, mustRead);
        } catch (InvalidInput e) {
            problems.addAll(e.problems());
        }
        String clean = null;
        String text = null;
        if (html != null && html.length() > MAX_HTML) {
            problems.add(new InvalidField("html", "field.tooLong", MAX_HTML));
        } else {
            clean = RichText.clean(html);
            text = RichText.text(clean);
            if (text.isBlank()) {
                problems.add(new InvalidField("html", "library.emptyText"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        LibraryDocument d = new LibraryDocument(details, DocumentFormat.RICH_TEXT, clean, text, who.username());
        em.persist(d);
        em.flush();
        audit.record(AuditAction.LIBRARY_DOCUMENT_PUBLISHED, "DOCUMENT", d.id(), d.category() + " "
                + (d.number() == null ? "" : d.number() + " ") + d.title() + " (văn bản)");
        return d;
    }

    public LibraryDocument withdraw(long id, String reason) {
        Caller who = caller.get();
        who.requireWholeWard();
        LibraryDocument d = em.find(LibraryDocument.class, id);
        if (d == null) {
            throw new DocumentNotFound(id);
        }
        String r = VietnameseText.clean(reason);
        if (r == null || r.isEmpty()) {
            throw new InvalidInput(List.of(new InvalidField("reason", "field.required")));
        }
        if (r.length() > MAX_REASON) {
            throw new InvalidInput(List.of(new InvalidField("reason", "field.tooLong", MAX_REASON)));
        }
        d.withdraw(who.username(), r);
        em.flush();
        audit.record(AuditAction.LIBRARY_DOCUMENT_WITHDRAWN, "DOCUMENT", d.id(), d.title() + ": " + r);
        return d;
    }

    // ---------------------------------------------------------------- reading (everyone signed in)

    /**
     * The library, newest first, or the documents every word of {@code query} begins a word of (title first),
     * each with a snippet around its first hit. Withdrawn documents only for officers who ask for them.
     */
    public List<DocumentSummary> search(String query, String category, boolean withdrawn) {
        Caller who = caller.get();
        DocumentCategory cat = category == null || category.isBlank() ? null : category(category.strip());
        boolean showWithdrawn = withdrawn && who.wholeWard();
        List<String> terms = LibrarySearch.terms(query);
        StringBuilder jpql = new StringBuilder("select " + SUMMARY + " from LibraryDocument d where 1 = 1");
        if (!showWithdrawn) {
            jpql.append(" and d.withdrawnAt is null");
        }
        if (cat != null) {
            jpql.append(" and d.category = :category");
        }
        for (int i = 0; i < terms.size(); i++) {
            jpql.append(" and d.searchText like :t").append(i);
        }
        jpql.append(" order by d.issuedOn desc, d.id desc");
        TypedQuery<Object[]> q = em.createQuery(jpql.toString(), Object[].class).setMaxResults(MAX_RESULTS);
        if (cat != null) {
            q.setParameter("category", cat);
        }
        for (int i = 0; i < terms.size(); i++) {
            q.setParameter("t" + i, LibrarySearch.pattern(terms.get(i)));
        }
        List<DocumentSummary> found = q.getResultList().stream().map(DocumentLibrary::summary).toList();
        Set<Long> opened = openedBy(who);
        Map<Long, String> snippets = terms.isEmpty() || found.isEmpty() ? Map.of() : snippets(found, terms);
        List<DocumentSummary> out = new ArrayList<>(found.stream()
                .map(s -> s.with(snippets.getOrDefault(s.id(), ""), opened.contains(s.id()))).toList());
        if (!terms.isEmpty()) {
            // Stable: among equals the newest stay first; a document whose title has every word comes first.
            out.sort(Comparator.comparing((DocumentSummary s) ->
                    !LibrarySearch.matches(LibrarySearch.index(s.title(), s.number()), terms)));
        }
        return out;
    }

    /** The must-read documents the caller's member has not opened yet (none for a login without a dossier). */
    public List<DocumentSummary> toRead() {
        return toRead(MAX_RESULTS);
    }

    /** The newest {@code limit} of them, for the handbook home. */
    public List<DocumentSummary> toRead(int limit) {
        Caller who = caller.get();
        if (who.memberId().isEmpty()) {
            return List.of();
        }
        return em.createQuery("select " + SUMMARY + " from LibraryDocument d where " + TO_READ
                        + " order by d.publishedAt desc, d.id desc", Object[].class)
                .setParameter("member", who.memberId().get())
                .setMaxResults(limit)
                .getResultList().stream().map(DocumentLibrary::summary).toList();
    }

    /** How many must-read documents the caller's member has not opened yet. */
    public long countToRead() {
        Caller who = caller.get();
        if (who.memberId().isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(d) from LibraryDocument d where " + TO_READ, Long.class)
                .setParameter("member", who.memberId().get()).getSingleResult();
    }

    /** A document to read; the first time the caller's member opens it is recorded. */
    public OpenedDocument open(long id) {
        Caller who = caller.get();
        LibraryDocument d = readable(id, who);
        Instant first = null;
        if (who.memberId().isPresent() && !d.withdrawn()) {
            long member = who.memberId().get();
            // INSERT IGNORE: two phones opening it at once record one first reading, not an error.
            em.createNativeQuery("INSERT IGNORE INTO library_reading (document_id, member_id, first_opened_at)"
                            + " SELECT ?, id, ? FROM member WHERE id = ?")
                    .setParameter(1, d.id())
                    .setParameter(2, Timestamp.from(Instant.now()))
                    .setParameter(3, member)
                    .executeUpdate();
            first = em.createQuery("select r.firstOpenedAt from LibraryReading r where r.documentId = :d"
                            + " and r.memberId = :m", Instant.class)
                    .setParameter("d", d.id()).setParameter("m", member)
                    .getResultStream().findFirst().orElse(null);
        }
        return new OpenedDocument(d, first);
    }

    /** The PDF of a document. */
    public DocumentFile file(long id) {
        LibraryDocument d = readable(id, caller.get());
        if (d.format() != DocumentFormat.PDF) {
            throw new DocumentNotFound(id);
        }
        @SuppressWarnings("unchecked")
        List<byte[]> parts = em.createNativeQuery("SELECT content FROM library_file_part WHERE document_id = ?"
                        + " ORDER BY part_no")
                .setParameter(1, id)
                .getResultList();
        ByteArrayOutputStream out = new ByteArrayOutputStream(d.fileSize() == null ? PART : d.fileSize().intValue());
        parts.forEach(out::writeBytes);
        return new DocumentFile(d.fileName(), out.toByteArray());
    }

    // ---------------------------------------------------------------- rules

    private static final String SUMMARY = "d.id, d.title, d.number, d.issuer, d.issuedOn, d.category, d.mustRead,"
            + " d.format, d.pageCount, d.fileSize, d.publishedAt, d.withdrawnAt";

    private static DocumentSummary summary(Object[] r) {
        return new DocumentSummary((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (LocalDate) r[4],
                (DocumentCategory) r[5], (Boolean) r[6], (DocumentFormat) r[7], (Integer) r[8], (Long) r[9],
                (Instant) r[10], (Instant) r[11]);
    }

    /** Withdrawn documents are gone for everyone but officers, who keep seeing them (marked). */
    private LibraryDocument readable(long id, Caller who) {
        LibraryDocument d = em.find(LibraryDocument.class, id);
        if (d == null || d.withdrawn() && !who.wholeWard()) {
            throw new DocumentNotFound(id);
        }
        return d;
    }

    private Set<Long> openedBy(Caller who) {
        if (who.memberId().isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select r.documentId from LibraryReading r where r.memberId = :m", Long.class)
                .setParameter("m", who.memberId().get()).getResultList());
    }

    private Map<Long, String> snippets(List<DocumentSummary> found, List<String> terms) {
        Map<Long, String> out = new HashMap<>();
        List<Long> ids = found.stream().map(DocumentSummary::id).toList();
        for (Object[] r : em.createQuery("select d.id, d.bodyText from LibraryDocument d where d.id in :ids",
                Object[].class).setParameter("ids", ids).getResultList()) {
            out.put((Long) r[0], LibrarySearch.snippet((String) r[1], terms));
        }
        return out;
    }

    private DocumentDetails details(String title, String number, String issuer, LocalDate issuedOn, String category,
                                    Boolean mustRead) {
        List<InvalidField> problems = new ArrayList<>();
        String t = PlainText.line("title", title, MAX_TITLE, true, problems);
        String n = PlainText.line("number", number, MAX_NUMBER, false, problems);
        String i = PlainText.line("issuer", issuer, MAX_ISSUER, false, problems);
        if (issuedOn != null && (issuedOn.getYear() < 1930 || issuedOn.isAfter(LocalDate.now().plusDays(1)))) {
            problems.add(new InvalidField("issuedOn", "library.issuedOn"));
        }
        DocumentCategory c = null;
        if (category == null || category.isBlank()) {
            problems.add(new InvalidField("category", "field.required"));
        } else {
            try {
                c = DocumentCategory.valueOf(category.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidField("category", "field.notOneOf", Arrays.toString(DocumentCategory.values())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new DocumentDetails(t, n, i, issuedOn, c, Boolean.TRUE.equals(mustRead));
    }

    private static DocumentCategory category(String text) {
        try {
            return DocumentCategory.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(List.of(new InvalidField("category", "field.notOneOf",
                    Arrays.toString(DocumentCategory.values()))));
        }
    }

    /** The name the file downloads under: the one it was uploaded with, else the title; always ending in .pdf. */
    private static String fileName(String uploaded, String title) {
        String n = VietnameseText.clean(uploaded);
        if (n == null || n.isEmpty() || VietnameseText.hasControlCharacters(n)) {
            n = title;
        }
        n = n.replaceAll("[\\\\/:*?\"<>|]", "_");
        if (!n.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            n = n + ".pdf";
        }
        return n.length() > MAX_FILE_NAME ? n.substring(n.length() - MAX_FILE_NAME) : n;
    }

    private byte[] readAtMost(InputStream body) {
        if (body == null) {
            throw new DocumentRefused("library.empty");
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long size = 0;
            for (int n; (n = body.read(buffer)) > 0; ) {
                size += n;
                if (size > maxBytes) {
                    long discarded = 0;
                    while (discarded < DISCARD_AT_MOST && (n = body.read(buffer)) > 0) {
                        discarded += n;
                    }
                    throw new TooLarge("library.tooLarge", maxBytes / (1024 * 1024));
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
