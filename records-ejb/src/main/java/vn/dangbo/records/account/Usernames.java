package vn.dangbo.records.account;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import vn.dangbo.records.shared.VietnameseText;

/**
 * Login names members can type on any phone keyboard: the full name without diacritics, words joined by
 * dots ("Nguyễn Văn An" → "nguyen.van.an"); namesakes get a number ("nguyen.van.an2").
 */
public final class Usernames {

    static final int MAX_BASE = 40;

    private Usernames() {
    }

    public static String base(String fullName) {
        List<String> words = VietnameseText.words(fullName);
        String joined = words.isEmpty() ? "dangvien" : String.join(".", words).toLowerCase(Locale.ROOT);
        if (joined.length() > MAX_BASE) {
            joined = joined.substring(0, MAX_BASE).replaceAll("\\.+$", "");
        }
        // Keycloak wants at least 3 characters.
        return joined.length() < 3 ? "dangvien." + joined : joined;
    }

    /** The first of base, base2, base3 … that is not taken. */
    public static String firstFree(String fullName, Predicate<String> taken) {
        String base = base(fullName);
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; n < 10_000; n++) {
            String candidate = base + n;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free username for " + base);
    }
}
