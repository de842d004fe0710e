package vn.dangbo.records.vote;

/** A vote is prepared, then opened once by the presidium, then closed for good. */
public enum VoteStatus {
    PREPARED,
    OPEN,
    CLOSED
}
