package vn.dangbo.records.meeting;

/** Định kỳ (the monthly meeting) or chuyên đề (a thematic one, e.g. on digital skills). */
public enum MeetingKind {
    REGULAR, THEMATIC
}
