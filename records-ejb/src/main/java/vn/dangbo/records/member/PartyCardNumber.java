package vn.dangbo.records.member;

import vn.dangbo.records.shared.InvalidField;

/**
 * The number printed on the party card (số thẻ đảng viên): digits only, kept as text so leading
 * zeros survive spreadsheets; spaces and dots typed for readability are dropped.
 */
public record PartyCardNumber(String value) {

    public PartyCardNumber {
        if (value == null || !value.matches("\\d{6,12}")) {
            throw new InvalidField("partyCardNumber", "partyCard.format");
        }
    }

    public static PartyCardNumber parse(String text) {
        return new PartyCardNumber(text == null ? null : text.replaceAll("[\\s.\\-]", ""));
    }
}
