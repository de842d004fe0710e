package vn.dangbo.records.resolution;

import java.util.Collection;

/** How many tasks are in each status, and each count's share of the total in percent (one decimal). */
public record TaskCounts(int total, int done, int onTime, int atRisk, int overdue) {

    public static TaskCounts of(Collection<TaskStatus> statuses) {
        int d = 0, o = 0, r = 0, l = 0;
        for (TaskStatus s : statuses) {
            switch (s) {
                case DONE -> d++;
                case ON_TIME -> o++;
                case AT_RISK -> r++;
                case OVERDUE -> l++;
            }
        }
        return new TaskCounts(statuses.size(), d, o, r, l);
    }

    public double share(int count) {
        return total == 0 ? 0 : Math.round(1000.0 * count / total) / 10.0;
    }
}
