package vn.dangbo.records.member;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;
import vn.dangbo.records.shared.VietnameseText;

/** A status decision as typed: every bad field is named at once. */
record EventInput(EventKind kind, LocalDate date, String decisionNumber, String reason) {

    static final int MAX_DECISION = 60;
    static final int MAX_REASON = 500;

    static EventInput parse(Map<String, String> fields) {
        List<InvalidField> problems = new ArrayList<>();
        fields.keySet().stream().filter(k -> !List.of("kind", "date", "decisionNumber", "reason").contains(k))
                .forEach(k -> problems.add(new InvalidField(k, "field.unknown")));
        EventKind kind = null;
        String kindText = VietnameseText.clean(fields.get("kind"));
        if (kindText == null || kindText.isEmpty()) {
            problems.add(new InvalidField("kind", "field.required"));
        } else {
            try {
                kind = EventKind.valueOf(kindText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidField("kind", "field.notOneOf", java.util.Arrays.toString(EventKind.values())));
            }
        }
        LocalDate date = null;
        String dateText = VietnameseText.clean(fields.get("date"));
        if (dateText == null || dateText.isEmpty()) {
            problems.add(new InvalidField("date", "field.required"));
        } else {
            try {
                date = LocalDate.parse(dateText);
                if (date.isBefore(DossierField.EARLIEST) || date.isAfter(LocalDate.now())) {
                    problems.add(new InvalidField("date", "field.dateOutOfRange"));
                }
            } catch (DateTimeParseException e) {
                problems.add(new InvalidField("date", "field.date"));
            }
        }
        String decision = text(fields.get("decisionNumber"), "decisionNumber", MAX_DECISION, problems);
        String reason = text(fields.get("reason"), "reason", MAX_REASON, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new EventInput(kind, date, decision, reason);
    }

    private static String text(String raw, String field, int max, List<InvalidField> problems) {
        String t = VietnameseText.clean(raw);
        if (t == null || t.isEmpty()) {
            return null;
        }
        if (t.length() > max) {
            problems.add(new InvalidField(field, "field.tooLong", max));
        } else if (VietnameseText.hasControlCharacters(t)) {
            problems.add(new InvalidField(field, "field.controlCharacters"));
        }
        return t;
    }
}
