package vn.dangbo.records.member;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dangbo.records.organization.UnitTree;
import vn.dangbo.records.security.Caller;
import vn.dangbo.records.security.OutsideYourUnit;
import vn.dangbo.records.shared.Page;

/**
 * The member list query. The caller's scope is part of the SQL (never a filter applied afterwards),
 * names are matched word by word through the folded-name index, and rows come in Vietnamese order
 * (given name, then the rest) from the sort-key index. The statements are {@link MemberSearchSql}.
 */
@Stateless
public class MemberSearch {

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitTree tree;

    public record Row(long id, String fullName, Sex sex, LocalDate birthDate, String citizenId,
                      String partyCardNumber, MemberStatus status, long cellId, String cellName) {
    }

    public Page<Row> run(Caller caller, MemberQuery q) {
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
        if (cells != null && cells.isEmpty()) {
            return new Page<>(List.of(), 0, q.page(), q.size());
        }
        MemberSearchSql sql = MemberSearchSql.of(cells, q);
        Query count = em.createNativeQuery(sql.count());
        bind(count, sql.params());
        long counted = ((Number) count.getSingleResult()).longValue();
        boolean exact = counted <= MemberSearchSql.COUNT_LIMIT;
        long total = Math.min(counted, MemberSearchSql.COUNT_LIMIT);
        if (total == 0) {
            return new Page<>(List.of(), 0, q.page(), q.size());
        }
        Query select = em.createNativeQuery(sql.select());
        bind(select, sql.params());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        Map<Long, String> cellNames = cellNames(rows.stream().map(r -> ((Number) r[7]).longValue()).collect(
                Collectors.toSet()));
        List<Row> items = rows.stream().map(r -> new Row(
                ((Number) r[0]).longValue(), (String) r[1], Sex.valueOf((String) r[2]), toDate(r[3]),
                (String) r[4], (String) r[5], MemberStatus.valueOf((String) r[6]),
                ((Number) r[7]).longValue(), cellNames.get(((Number) r[7]).longValue()))).toList();
        return new Page<>(items, total, q.page(), q.size(), exact);
    }

    private Map<Long, String> cellNames(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select u.id, u.name from PartyUnit u where u.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    private static LocalDate toDate(Object o) {
        return o instanceof LocalDate d ? d : o instanceof Date d ? d.toLocalDate() : null;
    }

    private static void bind(Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
    }
}
