package vn.dangbo.records.election;

/** What is elected (the minutes and the results into the records name it). */
public enum ElectionKind {
    COMMITTEE, STANDING_COMMITTEE, SECRETARY, DEPUTY_SECRETARY, INSPECTION, INSPECTION_HEAD, DELEGATES, OTHER
}
