package vn.dangbo.records.congress;

/** A congress is prepared and held (PREPARING) until the organising board closes it. */
public enum CongressStatus {
    PREPARING, CLOSED
}
