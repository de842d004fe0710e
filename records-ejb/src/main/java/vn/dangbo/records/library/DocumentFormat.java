package vn.dangbo.records.library;

/** A document is either the PDF an officer uploaded or rich text written in the application. */
public enum DocumentFormat {
    PDF, RICH_TEXT
}
