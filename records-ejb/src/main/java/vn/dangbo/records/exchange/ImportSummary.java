package vn.dangbo.records.exchange;

/** The preview's counts: rows below the header, and what the import does with them. */
public record ImportSummary(int total, int create, int update, int unchanged, int rejected) {
}
