package vn.dangbo.records.congress;

/** A draft (dự thảo) open to comments, or the final text (văn kiện chính thức) as adopted. */
public enum DocumentKind {
    DRAFT, FINAL
}
