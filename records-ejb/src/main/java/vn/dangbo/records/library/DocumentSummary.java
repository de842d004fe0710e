package vn.dangbo.records.library;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A line of the library list, read without the document's text and file.
 *
 * @param snippet a few words around the first hit of a search (empty without one)
 * @param opened  whether the caller's member has opened it
 */
public record DocumentSummary(long id, String title, String number, String issuer, LocalDate issuedOn,
                              DocumentCategory category, boolean mustRead, DocumentFormat format, Integer pageCount,
                              Long fileSize, Instant publishedAt, Instant withdrawnAt, String snippet, boolean opened) {

    /** As the JPQL constructor expression builds it, before snippet and opened are known. */
    public DocumentSummary(long id, String title, String number, String issuer, LocalDate issuedOn,
                           DocumentCategory category, boolean mustRead, DocumentFormat format, Integer pageCount,
                           Long fileSize, Instant publishedAt, Instant withdrawnAt) {
        this(id, title, number, issuer, issuedOn, category, mustRead, format, pageCount, fileSize, publishedAt,
                withdrawnAt, "", false);
    }

    DocumentSummary with(String snippet, boolean opened) {
        return new DocumentSummary(id, title, number, issuer, issuedOn, category, mustRead, format, pageCount,
                fileSize, publishedAt, withdrawnAt, snippet, opened);
    }
}
