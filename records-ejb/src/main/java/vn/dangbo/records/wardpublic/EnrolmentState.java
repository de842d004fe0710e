package vn.dangbo.records.wardpublic;

/** A resident's request: PENDING until the class's unit ACCEPTS it (enrolling them) or REJECTS it with a reason. */
public enum EnrolmentState {
    PENDING, ACCEPTED, REJECTED
}
