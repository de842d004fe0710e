package vn.dangbo.records.congress;

/** Residents' comments wait for the secretariat; only approved comments are shown and counted. */
public enum CommentStatus {
    PENDING, APPROVED, REJECTED
}
