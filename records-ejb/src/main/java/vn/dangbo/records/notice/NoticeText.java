package vn.dangbo.records.notice;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.VietnameseText;

/**
 * The text of a notice: a one-line title and a plain-text body whose line breaks are kept (a phone shows them
 * as written). Plain text is deliberate: nothing in a notice is ever interpreted as markup.
 */
public final class NoticeText {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 20_000;

    private NoticeText() {
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
