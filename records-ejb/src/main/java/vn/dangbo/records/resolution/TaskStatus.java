package vn.dangbo.records.resolution;

/** Where a task stands today; see {@link TaskSchedule#status} for the rule. */
public enum TaskStatus {
    DONE, ON_TIME, AT_RISK, OVERDUE
}
