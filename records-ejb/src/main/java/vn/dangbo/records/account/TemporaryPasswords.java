package vn.dangbo.records.account;

import java.security.SecureRandom;

/**
 * One-time passwords an officer reads out or prints: no look-alike characters (0/O, 1/l/I), and
 * letters, upper case and digits mixed so common password policies accept them.
 */
public final class TemporaryPasswords {

    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String ALL = LOWER + UPPER + DIGITS;
    private static final SecureRandom RANDOM = new SecureRandom();

    public static final int LENGTH = 10;

    private TemporaryPasswords() {
    }

    public static String next() {
        char[] out = new char[LENGTH];
        out[0] = pick(UPPER);
        out[1] = pick(LOWER);
        out[2] = pick(DIGITS);
        for (int i = 3; i < LENGTH; i++) {
            out[i] = pick(ALL);
        }
        for (int i = LENGTH - 1; i > 0; i--) {
            int j = RANDOM.nextInt(i + 1);
            char t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return new String(out);
    }

    private static char pick(String from) {
        return from.charAt(RANDOM.nextInt(from.length()));
    }
}
