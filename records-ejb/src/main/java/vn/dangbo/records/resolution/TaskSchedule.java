package vn.dangbo.records.resolution;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The rule that says whether a task is done, on time, at risk or overdue.
 *
 * <p>The expected share on a day is linear over the task's time: 0 % on its start date, 100 % on its deadline,
 * {@code floor(100 × days elapsed since the start / days from start to deadline)} in between (a task that starts
 * and ends on the same day expects 100 % that day).
 * <ul>
 *   <li>DONE: a report completed it (marked done, or reached the target, with evidence), whatever the date;</li>
 *   <li>OVERDUE: not done and the deadline has passed (the deadline day itself is still in time);</li>
 *   <li>AT_RISK: not done, the deadline is at most {@value #AT_RISK_WITHIN_DAYS} days away, and the reported
 *       progress is below the expected share;</li>
 *   <li>ON_TIME: everything else.</li>
 * </ul>
 * Far from the deadline a task behind the line is not yet flagged: the cells report monthly, and a task that
 * started slowly has time to catch up; two weeks before the end it no longer has.
 */
public record TaskSchedule(LocalDate startsOn, LocalDate deadline, int percent, boolean done) {

    public static final int AT_RISK_WITHIN_DAYS = 14;

    public int expectedPercent(LocalDate today) {
        if (!today.isBefore(deadline)) {
            return 100;
        }
        if (!today.isAfter(startsOn)) {
            return 0;
        }
        long total = ChronoUnit.DAYS.between(startsOn, deadline);
        long elapsed = ChronoUnit.DAYS.between(startsOn, today);
        return (int) (100 * elapsed / total);
    }

    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadline);
    }

    public TaskStatus status(LocalDate today) {
        if (done) {
            return TaskStatus.DONE;
        }
        if (today.isAfter(deadline)) {
            return TaskStatus.OVERDUE;
        }
        if (daysLeft(today) <= AT_RISK_WITHIN_DAYS && percent < expectedPercent(today)) {
            return TaskStatus.AT_RISK;
        }
        return TaskStatus.ON_TIME;
    }
}
