package vn.dangbo.records.member;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import vn.dangbo.records.shared.VietnameseText;

/**
 * The SQL of a member-list search, built once from the cells in scope and the query, so the API
 * and the benchmark's direct JDBC baseline run exactly the same statements.
 *
 * @param cells the cells to search in, or null for the whole ward
 */
public record MemberSearchSql(String count, String select, List<Object> params) {

    /** Words beyond this many add nothing but work; a typed name has at most five or six. */
    static final int MAX_WORDS = 6;

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
        if (!words.isEmpty() && words.stream().allMatch(w -> w.chars().allMatch(Character::isDigit))) {
            String digits = String.join("", words);
            where.append(" AND (m.citizen_id LIKE ? OR m.party_card_number LIKE ?)");
            params.add(digits + "%");
            params.add(digits + "%");
        } else {
            // Folded words are [a-z0-9] only: nothing in them can act as a LIKE wildcard.
            for (String word : words.subList(0, Math.min(words.size(), MAX_WORDS))) {
                where.append(" AND m.id IN (SELECT t.member_id FROM member_name_token t WHERE t.token LIKE ?)");
                params.add(word + "%");
            }
        }
        String count = "SELECT COUNT(*) FROM member m" + where;
        String select = """
                SELECT m.id, m.full_name, m.sex, m.birth_date, m.citizen_id, m.party_card_number, m.status,
                       m.cell_id, u.name
                FROM member m JOIN party_unit u ON u.id = m.cell_id""" + where
                + " ORDER BY m.sort_key, m.id LIMIT " + q.size() + " OFFSET " + (long) q.page() * q.size();
        return new MemberSearchSql(count, select, List.copyOf(params));
    }
}
