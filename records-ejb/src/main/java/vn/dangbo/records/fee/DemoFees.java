package vn.dangbo.records.fee;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dangbo.records.demo.DemoWard;
import vn.dangbo.records.rating.Grade;
import vn.dangbo.records.rating.RatingRule;

/**
 * Invented fees and ratings for the demo ward, so the Đảng phí and Xếp loại pages have something to show:
 * category amounts, a basis and payments for the members of the first two demo cells (a few of them
 * behind, to show the warning and the flag), and last year's proposed ratings of the first cell.
 * The current month is left unpaid for the tour to record.
 */
public final class DemoFees {

    private DemoFees() {
    }

    public static void write(Connection c, DemoWard ward, LocalDate today) throws SQLException {
        if (ward.members().isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        int year = today.getYear();
        YearMonth from = YearMonth.of(year - 1, 1);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO fee_category_rate"
                + " (code, name, amount, effective_month, recorded_by, recorded_at) VALUES (?, ?, ?, ?, 'demo', ?)")) {
            for (Object[] r : List.of(new Object[] {"HUU_TRI", "Đảng viên hưu trí", 20_000L},
                    new Object[] {"SINH_VIEN", "Học sinh, sinh viên", 5_000L},
                    new Object[] {"KHONG_THU_NHAP", "Không có thu nhập thường xuyên", 5_000L})) {
                ps.setString(1, (String) r[0]);
                ps.setString(2, (String) r[1]);
                ps.setLong(3, (Long) r[2]);
                ps.setDate(4, Date.valueOf(from.atDay(1)));
                ps.setTimestamp(5, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Set<Long> cells = ward.members().stream().limit(2).map(DemoWard.Member::cellId).collect(Collectors.toSet());
        List<DemoWard.Member> members = ward.members().stream()
                .filter(m -> cells.contains(m.cellId()) && m.status().active()).toList();
        try (PreparedStatement basis = c.prepareStatement("INSERT INTO member_fee_basis"
                + " (member_id, effective_month, salary, category_code, recorded_by, recorded_at) VALUES (?, ?, ?, ?, 'demo', ?)");
             PreparedStatement pay = c.prepareStatement("INSERT INTO fee_payment (member_id, cell_id, fee_month, amount,"
                     + " paid_on, recorded_by, recorded_at, current_flag) VALUES (?, ?, ?, ?, ?, 'demo', ?, 1)")) {
            int i = 0;
            for (DemoWard.Member m : members) {
                boolean retired = m.birthDate().plusYears(60).isBefore(today);
                long salary = 6_000_000L + (m.id() % 7) * 500_000L;
                basis.setLong(1, m.id());
                basis.setDate(2, Date.valueOf(from.atDay(1)));
                if (retired) {
                    basis.setNull(3, java.sql.Types.BIGINT);
                    basis.setString(4, "HUU_TRI");
                } else {
                    basis.setLong(3, salary);
                    basis.setNull(4, java.sql.Types.VARCHAR);
                }
                basis.setTimestamp(5, now);
                basis.addBatch();
                long amount = retired ? 20_000L : FeeRule.fromSalary(salary);
                // Every ninth member is two months behind this year, the one after three: a warning and a flag.
                Set<Integer> skipped = switch (i++ % 9) {
                    case 3 -> Set.of(2, 5);
                    case 6 -> Set.of(3, 6, 8);
                    default -> Set.of();
                };
                for (YearMonth ym = from; ym.isBefore(YearMonth.from(today)); ym = ym.plusMonths(1)) {
                    if (m.admissionDate() != null && ym.isBefore(YearMonth.from(m.admissionDate()))
                            || ym.getYear() == year && skipped.contains(ym.getMonthValue())) {
                        continue;
                    }
                    pay.setLong(1, m.id());
                    pay.setLong(2, m.cellId());
                    pay.setDate(3, Date.valueOf(ym.atDay(1)));
                    pay.setLong(4, amount);
                    pay.setDate(5, Date.valueOf(ym.atDay(Math.min(10, ym.lengthOfMonth()))));
                    pay.setTimestamp(6, now);
                    pay.addBatch();
                }
            }
            basis.executeBatch();
            pay.executeBatch();
        }
        long firstCell = ward.members().get(0).cellId();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO member_rating (member_id, cell_id, rating_year,"
                + " score, conditions_met, grade, state, proposed_by, proposed_at) VALUES (?, ?, ?, ?, ?, ?, 'PROPOSED', 'demo', ?)")) {
            for (DemoWard.Member m : members) {
                if (m.cellId() != firstCell || m.admissionDate() != null && m.admissionDate().getYear() >= year) {
                    continue;
                }
                int score = 55 + (int) ((m.id() * 7) % 45);
                boolean conditions = score >= RatingRule.EXCELLENT_FROM;
                Grade grade = RatingRule.gradeFor(score, conditions);
                ps.setLong(1, m.id());
                ps.setLong(2, m.cellId());
                ps.setInt(3, year - 1);
                ps.setInt(4, score);
                ps.setBoolean(5, conditions);
                ps.setString(6, grade.name());
                ps.setTimestamp(7, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
