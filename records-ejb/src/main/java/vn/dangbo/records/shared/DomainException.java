package vn.dangbo.records.shared;

import jakarta.ejb.ApplicationException;

/**
 * An expected failure of a use case. Rolled back, never wrapped in an EJBException, and carrying a
 * message key rather than a sentence, so the API can say it in Vietnamese or English.
 */
@ApplicationException(rollback = true)
public abstract class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    protected DomainException(String messageKey, Object... args) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
