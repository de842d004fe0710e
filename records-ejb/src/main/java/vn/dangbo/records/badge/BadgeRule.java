package vn.dangbo.records.badge;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/**
 * Huy hiệu Đảng: awarded at 30, 40, 45 … 90 years of party age, on one of the four occasions of the
 * year (3/2, 19/5, 2/9, 7/11) on or after the day the member reaches the milestone.
 */
public final class BadgeRule {

    public static final List<Integer> MILESTONES = List.of(30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90);
    static final List<MonthDay> OCCASIONS = List.of(MonthDay.of(2, 3), MonthDay.of(5, 19), MonthDay.of(9, 2),
            MonthDay.of(11, 7));

    private BadgeRule() {
    }

    public record Due(int years, LocalDate reachedOn, LocalDate awardOn) {
    }

    /** The milestone reached between two dates (inclusive), if any; the latest one when several are. */
    public static Optional<Due> dueBetween(LocalDate admission, LocalDate from, LocalDate to) {
        Due found = null;
        for (int years : MILESTONES) {
            LocalDate reached = admission.plusYears(years);
            if (!reached.isBefore(from) && !reached.isAfter(to)) {
                found = new Due(years, reached, occasionOnOrAfter(reached));
            }
        }
        return Optional.ofNullable(found);
    }

    static LocalDate occasionOnOrAfter(LocalDate day) {
        for (int year = day.getYear(); ; year++) {
            for (MonthDay occasion : OCCASIONS) {
                LocalDate d = occasion.atYear(year);
                if (!d.isBefore(day)) {
                    return d;
                }
            }
        }
    }
}
