package vn.dangbo.records.organization;

import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.VietnameseText;

final class UnitName {

    private UnitName() {
    }

    static String of(String raw) {
        String name = VietnameseText.clean(raw);
        if (name == null || name.isEmpty()) {
            throw new InvalidField("name", "field.required");
        }
        if (name.length() > PartyUnit.MAX_NAME) {
            throw new InvalidField("name", "field.tooLong", PartyUnit.MAX_NAME);
        }
        if (VietnameseText.hasControlCharacters(name)) {
            throw new InvalidField("name", "field.controlCharacters");
        }
        return name;
    }
}
