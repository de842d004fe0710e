package vn.dangbo.records.shared;

/** Maps to 404. */
public abstract class NotFound extends DomainException {
    protected NotFound(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
