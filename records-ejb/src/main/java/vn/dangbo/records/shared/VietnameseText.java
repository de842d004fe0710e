package vn.dangbo.records.shared;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folding of Vietnamese text for search: users type names without diacritics, in any case, and phones
 * may send decomposed (NFD) or composed (NFC) Unicode. Folding maps all of these to one ASCII form.
 */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    private VietnameseText() {
    }

    /** NFC with runs of white space collapsed: the form in which names are stored and displayed. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return nfc.strip().replaceAll("\\s+", " ");
    }

    /** "Nguyễn Thị Đào" → "nguyen thi dao". Đ is a letter of its own, not D with a mark, so it is mapped by hand. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(bare).replaceAll(" ").strip();
    }

    /** The folded words of a text, in order. */
    public static List<String> words(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /** Control and invisible formatting characters have no place in a name, an address or a title (ZWJ/ZWNJ excepted). */
    public static boolean hasControlCharacters(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.FORMAT && c != 0x200C && c != 0x200D);
    }
}
