package vn.dangbo.records.member;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.dangbo.records.organization.UnitTree;
import vn.dangbo.records.security.Caller;
import vn.dangbo.records.security.OutsideYourUnit;
import vn.dangbo.records.shared.Page;
import vn.dangbo.records.shared.VietnameseText;

/**
 * The member list query. The caller's scope is part of the SQL (never a filter applied afterwards),
 * names are matched word by word through the folded-name index, and rows come in Vietnamese order
 * (given name, then the rest) from the sort-key index.
 */
@Stateless
public class MemberSearch {

    /** Words beyond this many add nothing but work; a typed name has at most five or six. */
    private static final int MAX_WORDS = 6;

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitTree tree;

    public record Row(long id, String fullName, Sex sex, LocalDate birthDate, String citizenId,
                      String partyCardNumber, MemberStatus status, long cellId, String cellName) {
    }

    public Page<Row> run(Caller caller, MemberQuery q) {
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        List<Object> params = new ArrayList<>();

        Set<Long> cells = null;
        if (!caller.wholeWard()) {
            cells = new HashSet<>(caller.managedUnitIds());
        }
        if (q.unitId() != null) {
            Set<Long> subtree = tree.withDescendants(List.of(q.unitId()));
            if (cells == null) {
                cells = subtree;
            } else {
                cells.retainAll(subtree);
                if (cells.isEmpty()) {
                    // Asking for a unit one does not manage is refused, never answered with an empty list.
                    throw new OutsideYourUnit();
                }
            }
        }
        if (cells != null) {
            if (cells.isEmpty()) {
                return new Page<>(List.of(), 0, q.page(), q.size());
            }
            where.append(" AND m.cell_id IN (").append(placeholders(cells.size())).append(')');
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
            for (String word : words.subList(0, Math.min(words.size(), MAX_WORDS))) {
                where.append(" AND m.id IN (SELECT t.member_id FROM member_name_token t WHERE t.token LIKE ?)");
                params.add(escapeLike(word) + "%");
            }
        }

        Query count = em.createNativeQuery("SELECT COUNT(*) FROM member m" + where);
        bind(count, params);
        long total = ((Number) count.getSingleResult()).longValue();
        if (total == 0) {
            return new Page<>(List.of(), 0, q.page(), q.size());
        }

        Query select = em.createNativeQuery("""
                SELECT m.id, m.full_name, m.sex, m.birth_date, m.citizen_id, m.party_card_number, m.status,
                       m.cell_id, u.name
                FROM member m JOIN party_unit u ON u.id = m.cell_id""" + where
                + " ORDER BY m.sort_key, m.id LIMIT " + q.size() + " OFFSET " + (long) q.page() * q.size());
        bind(select, params);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        List<Row> items = rows.stream().map(r -> new Row(
                ((Number) r[0]).longValue(), (String) r[1], Sex.valueOf((String) r[2]), toDate(r[3]),
                (String) r[4], (String) r[5], MemberStatus.valueOf((String) r[6]),
                ((Number) r[7]).longValue(), (String) r[8])).toList();
        return new Page<>(items, total, q.page(), q.size());
    }

    private static LocalDate toDate(Object o) {
        return o instanceof LocalDate d ? d : o instanceof Date d ? d.toLocalDate() : null;
    }

    private static void bind(Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
    }

    private static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    /** Folded words are [a-z0-9] only, so there is nothing to escape; kept explicit for safety. */
    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
