package vn.dangbo.records.resolution;

/** What a resolution is: the congress's, the Politburo's (e.g. 57-NQ/TW), the committee's annual plan, other. */
public enum ResolutionKind {
    CONGRESS, POLITBURO, ANNUAL_PLAN, OTHER
}
