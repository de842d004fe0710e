package vn.dangbo.records.member;

/**
 * A search of the member list: free text (name words, or the digits of a citizen ID or party card
 * number), a unit (with everything below it), a status; page from 0.
 */
public record MemberQuery(String text, Long unitId, MemberStatus status, int page, int size) {

    public static final int MAX_SIZE = 200;

    public MemberQuery {
        if (page < 0) {
            page = 0;
        }
        if (size <= 0) {
            size = 20;
        }
        size = Math.min(size, MAX_SIZE);
    }
}
