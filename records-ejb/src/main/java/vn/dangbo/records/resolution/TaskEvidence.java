package vn.dangbo.records.resolution;

import jakarta.persistence.Column;
import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An evidence file with its bytes. Lists read its description through a projection ({@link EvidenceInfo}), so a task's
 * history never loads the files; the entity itself is loaded only to send the file.
 */
@Entity
@Table(name = "resolution_task_evidence")
public class TaskEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "task_id")
    private long taskId;
    @Column(name = "report_id")
    private Long reportId;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "file_size")
    private long fileSize;
    @Column(name = "file_sha256")
    private String sha256;
    @Column(name = "uploaded_by")
    private String uploadedBy;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    protected TaskEvidence() {
    }

    TaskEvidence(long taskId, String fileName, String contentType, byte[] content, String sha256, String uploadedBy) {
        this.taskId = taskId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.fileSize = content.length;
        this.content = content;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    EvidenceInfo info() {
        return new EvidenceInfo(id, taskId, reportId, fileName, contentType, fileSize, uploadedBy, uploadedAt);
    }

    public byte[] content() { return content; }

    public Long id() { return id; }
    public long taskId() { return taskId; }
    public Long reportId() { return reportId; }
    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
    public long fileSize() { return fileSize; }
    public String sha256() { return sha256; }
    public String uploadedBy() { return uploadedBy; }
    public Instant uploadedAt() { return uploadedAt; }
}
