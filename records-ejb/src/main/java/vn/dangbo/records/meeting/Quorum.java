package vn.dangbo.records.meeting;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The share of required members who must be present for a meeting to be valid. The ward's default
 * (2/3, DOMAIN.md) lives in {@link #DEFAULT} and in the row V11 writes; officers may change the row.
 */
public record Quorum(int numerator, int denominator) {

    public static final Quorum DEFAULT = new Quorum(2, 3);
    private static final Pattern FRACTION = Pattern.compile("\\s*(\\d{1,3})\\s*/\\s*(\\d{1,3})\\s*");

    public Quorum {
        if (denominator <= 0 || numerator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("quorum " + numerator + "/" + denominator);
        }
    }

    /** A stored or typed fraction such as "2/3"; empty when it is not a sensible share. */
    public static java.util.Optional<Quorum> parse(String text) {
        Matcher m = text == null ? null : FRACTION.matcher(text);
        if (m == null || !m.matches()) {
            return java.util.Optional.empty();
        }
        int n = Integer.parseInt(m.group(1));
        int d = Integer.parseInt(m.group(2));
        return n > 0 && d > 0 && n <= d ? java.util.Optional.of(new Quorum(n, d)) : java.util.Optional.empty();
    }

    /** The smallest number present that makes the meeting valid (integer arithmetic: 2/3 of 7 needs 5). */
    public int needed(int required) {
        return (required * numerator + denominator - 1) / denominator;
    }

    /** Valid when present ≥ numerator/denominator of required; a cell with nobody required cannot meet validly. */
    public boolean met(int present, int required) {
        return required > 0 && (long) present * denominator >= (long) required * numerator;
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
