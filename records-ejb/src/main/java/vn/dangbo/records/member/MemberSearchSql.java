package vn.dangbo.records.member;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import vn.dangbo.records.shared.VietnameseText;

/**
 * The SQL of a member-list search, built once from the cells in scope and the query, so the API
 * and the benchmark's direct JDBC baseline run exactly the same statements.
 *
 * @param cells the cells to search in, or null for the whole ward
 */
public record MemberSearchSql(String count, String select, List<Object> params) {

    /** Totals are exact up to this many members, and reported as "more than this" beyond. */
    public static final int COUNT_LIMIT = 1000;

    /** Words beyond this many add nothing but work; a typed name has at most five or six. */
    static final int MAX_WORDS = 6;

    /**
     * The most common family and middle names match a large share of any ward; a given name or a rarer
     * word narrows the search far more, and a longer prefix more than a shorter one.
     */
    private static final Set<String> COMMON = Set.of(
            "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho",
            "ngo", "duong", "ly", "van", "thi", "huu", "duc", "minh", "quoc", "ngoc", "thu", "thanh", "kim",
            "cong", "dinh", "xuan", "hong", "my");

    static String mostSelective(List<String> words) {
        return words.stream()
                .max(Comparator.comparing((String w) -> !COMMON.contains(w)).thenComparing(String::length))
                .orElseThrow();
    }

    public static MemberSearchSql of(Collection<Long> cells, MemberQuery q) {
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        List<Object> params = new ArrayList<>();
        if (cells != null) {
            where.append(" AND m.cell_id IN (").append(String.join(",", Collections.nCopies(cells.size(), "?")))
                    .append(')');
            params.addAll(cells);
        }
        if (q.status() != null) {
            where.append(" AND m.status = ?");
            params.add(q.status().name());
        }
        List<String> words = VietnameseText.words(q.text());
        boolean digits = !words.isEmpty() && words.stream().allMatch(w -> w.chars().allMatch(Character::isDigit));
        boolean oneCell = cells != null && cells.size() == 1;
        boolean useTokens = false;
        if (digits) {
            String number = String.join("", words);
            where.append(" AND (m.citizen_id LIKE ? OR m.party_card_number LIKE ?)");
            params.add(number + "%");
            params.add(number + "%");
        } else if (!words.isEmpty()) {
            // A distinctive word drives the search through the word index and the others are checked on
            // the few rows it finds. Within one cell, or when every word is common or short (so matches
            // are dense), checking the folded name row by row in name order finds a page sooner.
            // Folded words are [a-z0-9] only: nothing in them can act as a LIKE wildcard.
            List<String> used = words.subList(0, Math.min(words.size(), MAX_WORDS));
            String driver = mostSelective(used);
            useTokens = !oneCell && driver.length() >= 3 && !COMMON.contains(driver);
            boolean driven = false;
            for (String word : used) {
                if (useTokens && !driven && word.equals(driver)) {
                    driven = true;
                    where.append(" AND m.id IN (SELECT t.member_id FROM member_name_token t WHERE t.token LIKE ?)");
                    params.add(word + "%");
                } else {
                    where.append(" AND CONCAT(' ', m.search_name) LIKE ?");
                    params.add("% " + word + "%");
                }
            }
        }
        // Walking the name-order index and skipping non-matching rows beats sorting every match when
        // matches are many: several cells (a sub-committee), or dense name words across the ward.
        boolean walkNameOrder = !oneCell && !digits && !useTokens && (cells != null || !words.isEmpty());
        String hint = walkNameOrder ? " FORCE INDEX (ix_member_sort)" : "";
        // Counting every match of "nguyen" in a city costs more than the page itself; past COUNT_LIMIT
        // the list says "1,000+" and the user narrows the search.
        String count = "SELECT COUNT(*) FROM (SELECT 1 FROM member m" + where + " LIMIT " + (COUNT_LIMIT + 1) + ") c";
        // No join here: it would lead the optimizer away from the index; cell names are looked up after.
        String select = """
                SELECT m.id, m.full_name, m.sex, m.birth_date, m.citizen_id, m.party_card_number, m.status,
                       m.cell_id
                FROM member m""" + hint + where
                + " ORDER BY m.sort_key, m.id LIMIT " + q.size() + " OFFSET " + (long) q.page() * q.size();
        return new MemberSearchSql(count, select, List.copyOf(params));
    }
}
