package vn.dangbo.records.library;

/** What kind of text a library document is: nghị quyết, chỉ thị, quy định, tài liệu học tập, khác. */
public enum DocumentCategory {
    RESOLUTION, DIRECTIVE, REGULATION, STUDY, OTHER
}
