package vn.dangbo.records.merge;

import java.time.LocalDate;
import java.util.List;

/**
 * What the officer asks: split this cell or committee into the parts named, effective on a date by a decision.
 * A cell's parts list its members; a committee's parts list its sub-units. Every one must go to exactly one part.
 * The new units sit where the split unit sat; the first part takes the meetings already planned.
 */
public record SplitPlan(Long unitId, LocalDate effectiveOn, String decisionNumber, String note, List<Part> parts) {

    public record Part(String name, List<Long> memberIds, List<Long> subUnitIds) {
    }
}
