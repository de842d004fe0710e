package vn.dangbo.records.congress;

/** Fired when a check-in is stored, so live boards can refresh once the transaction has committed. */
public record CheckInRecorded(long congressId, long sessionId) {
}
