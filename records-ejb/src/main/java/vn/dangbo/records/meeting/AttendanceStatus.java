package vn.dangbo.records.meeting;

/** Có mặt, vắng có lý do, vắng không lý do. */
public enum AttendanceStatus {
    PRESENT, EXCUSED, UNEXCUSED
}
