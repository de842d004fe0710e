package vn.dangbo.records.merge;

import java.time.LocalDate;
import java.util.List;

/**
 * What the officer asks: merge these units (two or more, of one kind) into an existing unit (targetId, which may
 * be one of them) or into a new one (newName, under parentId or the first unit's parent), effective on a date by
 * a decision. keepSecretaryId / keepDeputyId settle which holder keeps a position held in several of the units.
 */
public record MergePlan(List<Long> unitIds, Long targetId, String newName, Long parentId, LocalDate effectiveOn,
                        String decisionNumber, String note, Long keepSecretaryId, Long keepDeputyId) {
}
