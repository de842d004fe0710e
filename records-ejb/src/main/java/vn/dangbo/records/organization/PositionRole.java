package vn.dangbo.records.organization;

import java.util.EnumSet;
import java.util.Set;

/**
 * Positions held in a unit: Bí thư, Phó Bí thư, Ủy viên Ban Thường vụ, Cấp ủy viên. Only the
 * secretary and the deputy manage the unit's members; a unit has one of each at a time.
 */
public enum PositionRole {
    SECRETARY, DEPUTY_SECRETARY, STANDING_COMMITTEE_MEMBER, COMMITTEE_MEMBER;

    public static final Set<PositionRole> MANAGING = EnumSet.of(SECRETARY, DEPUTY_SECRETARY);

    /** Appointing a secretary or deputy ends the predecessor's term; committees have many members. */
    public boolean single() {
        return MANAGING.contains(this);
    }
}
