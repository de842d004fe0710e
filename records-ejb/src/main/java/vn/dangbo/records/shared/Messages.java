package vn.dangbo.records.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The sentences users read, Vietnamese by default and English on request. */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String BUNDLE = "vn.dangbo.records.Messages";

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String pattern = bundle.getString(key);
            return args == null || args.length == 0 ? pattern.replace("''", "'")
                    : new MessageFormat(pattern, supported(locale)).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** English when asked for, Vietnamese for everything else. */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
    }
}
