package vn.dangbo.records.security;

/** The record belongs to a unit the caller does not manage. */
public class OutsideYourUnit extends NotAllowed {
    public OutsideYourUnit() {
        super("access.outsideYourUnit");
    }
}
