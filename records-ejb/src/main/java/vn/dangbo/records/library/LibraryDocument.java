package vn.dangbo.records.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A document of the library as an officer published it: a PDF (its bytes in {@code library_file_part}) or
 * rich text; withdrawn, it stays with who withdrew it and why.
 */
@Entity
@Table(name = "library_document")
public class LibraryDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    @Column(name = "doc_number")
    private String number;
    private String issuer;
    @Column(name = "issued_on")
    private LocalDate issuedOn;
    @Enumerated(EnumType.STRING)
    private DocumentCategory category;
    @Column(name = "must_read")
    private boolean mustRead;
    @Enumerated(EnumType.STRING)
    private DocumentFormat format;
    private String html;
    @Column(name = "body_text")
    private String bodyText;
    @Column(name = "search_text")
    private String searchText;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "file_size")
    private Long fileSize;
    @Column(name = "file_sha256")
    private String fileSha256;
    @Column(name = "page_count")
    private Integer pageCount;
    @Column(name = "published_by")
    private String publishedBy;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "withdrawn_by")
    private String withdrawnBy;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Column(name = "withdrawal_reason")
    private String withdrawalReason;
    @Version
    private long version;

    protected LibraryDocument() {
    }

    LibraryDocument(DocumentDetails d, DocumentFormat format, String html, String bodyText, String by) {
        this.title = d.title();
        this.number = d.number();
        this.issuer = d.issuer();
        this.issuedOn = d.issuedOn();
        this.category = d.category();
        this.mustRead = d.mustRead();
        this.format = format;
        this.html = html;
        this.bodyText = bodyText == null ? "" : bodyText;
        this.searchText = LibrarySearch.index(d.title(), d.number(), d.issuer(), this.bodyText);
        this.publishedBy = by;
        this.publishedAt = Instant.now();
    }

    void attachFile(String name, long size, String sha256, int pages) {
        this.fileName = name;
        this.fileSize = size;
        this.fileSha256 = sha256;
        this.pageCount = pages;
    }

    void withdraw(String by, String reason) {
        if (withdrawn()) {
            throw new DocumentWithdrawn();
        }
        this.withdrawnBy = by;
        this.withdrawnAt = Instant.now();
        this.withdrawalReason = reason;
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    public long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String number() {
        return number;
    }

    public String issuer() {
        return issuer;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public DocumentCategory category() {
        return category;
    }

    public boolean mustRead() {
        return mustRead;
    }

    public DocumentFormat format() {
        return format;
    }

    public String html() {
        return html;
    }

    public String bodyText() {
        return bodyText;
    }

    public String fileName() {
        return fileName;
    }

    public Long fileSize() {
        return fileSize;
    }

    public String fileSha256() {
        return fileSha256;
    }

    public Integer pageCount() {
        return pageCount;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String withdrawnBy() {
        return withdrawnBy;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }
}
