package vn.dangbo.records.member;

import java.util.List;
import vn.dangbo.records.shared.VietnameseText;

/**
 * A Vietnamese full name: family name first, given name last ("Nguyễn Thị Đào": family Nguyễn,
 * given name Đào). Lists are ordered by given name, then by the rest, so the sort key puts the given
 * name in front; the database's utf8mb4_vietnamese_ci collation then orders the letters correctly.
 */
public record PersonName(String fullName) {

    public static final int MAX_LENGTH = 120;

    public PersonName {
        fullName = VietnameseText.clean(fullName);
        if (fullName == null || fullName.isEmpty()) {
            throw new IllegalArgumentException("empty name");
        }
        if (fullName.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("name longer than " + MAX_LENGTH);
        }
    }

    public String givenName() {
        int space = fullName.lastIndexOf(' ');
        return space < 0 ? fullName : fullName.substring(space + 1);
    }

    /** "Nguyễn Thị Đào" → "Đào Nguyễn Thị". */
    public String sortKey() {
        int space = fullName.lastIndexOf(' ');
        return space < 0 ? fullName : givenName() + " " + fullName.substring(0, space);
    }

    /** "Nguyễn Thị Đào" → "nguyen thi dao". */
    public String searchForm() {
        return VietnameseText.fold(fullName);
    }

    /** The searchable words, each at most 40 characters (the token column's width). */
    public List<String> tokens() {
        return VietnameseText.words(fullName).stream()
                .map(w -> w.length() > 40 ? w.substring(0, 40) : w)
                .toList();
    }
}
