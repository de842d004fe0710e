package vn.dangbo.records.resolution;

/** A task as lists show it, with its status today and the names of who answers for it. */
public record TaskLine(ResolutionTask task, Resolution resolution, String unitName, String memberName,
                       TaskStatus status, int expectedPercent, long daysLeft, String lastNote) {
}
