package vn.dangbo.records.shared;

/** A request body or file over the size the server accepts: maps to 413. */
public class TooLarge extends DomainException {
    public TooLarge(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
