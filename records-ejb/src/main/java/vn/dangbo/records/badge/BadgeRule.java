package vn.dangbo.records.badge;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import vn.dangbo.records.partyage.PartyAge;

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

    /** {@code dueOn} is the day the member becomes due: the day of the milestone, or earlier when {@code early}. */
    public record Due(int years, LocalDate reachedOn, LocalDate dueOn, LocalDate awardOn, boolean early) {
    }

    /**
     * Grounds for an early badge: a serious illness known since a date, with the advance the committee
     * allowed (12 or 24 months). A milestone becomes due {@code advanceMonths} before it is reached, but not
     * before the illness was known (a badge is not owed retroactively for a past period), and never later
     * than the milestone itself.
     */
    public record EarlyGrounds(LocalDate since, int advanceMonths) {
        LocalDate dueOn(LocalDate reached) {
            LocalDate early = reached.minusMonths(advanceMonths);
            LocalDate due = early.isBefore(since) ? since : early;
            return due.isAfter(reached) ? reached : due;
        }
    }

    /** The milestone reached between two dates (inclusive), if any; the latest one when several are. */
    public static Optional<Due> dueBetween(LocalDate admission, LocalDate from, LocalDate to) {
        return dueBetween(PartyAge.since(admission), null, from, to);
    }

    /**
     * The milestone that becomes due between two dates (inclusive), party age counted without interruptions,
     * early for a seriously ill member; the latest one when several are.
     */
    public static Optional<Due> dueBetween(PartyAge age, EarlyGrounds grounds, LocalDate from, LocalDate to) {
        Due found = null;
        for (int years : MILESTONES) {
            Optional<LocalDate> reached = age.reaches(years);
            if (reached.isEmpty()) {
                continue;
            }
            LocalDate dueOn = grounds == null ? reached.get() : grounds.dueOn(reached.get());
            if (!dueOn.isBefore(from) && !dueOn.isAfter(to)) {
                found = new Due(years, reached.get(), dueOn, occasionOnOrAfter(dueOn), dueOn.isBefore(reached.get()));
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
