package vn.dangbo.records.security;

import vn.dangbo.records.shared.DomainException;

/** The caller is known but may not do this: maps to 403. */
public class NotAllowed extends DomainException {
    public NotAllowed(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
