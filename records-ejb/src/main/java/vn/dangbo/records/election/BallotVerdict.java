package vn.dangbo.records.election;

/** Whether a ballot counts, and if not why (the counting board's minutes list invalid ballots by reason). */
public enum BallotVerdict {
    VALID,
    /** More names kept than there are seats. */
    TOO_MANY_KEPT,
    /** Every name crossed out on a list with more names than seats. */
    ALL_CROSSED_OUT,
    /** A paper sheet the counting board did not issue. */
    NOT_ISSUED
}
