package vn.dangbo.records.library;

import vn.dangbo.records.shared.DomainException;

/**
 * An uploaded file that is not a readable PDF (other bytes, damaged, password-protected, empty): maps to 400
 * with the reason; nothing was stored.
 */
public class DocumentRefused extends DomainException {
    public DocumentRefused(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
