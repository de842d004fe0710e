package vn.dangbo.records.fee;

/** How far behind a member is with fees in a year: NONE, WARNING (2 unpaid months), FLAG (3 or more). */
public enum ArrearsLevel {
    NONE, WARNING, FLAG
}
