package vn.dangbo.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;

/** Dates in query strings (ISO yyyy-MM-dd), refused with the parameter's name when malformed. */
public final class QueryDates {

    private QueryDates() {
    }

    public static LocalDate parse(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(List.of(new InvalidField(name, "field.date")));
        }
    }
}
