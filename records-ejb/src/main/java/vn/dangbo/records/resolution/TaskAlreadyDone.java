package vn.dangbo.records.resolution;

import vn.dangbo.records.shared.Conflict;

/** A done task takes no more reports: its completing report and evidence are the record. */
public class TaskAlreadyDone extends Conflict {
    public TaskAlreadyDone(long id) {
        super("resolution.task.alreadyDone", id);
    }
}
