package vn.dangbo.records.exchange;

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

/**
 * One uploaded dossier spreadsheet and what became of it. The preview's counts, report (JSON) and plan
 * digest stay with it, so the confirmation applies exactly what the officer saw.
 */
@Entity
@Table(name = "member_import")
public class MemberImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "file_sha256", nullable = false)
    private String fileSha256;

    @Column(name = "file_size", nullable = false)
    private long fileSize;

    @Column(name = "staged_path", nullable = false)
    private String stagedPath;

    @Column(name = "default_cell_id")
    private Long defaultCellId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImportState state;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "total_rows")
    private Integer totalRows;

    @Column(name = "to_create")
    private Integer toCreate;

    @Column(name = "to_update")
    private Integer toUpdate;

    private Integer unchanged;

    private Integer rejected;

    @Column(name = "plan_digest")
    private String planDigest;

    private String report;

    private String failure;

    @Version
    private long version;

    protected MemberImport() {
    }

    MemberImport(String fileName, String fileSha256, long fileSize, String stagedPath, Long defaultCellId,
                 String uploadedBy) {
        this.fileName = fileName;
        this.fileSha256 = fileSha256;
        this.fileSize = fileSize;
        this.stagedPath = stagedPath;
        this.defaultCellId = defaultCellId;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Instant.now();
        this.state = ImportState.ANALYSING;
    }

    void previewed(ImportSummary summary, String digest, String reportJson) {
        this.totalRows = summary.total();
        this.toCreate = summary.create();
        this.toUpdate = summary.update();
        this.unchanged = summary.unchanged();
        this.rejected = summary.rejected();
        this.planDigest = digest;
        this.report = reportJson;
        this.state = ImportState.READY;
    }

    void importing() {
        this.state = ImportState.IMPORTING;
    }

    void done() {
        this.state = ImportState.DONE;
        this.finishedAt = Instant.now();
    }

    /** Refused: the file itself is unusable. Failed: the import could not be applied; nothing was written. */
    void ended(ImportState end, String failureKey) {
        this.state = end;
        this.failure = failureKey;
        this.finishedAt = Instant.now();
    }

    public Long id() { return id; }
    public String fileName() { return fileName; }
    public String fileSha256() { return fileSha256; }
    public long fileSize() { return fileSize; }
    public String stagedPath() { return stagedPath; }
    public Long defaultCellId() { return defaultCellId; }
    public ImportState state() { return state; }
    public String uploadedBy() { return uploadedBy; }
    public Instant uploadedAt() { return uploadedAt; }
    public Instant finishedAt() { return finishedAt; }
    public String planDigest() { return planDigest; }
    public String report() { return report; }
    public String failure() { return failure; }

    public ImportSummary summary() {
        return totalRows == null ? null : new ImportSummary(totalRows, toCreate, toUpdate, unchanged, rejected);
    }
}
