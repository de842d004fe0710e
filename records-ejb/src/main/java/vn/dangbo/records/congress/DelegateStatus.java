package vn.dangbo.records.congress;

/** A withdrawn delegate (deceased, transferred, credentials rejected …) stays on record with the reason. */
public enum DelegateStatus {
    CONVENED, WITHDRAWN
}
