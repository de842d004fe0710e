package vn.dangbo.records.merge;

import java.util.List;
import vn.dangbo.records.merge.MergePreview.Conflict;
import vn.dangbo.records.merge.MergePreview.HeldPosition;
import vn.dangbo.records.merge.MergePreview.MovingMember;

/**
 * What a split would do, shown before it is applied: per part what it receives, the positions that end because
 * their holder goes to no part, and the conflicts that stop it. Applying the same plan does exactly this.
 */
public record SplitPreview(long unitId, String unitName, String kind, List<PartMoves> parts,
                           List<HeldPosition> ending, List<Conflict> conflicts, int plannedMeetings) {

    /** One new unit: its members, sub-units and the positions its people carry over; the first takes the meetings. */
    public record PartMoves(String name, List<MovingMember> members, List<String> subUnits,
                            List<HeldPosition> positions, boolean takesMeetings) {
    }

    public boolean applicable() {
        return conflicts.isEmpty();
    }
}
