package vn.dangbo.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the benchmark needs to know about the ward in the database: the unit tree, every member's
 * name, citizen ID and cell (to build queries that find real people), and the cell secretaries.
 */
final class WardSample {

    /** A cell secretary and the units their positions let them manage, as the application computes them. */
    record Secretary(long memberId, long cellId, Set<Long> managedUnits) {
    }

    final Map<Long, List<Long>> children = new HashMap<>();
    final List<Long> cells = new ArrayList<>();
    final List<Long> subCommittees = new ArrayList<>();
    final List<String> names = new ArrayList<>();
    final List<String> citizenIds = new ArrayList<>();
    final Map<Long, List<Integer>> membersByCell = new HashMap<>();
    final List<Secretary> secretaries = new ArrayList<>();

    int memberCount() {
        return names.size();
    }

    static WardSample load(Connection c, LocalDate today) throws SQLException {
        WardSample w = new WardSample();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, kind, parent_id FROM party_unit ORDER BY id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String kind = rs.getString(2);
                    long parent = rs.getLong(3);
                    if (!rs.wasNull()) {
                        w.children.computeIfAbsent(parent, k -> new ArrayList<>()).add(id);
                    }
                    if ("CELL".equals(kind)) {
                        w.cells.add(id);
                    } else if ("SUB".equals(kind)) {
                        w.subCommittees.add(id);
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT full_name, citizen_id, cell_id FROM member ORDER BY id")) {
                while (rs.next()) {
                    int index = w.names.size();
                    w.names.add(rs.getString(1));
                    w.citizenIds.add(rs.getString(2));
                    w.membersByCell.computeIfAbsent(rs.getLong(3), k -> new ArrayList<>()).add(index);
                }
            }
        }
        // Secretaries of cells today, then (like CurrentCaller) every unit any current position of theirs covers.
        List<long[]> cellSecretaries = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT p.member_id, p.unit_id FROM unit_position p JOIN party_unit u ON u.id = p.unit_id
                WHERE p.role = 'SECRETARY' AND u.kind = 'CELL' AND u.dissolved_on IS NULL
                  AND p.start_date <= ? AND (p.end_date IS NULL OR p.end_date > ?)
                ORDER BY p.unit_id, p.member_id""")) {
            ps.setObject(1, today);
            ps.setObject(2, today);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cellSecretaries.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT p.unit_id FROM unit_position p JOIN party_unit u ON u.id = p.unit_id
                WHERE p.member_id = ? AND u.dissolved_on IS NULL
                  AND p.start_date <= ? AND (p.end_date IS NULL OR p.end_date > ?)""")) {
            for (long[] sec : cellSecretaries) {
                ps.setLong(1, sec[0]);
                ps.setObject(2, today);
                ps.setObject(3, today);
                List<Long> units = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        units.add(rs.getLong(1));
                    }
                }
                w.secretaries.add(new Secretary(sec[0], sec[1], w.withDescendants(units)));
            }
        }
        return w;
    }

    /** The units and everything below them (the application's UnitTree.withDescendants). */
    Set<Long> withDescendants(Collection<Long> roots) {
        Set<Long> result = new LinkedHashSet<>();
        Deque<Long> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Long id = todo.pop();
            if (result.add(id)) {
                todo.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return new HashSet<>(result);
    }
}
