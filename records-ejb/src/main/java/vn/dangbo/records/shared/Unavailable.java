package vn.dangbo.records.shared;

/** A service the use case depends on (the sign-in service) cannot be reached now; maps to 503. */
public abstract class Unavailable extends DomainException {
    protected Unavailable(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
