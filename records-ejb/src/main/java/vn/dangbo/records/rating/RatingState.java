package vn.dangbo.records.rating;

/** PROPOSED by the cell, APPROVED by the committee (final) or RETURNED to the cell with a reason. */
public enum RatingState {
    PROPOSED, APPROVED, RETURNED
}
