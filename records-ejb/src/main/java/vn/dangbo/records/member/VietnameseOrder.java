package vn.dangbo.records.member;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Vietnamese alphabetical order of names in Java (for lists built in memory, such as exports), the
 * same order the database gives with utf8mb4_vietnamese_ci: given name first, letters in the
 * Vietnamese alphabet (a ă â b c d đ e ê …).
 */
public final class VietnameseOrder {

    /** Collators are not thread-safe; each comparison takes this thread's own. */
    private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> {
        Collator c = Collator.getInstance(Locale.forLanguageTag("vi"));
        c.setStrength(Collator.SECONDARY);
        return c;
    });

    public static final Comparator<String> BY_NAME =
            Comparator.comparing((String n) -> new PersonName(n).sortKey(), (a, b) -> COLLATOR.get().compare(a, b));

    private VietnameseOrder() {
    }
}
