package vn.dangbo.records.unitrating;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dangbo.records.demo.DemoWard;
import vn.dangbo.records.rating.Grade;

/**
 * Invented ratings of the demo ward's organisations: last year's all decided by the committee (so the history
 * and its chart have a year), this year's in progress — a third of the units have assessed themselves, one was
 * returned — and the first cell ({@code bithu.cb01}) still to assess itself. The grades follow the same rules as
 * the application: never better than the score, and within the limits the members' ratings set.
 */
public final class DemoUnitRatings {

    private DemoUnitRatings() {
    }

    public static void write(Connection c, DemoWard ward, LocalDate today) throws SQLException {
        List<DemoWard.Unit> units = ward.units().stream()
                .filter(u -> u.kind() == DemoWard.UnitKind.CELL || u.kind() == DemoWard.UnitKind.SUB).toList();
        if (units.isEmpty() || ward.members().isEmpty()) {
            return;
        }
        int last = today.getYear() - 1;
        int now = today.getYear();
        long firstCell = ward.members().get(0).cellId();
        Timestamp lastDecember = Timestamp.valueOf(LocalDate.of(last, 12, 10).atTime(9, 0));
        Timestamp lastDecided = Timestamp.valueOf(LocalDate.of(last, 12, 22).atTime(15, 0));
        Timestamp recently = Timestamp.valueOf(today.minusDays(5).atTime(20, 0));
        List<Long> lastCriteria = configure(c, last, lastDecember);
        List<Long> nowCriteria = configure(c, now, Timestamp.valueOf(today.withDayOfYear(1).plusDays(14).atTime(8, 0)));
        Map<Long, UnitRatingRule.MemberGrades> members = memberGrades(c, last);
        for (int i = 0; i < units.size(); i++) {
            DemoWard.Unit u = units.get(i);
            int[] points = points(i);
            Grade grade = UnitRatingRule.gradeFor(sum(points), 100, UnitRatingRule.DEFAULT_THRESHOLDS);
            UnitRatingRule.MemberGrades m = membersOf(u, units, members);
            if (UnitRatingRule.breach(grade, m).isPresent()) {
                grade = Grade.GOOD.betterThan(grade) ? grade : Grade.GOOD;
            }
            if (UnitRatingRule.breach(grade, m).isPresent()) {
                continue; // its members' ratings must be put right first, as the application would require
            }
            // The committee lowers one in seven by a grade.
            Grade decided = i % 7 == 3 && grade != Grade.NOT_COMPLETED ? Grade.values()[grade.ordinal() + 1] : grade;
            long id = insert(c, u.id(), last, "DECIDED", points, grade, lastDecember, decided, lastDecided, null);
            scores(c, id, lastCriteria, points);
        }
        for (int i = 0; i < units.size(); i++) {
            DemoWard.Unit u = units.get(i);
            if (u.id() == firstCell || i % 3 != 1) {
                continue;
            }
            int[] points = points(i + 1);
            Grade grade = UnitRatingRule.gradeFor(sum(points), 100, UnitRatingRule.DEFAULT_THRESHOLDS);
            if (grade == Grade.EXCELLENT) {
                grade = Grade.GOOD; // this year's members are not rated yet: nothing to check an excellent against
            }
            boolean returned = i % 2 == 0;
            long id = insert(c, u.id(), now, returned ? "RETURNED" : "PROPOSED", points, grade, recently, null,
                    returned ? Timestamp.valueOf(today.minusDays(2).atTime(10, 0)) : null,
                    returned ? "Đề nghị bổ sung minh chứng về chất lượng sinh hoạt chuyên đề." : null);
            scores(c, id, nowCriteria, points);
        }
    }

    /** A cell's members' grades; a sub-committee's, those of its cells. */
    private static UnitRatingRule.MemberGrades membersOf(DemoWard.Unit u, List<DemoWard.Unit> units,
                                                         Map<Long, UnitRatingRule.MemberGrades> byCell) {
        long e = 0, g = 0, c = 0, n = 0;
        for (DemoWard.Unit x : units) {
            if (x.id() == u.id() && u.kind() == DemoWard.UnitKind.CELL
                    || u.kind() == DemoWard.UnitKind.SUB && Long.valueOf(u.id()).equals(x.parentId())) {
                UnitRatingRule.MemberGrades m = byCell.get(x.id());
                if (m != null) {
                    e += m.excellent();
                    g += m.good();
                    c += m.completed();
                    n += m.notCompleted();
                }
            }
        }
        return new UnitRatingRule.MemberGrades(e, g, c, n);
    }

    /** Points out of 25 per criterion, varied from unit to unit. */
    private static int[] points(int i) {
        return new int[] {25 - i % 4, 23 - i % 5, 22 - (i * 3) % 7, 24 - (i * 5) % 9};
    }

    private static int sum(int[] p) {
        int s = 0;
        for (int x : p) {
            s += x;
        }
        return s;
    }

    private static List<Long> configure(Connection c, int year, Timestamp at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO unit_rating_year (rating_year, excellent_from,"
                + " good_from, completed_from, configured_by, configured_at) VALUES (?, ?, ?, ?, 'canbo.tochuc', ?)")) {
            ps.setInt(1, year);
            ps.setInt(2, UnitRatingRule.DEFAULT_THRESHOLDS.excellentFrom());
            ps.setInt(3, UnitRatingRule.DEFAULT_THRESHOLDS.goodFrom());
            ps.setInt(4, UnitRatingRule.DEFAULT_THRESHOLDS.completedFrom());
            ps.setTimestamp(5, at);
            ps.executeUpdate();
        }
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO unit_rating_criterion (rating_year, position, title,"
                + " max_points) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < UnitRatingRule.DEFAULT_CRITERIA.size(); i++) {
                ps.setInt(1, year);
                ps.setInt(2, i + 1);
                ps.setString(3, UnitRatingRule.DEFAULT_CRITERIA.get(i).title());
                ps.setInt(4, UnitRatingRule.DEFAULT_CRITERIA.get(i).maxPoints());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    ids.add(keys.getLong(1));
                }
            }
        }
        return ids;
    }

    private static Map<Long, UnitRatingRule.MemberGrades> memberGrades(Connection c, int year) throws SQLException {
        Map<Long, long[]> counts = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT cell_id, grade, COUNT(*) FROM member_rating"
                + " WHERE rating_year = ? AND state <> 'RETURNED' GROUP BY cell_id, grade")) {
            ps.setInt(1, year);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.computeIfAbsent(rs.getLong(1), k -> new long[4])[Grade.valueOf(rs.getString(2)).ordinal()]
                            += rs.getLong(3);
                }
            }
        }
        Map<Long, UnitRatingRule.MemberGrades> out = new HashMap<>();
        counts.forEach((cell, n) -> out.put(cell, new UnitRatingRule.MemberGrades(n[0], n[1], n[2], n[3])));
        return out;
    }

    private static long insert(Connection c, long unit, int year, String state, int[] points, Grade proposed,
                               Timestamp proposedAt, Grade decided, Timestamp decidedAt, String returnReason)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO unit_rating (unit_id, rating_year, state,"
                + " total_score, max_score, proposed_grade, note, proposed_by, proposed_at, decided_grade, return_reason,"
                + " decided_by, decided_at) VALUES (?, ?, ?, ?, 100, ?, ?, 'demo', ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, unit);
            ps.setInt(2, year);
            ps.setString(3, state);
            ps.setInt(4, sum(points));
            ps.setString(5, proposed.name());
            ps.setString(6, "Chi ủy tự đánh giá theo các tiêu chí \"4 tốt\" của năm.");
            ps.setTimestamp(7, proposedAt);
            ps.setString(8, decided == null ? null : decided.name());
            ps.setString(9, returnReason);
            ps.setString(10, decidedAt == null ? null : "canbo.tochuc");
            ps.setTimestamp(11, decidedAt);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void scores(Connection c, long rating, List<Long> criteria, int[] points) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO unit_rating_score (rating_id, criterion_id, points) VALUES (?, ?, ?)")) {
            for (int i = 0; i < criteria.size(); i++) {
                ps.setLong(1, rating);
                ps.setLong(2, criteria.get(i));
                ps.setInt(3, points[i]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
