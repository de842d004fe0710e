package vn.dangbo.records.fee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeeRuleTest {

    @Test
    void salariedMembersOweOnePercentRoundedToTheNearestDong() {
        assertEquals(85_000, FeeRule.fromSalary(8_500_000));
        assertEquals(123_457, FeeRule.fromSalary(12_345_650), "half up");
        assertEquals(123_456, FeeRule.fromSalary(12_345_649));
        assertEquals(0, FeeRule.fromSalary(0));
    }

    @Test
    void twoUnpaidMonthsWarnAndThreeFlag() {
        assertEquals(ArrearsLevel.NONE, FeeRule.level(0));
        assertEquals(ArrearsLevel.NONE, FeeRule.level(1));
        assertEquals(ArrearsLevel.WARNING, FeeRule.level(2));
        assertEquals(ArrearsLevel.FLAG, FeeRule.level(3));
        assertEquals(ArrearsLevel.FLAG, FeeRule.level(11));
    }

    @Test
    void monthsRunFromJoiningTheCellToTheCurrentMonth() {
        YearMonth now = YearMonth.of(2026, 5);
        assertEquals(5, FeeRule.dueMonths(2026, LocalDate.of(1990, 1, 1), now).size());
        assertEquals(List.of(YearMonth.of(2026, 3), YearMonth.of(2026, 4), YearMonth.of(2026, 5)),
                FeeRule.dueMonths(2026, LocalDate.of(2026, 3, 20), now), "the month of joining counts");
        assertEquals(12, FeeRule.dueMonths(2025, null, now).size(), "a past year counts whole");
        assertEquals(List.of(), FeeRule.dueMonths(2026, LocalDate.of(2026, 6, 1), now));
    }

    @Test
    void theBasisAndRateInForceInTheMonthDecide() {
        List<FeeRule.Rate> rates = List.of(
                new FeeRule.Rate("HUU_TRI", YearMonth.of(2020, 1), 20_000),
                new FeeRule.Rate("HUU_TRI", YearMonth.of(2026, 4), 30_000),
                new FeeRule.Rate("SINH_VIEN", YearMonth.of(2020, 1), 5_000));
        List<FeeRule.Basis> bases = List.of(
                new FeeRule.Basis(YearMonth.of(2025, 1), 9_000_000L, null),
                new FeeRule.Basis(YearMonth.of(2026, 2), null, "HUU_TRI"));
        assertNull(FeeRule.due(YearMonth.of(2024, 12), bases, rates), "no basis yet");
        assertEquals(90_000, FeeRule.due(YearMonth.of(2026, 1), bases, rates));
        assertEquals(20_000, FeeRule.due(YearMonth.of(2026, 2), bases, rates), "retired from February");
        assertEquals(30_000, FeeRule.due(YearMonth.of(2026, 4), bases, rates), "the committee's new amount");
        assertNull(FeeRule.due(YearMonth.of(2026, 1), List.of(new FeeRule.Basis(YearMonth.of(2020, 1), null, "X")),
                rates), "a category without an amount");
    }
}
