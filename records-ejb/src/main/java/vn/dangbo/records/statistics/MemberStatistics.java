package vn.dangbo.records.statistics;

import java.time.LocalDate;
import java.util.List;

/**
 * The member counts of guidance 11-HD/BTCTW for a unit (and the units below it) on a date, and the
 * movements (admissions and losses) in a period.
 */
public record MemberStatistics(long unitId, String unitName, LocalDate date, LocalDate from, LocalDate to,
                               long total, List<Breakdown> breakdowns, Movements movements) {

    public record Row(String key, long count) {
    }

    public record Breakdown(String key, List<Row> rows) {
    }

    public record Movements(long admitted, long readmitted, long transferredIn, long died, long removed,
                            long expelled, long transferredOut) {
    }
}
