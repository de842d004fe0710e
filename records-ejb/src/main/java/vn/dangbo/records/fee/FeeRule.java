package vn.dangbo.records.fee;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The pure arithmetic of party fees, kept apart from the database so it can be tested on its own. */
public final class FeeRule {

    /** Salaried members pay 1% of their monthly salary (Quyết định 342-QĐ/TW). */
    public static final int SALARY_PERCENT = 1;

    /** DOMAIN.md's absence rule: 2 unpaid months in a calendar year warn the secretary, 3 propose removal. */
    public static final int WARNING_UNPAID_MONTHS = 2;
    public static final int FLAG_UNPAID_MONTHS = 3;

    private FeeRule() {
    }

    /** 1% of the salary, to the nearest đồng (half up): cells collect cash and round only at the counter. */
    public static long fromSalary(long salary) {
        return (salary * SALARY_PERCENT + 50) / 100;
    }

    public static ArrearsLevel level(int unpaidMonths) {
        if (unpaidMonths >= FLAG_UNPAID_MONTHS) {
            return ArrearsLevel.FLAG;
        }
        return unpaidMonths >= WARNING_UNPAID_MONTHS ? ArrearsLevel.WARNING : ArrearsLevel.NONE;
    }

    /**
     * The months of {@code year} for which a member owes a fee in a cell: from the month they joined the
     * cell (admission or transfer in; the whole year when unknown) up to the current month, never beyond.
     */
    public static List<YearMonth> dueMonths(int year, LocalDate inCellSince, YearMonth current) {
        List<YearMonth> months = new ArrayList<>();
        YearMonth first = YearMonth.of(year, 1);
        if (inCellSince != null && YearMonth.from(inCellSince).isAfter(first)) {
            first = YearMonth.from(inCellSince);
        }
        YearMonth last = YearMonth.of(year, 12);
        if (current.isBefore(last)) {
            last = current;
        }
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /**
     * The amount due in a month: from the member's basis in force then (the latest starting at or before
     * it), either 1% of the salary or the category's rate in force that month. Null when nothing applies.
     */
    public static Long due(YearMonth month, List<Basis> bases, List<Rate> rates) {
        Basis basis = null;
        for (Basis b : bases) {
            if (!b.from().isAfter(month) && (basis == null || !b.from().isBefore(basis.from()))) {
                basis = b;
            }
        }
        if (basis == null) {
            return null;
        }
        if (basis.salary() != null) {
            return fromSalary(basis.salary());
        }
        Rate rate = null;
        for (Rate r : rates) {
            if (r.code().equals(basis.categoryCode()) && !r.from().isAfter(month)
                    && (rate == null || r.from().isAfter(rate.from()))) {
                rate = r;
            }
        }
        return rate == null ? null : rate.amount();
    }

    /** A member's basis from a month on: a salary or a category code, exactly one of them. */
    public record Basis(YearMonth from, Long salary, String categoryCode) {
    }

    /** A category's fixed amount from a month on. */
    public record Rate(String code, YearMonth from, long amount) {
    }
}
