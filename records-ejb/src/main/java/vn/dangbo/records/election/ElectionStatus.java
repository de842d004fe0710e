package vn.dangbo.records.election;

/** PREPARING (the list may change), RUNNING (a round was opened), FINISHED (every seat settled). */
public enum ElectionStatus {
    PREPARING, RUNNING, FINISHED
}
