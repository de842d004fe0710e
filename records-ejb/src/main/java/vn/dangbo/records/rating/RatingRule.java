package vn.dangbo.records.rating;

/** The thresholds and limits of the annual rating, in one place so the ward can see and change them. */
public final class RatingRule {

    /*
     * The ward's defaults for turning a 100-point score into a grade (Quy định 366-QĐ/TW leaves the scoring
     * grid to each committee): excellent from 90 (and only when the cell finds the extra conditions met),
     * good from 70, completed from 50, below that not completed.
     */
    public static final int EXCELLENT_FROM = 90;
    public static final int GOOD_FROM = 70;
    public static final int COMPLETED_FROM = 50;
    public static final int MAX_SCORE = 100;

    /**
     * Members rated excellent may be at most this share of those rated good or better in a cell and year:
     * the common limit committees apply to "Hoàn thành xuất sắc nhiệm vụ".
     */
    public static final int MAX_EXCELLENT_PERCENT_OF_GOOD_OR_BETTER = 20;

    private RatingRule() {
    }

    /** The best grade a score allows; excellent also needs the conditions met. */
    public static Grade gradeFor(int score, boolean conditionsMet) {
        if (score >= EXCELLENT_FROM && conditionsMet) {
            return Grade.EXCELLENT;
        }
        if (score >= GOOD_FROM) {
            return Grade.GOOD;
        }
        return score >= COMPLETED_FROM ? Grade.COMPLETED : Grade.NOT_COMPLETED;
    }

    /** Whether {@code excellent} members out of {@code goodOrBetter} (excellent included) stay within the limit. */
    public static boolean withinExcellentLimit(long excellent, long goodOrBetter) {
        return excellent * 100 <= MAX_EXCELLENT_PERCENT_OF_GOOD_OR_BETTER * goodOrBetter;
    }
}
