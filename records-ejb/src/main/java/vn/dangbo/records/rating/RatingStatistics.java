package vn.dangbo.records.rating;

import java.util.List;

/**
 * A cell's ratings for a year, counted by grade (proposed and approved; returned ones are being redone).
 * {@code overExcellentLimit}: excellent members exceed {@code limitPercent} of those rated good or better.
 */
public record RatingStatistics(long cellId, String cellName, int year, int members, int rated, int approved,
                               List<GradeCount> grades, double excellentPercentOfGoodOrBetter, int limitPercent,
                               boolean overExcellentLimit) {

    /** {@code percent}: the grade's share of the rated members, one decimal. */
    public record GradeCount(Grade grade, int count, int approved, double percent) {
    }
}
