package vn.dangbo.records.election;

/** LIST (on the list prepared for the congress) or FLOOR (nominated in the hall). */
public enum CandidateSource {
    LIST, FLOOR
}
