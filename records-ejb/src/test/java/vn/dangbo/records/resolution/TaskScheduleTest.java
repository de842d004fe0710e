package vn.dangbo.records.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskScheduleTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    /** 100 days after the start. */
    private static final LocalDate DEADLINE = LocalDate.of(2026, 4, 11);

    private static TaskSchedule at(int percent, boolean done) {
        return new TaskSchedule(START, DEADLINE, percent, done);
    }

    @Test
    void theExpectedShareGrowsLinearlyFromStartToDeadline() {
        assertEquals(0, at(0, false).expectedPercent(START.minusDays(5)));
        assertEquals(0, at(0, false).expectedPercent(START));
        assertEquals(50, at(0, false).expectedPercent(START.plusDays(50)));
        // Rounded down: 99.x % is 99 until the deadline day.
        assertEquals(99, at(0, false).expectedPercent(DEADLINE.minusDays(1)));
        assertEquals(100, at(0, false).expectedPercent(DEADLINE));
        assertEquals(100, at(0, false).expectedPercent(DEADLINE.plusDays(3)));
        assertEquals(100, new TaskSchedule(START, START, 0, false).expectedPercent(START));
    }

    @Test
    void aDoneTaskIsDoneWhateverTheDate() {
        assertEquals(TaskStatus.DONE, at(100, true).status(DEADLINE.plusDays(30)));
        assertEquals(TaskStatus.DONE, at(100, true).status(START));
    }

    @Test
    void overdueTheDayAfterTheDeadlineNotOnIt() {
        assertEquals(TaskStatus.OVERDUE, at(99, false).status(DEADLINE.plusDays(1)));
        // On the deadline day it is still in time, but behind the line: at risk.
        assertEquals(TaskStatus.AT_RISK, at(99, false).status(DEADLINE));
        // Reported 100 % without a completing report (no evidence): not done, so overdue once the day has passed.
        assertEquals(TaskStatus.OVERDUE, at(100, false).status(DEADLINE.plusDays(1)));
        assertEquals(TaskStatus.ON_TIME, at(100, false).status(DEADLINE));
    }

    @Test
    void atRiskOnlyWithinFourteenDaysAndBelowTheLine() {
        LocalDate fourteenLeft = DEADLINE.minusDays(14); // expected 86 %
        assertEquals(86, at(0, false).expectedPercent(fourteenLeft));
        assertEquals(TaskStatus.AT_RISK, at(85, false).status(fourteenLeft));
        assertEquals(TaskStatus.ON_TIME, at(86, false).status(fourteenLeft));
        // Fifteen days left: far behind, but not flagged yet.
        assertEquals(TaskStatus.ON_TIME, at(0, false).status(DEADLINE.minusDays(15)));
    }

    @Test
    void countsAndSharesByStatus() {
        TaskCounts c = TaskCounts.of(List.of(TaskStatus.DONE, TaskStatus.DONE, TaskStatus.ON_TIME,
                TaskStatus.AT_RISK, TaskStatus.OVERDUE, TaskStatus.OVERDUE));
        assertEquals(new TaskCounts(6, 2, 1, 1, 2), c);
        assertEquals(33.3, c.share(c.done()));
        assertEquals(16.7, c.share(c.atRisk()));
        assertEquals(0, TaskCounts.of(List.of()).share(0));
    }
}
