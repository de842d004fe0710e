package vn.dangbo.records.congress;

import vn.dangbo.records.shared.InvalidField;

/**
 * A QR code that is not a valid card of this congress: altered, forged, of another congress, or of a card
 * since reissued. The kiosk shows the reason; nothing is recorded.
 */
public class CardRefused extends InvalidField {
    public CardRefused(String reasonKey) {
        super("token", reasonKey);
    }
}
