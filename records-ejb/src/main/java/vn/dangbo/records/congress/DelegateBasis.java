package vn.dangbo.records.congress;

/** Why a member is a delegate: ex officio (the outgoing committee), elected by a lower congress, or appointed. */
public enum DelegateBasis {
    EX_OFFICIO, ELECTED, APPOINTED
}
