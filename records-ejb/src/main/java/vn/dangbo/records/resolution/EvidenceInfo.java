package vn.dangbo.records.resolution;

import java.time.Instant;

/** What lists show of an evidence file, read without its bytes. */
public record EvidenceInfo(long id, long taskId, Long reportId, String fileName, String contentType, long fileSize,
                           String uploadedBy, Instant uploadedAt) {

    static final String SELECT = "select new vn.dangbo.records.resolution.EvidenceInfo(e.id, e.taskId, e.reportId,"
            + " e.fileName, e.contentType, e.fileSize, e.uploadedBy, e.uploadedAt) from TaskEvidence e";
}
