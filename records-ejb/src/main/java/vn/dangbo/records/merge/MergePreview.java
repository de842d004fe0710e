package vn.dangbo.records.merge;

import java.util.List;

/**
 * What a merge would do, shown before it is applied: per unit what moves, and the conflicts that stop it.
 * Applying the same plan does exactly this, or nothing when a conflict remains.
 */
public record MergePreview(String successorName, boolean successorCreated, List<UnitMoves> units,
                           List<Conflict> conflicts, int members, int subUnits, int positions, int meetings) {

    /** One merged unit: its members (names listed), its sub-units, the positions held now, planned meetings. */
    public record UnitMoves(long unitId, String name, String kind, boolean kept, List<MovingMember> members,
                            List<String> subUnits, List<HeldPosition> positions, int plannedMeetings) {
    }

    public record MovingMember(long memberId, String fullName) {
    }

    public record HeldPosition(long positionId, long memberId, String fullName, String role, String unitName) {
    }

    /** code: a message key (with count); who: the members or positions concerned. */
    public record Conflict(String code, int count, List<String> who) {
    }

    public boolean applicable() {
        return conflicts.isEmpty();
    }
}
