package vn.dangbo.records.exchange;

import vn.dangbo.records.shared.DomainException;

/**
 * An uploaded file that cannot be read as a spreadsheet (not one, damaged, password-protected, a zip
 * bomb, no header row …): maps to 400 with the reason; nothing was written.
 */
public class SpreadsheetRefused extends DomainException {
    public SpreadsheetRefused(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
