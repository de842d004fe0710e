package vn.dangbo.records.election;

/** READY (not yet open), OPEN (ballots accepted), CLOSED (counted, seen by the counting board), PUBLISHED (announced). */
public enum RoundStatus {
    READY, OPEN, CLOSED, PUBLISHED
}
