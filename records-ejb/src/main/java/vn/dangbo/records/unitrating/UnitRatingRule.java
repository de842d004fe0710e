package vn.dangbo.records.unitrating;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dangbo.records.rating.Grade;
import vn.dangbo.records.rating.RatingRule;
import vn.dangbo.records.shared.InvalidField;

/**
 * The rules of a party organisation's yearly rating, pure so they can be tested alone: the grade a score allows
 * under the ward's thresholds, and the limits the organisation's own members' ratings set on it.
 */
public final class UnitRatingRule {

    /**
     * The default criteria of the "Chi bộ bốn tốt" model as Nghị quyết 21-NQ/TW (2022) and the plans that carry
     * it out word them; a ward that words its "4 tốt" otherwise edits them per year before the ratings start.
     */
    public static final List<CriterionDraft> DEFAULT_CRITERIA = List.of(
            new CriterionDraft("Lãnh đạo hoàn thành tốt nhiệm vụ chính trị", 25),
            new CriterionDraft("Chất lượng sinh hoạt tốt", 25),
            new CriterionDraft("Đoàn kết, kỷ luật tốt", 25),
            new CriterionDraft("Cán bộ, đảng viên tốt", 25));

    /** The ward's defaults, in percent of the year's total points, the same steps as the members' ratings. */
    public static final Thresholds DEFAULT_THRESHOLDS = new Thresholds(
            RatingRule.EXCELLENT_FROM, RatingRule.GOOD_FROM, RatingRule.COMPLETED_FROM);

    public static final int MAX_CRITERIA = 20;
    public static final int MAX_CRITERION_POINTS = 100;

    private UnitRatingRule() {
    }

    /** A criterion as the ward words it: a title and the most points it gives. */
    public record CriterionDraft(String title, int maxPoints) {
    }

    /** The lowest share of the total points (in percent) each grade needs. */
    public record Thresholds(int excellentFrom, int goodFrom, int completedFrom) {

        /** The thresholds' problems: each between 1 and 100, strictly rising from completed to excellent. */
        public List<InvalidField> problems() {
            List<InvalidField> out = new ArrayList<>();
            if (excellentFrom < 1 || excellentFrom > 100) {
                out.add(new InvalidField("excellentFrom", "unitRating.threshold"));
            }
            if (goodFrom < 1 || goodFrom > 100) {
                out.add(new InvalidField("goodFrom", "unitRating.threshold"));
            }
            if (completedFrom < 1 || completedFrom > 100) {
                out.add(new InvalidField("completedFrom", "unitRating.threshold"));
            }
            if (out.isEmpty() && !(completedFrom < goodFrom && goodFrom < excellentFrom)) {
                out.add(new InvalidField("goodFrom", "unitRating.thresholdOrder"));
            }
            return out;
        }

        /** The share a grade needs, in percent. */
        public int minimumPercent(Grade g) {
            return switch (g) {
                case EXCELLENT -> excellentFrom;
                case GOOD -> goodFrom;
                case COMPLETED -> completedFrom;
                case NOT_COMPLETED -> 0;
            };
        }
    }

    /** The best grade {@code score} out of {@code max} allows (integer arithmetic: 89.5% is not 90%). */
    public static Grade gradeFor(int score, int max, Thresholds t) {
        if (max <= 0) {
            throw new IllegalArgumentException("max > 0");
        }
        if (reaches(score, max, t.excellentFrom())) {
            return Grade.EXCELLENT;
        }
        if (reaches(score, max, t.goodFrom())) {
            return Grade.GOOD;
        }
        return reaches(score, max, t.completedFrom()) ? Grade.COMPLETED : Grade.NOT_COMPLETED;
    }

    /** The points out of {@code max} a grade needs at least (rounded up). */
    public static int minimumPoints(Grade g, int max, Thresholds t) {
        return (int) Math.ceil(t.minimumPercent(g) * max / 100.0);
    }

    private static boolean reaches(int score, int max, int percent) {
        return score * 100L >= (long) percent * max;
    }

    /** The members of the organisation counted by their rating for the year (returned ones left out). */
    public record MemberGrades(long excellent, long good, long completed, long notCompleted) {

        public long rated() {
            return excellent + good + completed + notCompleted;
        }

        public long goodOrBetter() {
            return excellent + good;
        }
    }

    /** A limit the rating would break: the message key and its figures, for a refusal that names them. */
    public record Breach(String messageKey, Object... figures) {
    }

    /**
     * The limits an organisation's rating must keep, whatever grade it is given: its members rated excellent may
     * be at most the share {@link RatingRule} allows of those rated good or better (the members' own rule, not a
     * copy of it); and it may be rated excellent only when none of its members is rated not completed.
     */
    public static Optional<Breach> breach(Grade unitGrade, MemberGrades members) {
        if (!RatingRule.withinExcellentLimit(members.excellent(), members.goodOrBetter())) {
            return Optional.of(new Breach("unitRating.excellentShare",
                    RatingRule.MAX_EXCELLENT_PERCENT_OF_GOOD_OR_BETTER, members.excellent(), members.goodOrBetter(),
                    percent(members.excellent(), members.goodOrBetter())));
        }
        if (unitGrade == Grade.EXCELLENT && members.notCompleted() > 0) {
            return Optional.of(new Breach("unitRating.memberNotCompleted", members.notCompleted()));
        }
        return Optional.empty();
    }

    /** One decimal, as the refusals and statistics print it. */
    public static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
