package vn.dangbo.records.skills;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vietnamese phone numbers as people write them ("0912 345 678", "091.234.5678", "+84 912 345 678") brought to
 * one stored form, "0912345678", so the same person typed twice is recognised. Mobile numbers have 10 digits
 * after the 2018 renumbering (03, 05, 07, 08, 09); landlines 11 (02 and the area code).
 */
public final class VietnamesePhone {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");
    private static final Pattern MOBILE = Pattern.compile("0[35789]\\d{8}");
    private static final Pattern LANDLINE = Pattern.compile("02\\d{9}");

    private VietnamesePhone() {
    }

    /** The number in its stored form, or empty when it is not a Vietnamese phone number. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = SEPARATORS.matcher(typed.strip()).replaceAll("");
        if (s.startsWith("+84")) {
            s = "0" + s.substring(3);
        } else if (s.startsWith("0084")) {
            s = "0" + s.substring(4);
        } else if (s.startsWith("84") && s.length() >= 11) {
            s = "0" + s.substring(2);
        }
        return MOBILE.matcher(s).matches() || LANDLINE.matcher(s).matches() ? Optional.of(s) : Optional.empty();
    }
}
