package vn.dangbo.records.shared;

/** The request is well formed but the current state of the records forbids it: maps to 409. */
public class Conflict extends DomainException {
    public Conflict(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
