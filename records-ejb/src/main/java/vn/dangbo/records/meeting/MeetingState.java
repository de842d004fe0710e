package vn.dangbo.records.meeting;

/** PLANNED until the secretary closes it; closing records the quorum, after which attendance is fixed. */
public enum MeetingState {
    PLANNED, CLOSED
}
