package vn.dangbo.records.shared;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Text people write for others to read (a notice, a request, a reply): one-line titles and several-line texts
 * whose line breaks are kept as written. Plain text is deliberate: nothing here is ever interpreted as markup.
 */
public final class PlainText {

    private PlainText() {
    }

    /** A single line, NFC, spaces collapsed; null when blank. */
    public static String line(String field, String value, int max, boolean required, List<InvalidField> problems) {
        String c = VietnameseText.clean(value);
        return check(field, c, max, required, problems, false);
    }

    /** Several lines, NFC, trailing spaces and surrounding blank lines dropped; null when blank. */
    public static String lines(String field, String value, int max, boolean required, List<InvalidField> problems) {
        return check(field, multiline(value), max, required, problems, true);
    }

    static String multiline(String value) {
        if (value == null) {
            return null;
        }
        String nfc = Normalizer.normalize(value, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n')
                .replace('\t', ' ');
        return nfc.lines().map(String::stripTrailing).collect(Collectors.joining("\n")).strip();
    }

    private static String check(String field, String c, int max, boolean required, List<InvalidField> problems,
                                boolean newlinesAllowed) {
        if (c == null || c.isEmpty()) {
            if (required) {
                problems.add(new InvalidField(field, "field.required"));
            }
            return null;
        }
        if (c.length() > max) {
            problems.add(new InvalidField(field, "field.tooLong", max));
        } else if (VietnameseText.hasControlCharacters(newlinesAllowed ? c.replace("\n", "") : c)) {
            problems.add(new InvalidField(field, "field.controlCharacters"));
        }
        return c;
    }
}
