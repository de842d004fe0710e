package vn.dangbo.records.unitrating;

/** PROPOSED by the organisation itself, DECIDED by the committee (final) or RETURNED to it with a reason. */
public enum UnitRatingState {
    PROPOSED, RETURNED, DECIDED
}
