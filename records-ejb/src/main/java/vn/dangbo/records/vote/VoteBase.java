package vn.dangbo.records.vote;

/**
 * What a vote's rule counts against: the official delegates present (checked in to the vote's session when it
 * closes), or all official delegates convened (those who did not vote count as not agreeing).
 */
public enum VoteBase {
    PRESENT,
    CONVENED
}
