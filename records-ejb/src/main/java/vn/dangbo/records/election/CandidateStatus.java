package vn.dangbo.records.election;

/** A withdrawn candidate stays on record with the reason. */
public enum CandidateStatus {
    STANDING, WITHDRAWN
}
