package vn.dangbo.records.organization;

import java.util.EnumSet;
import java.util.Set;

/**
 * Positions held in a unit: Bí thư, Phó Bí thư, Ủy viên Ban Thường vụ, Cấp ủy viên, and the mandates a congress
 * gives besides: Chủ nhiệm and Ủy viên Ủy ban Kiểm tra, Đại biểu dự Đại hội cấp trên. Only the secretary and the
 * deputy manage the unit's members; a unit has one of each at a time.
 */
public enum PositionRole {
    SECRETARY, DEPUTY_SECRETARY, STANDING_COMMITTEE_MEMBER, COMMITTEE_MEMBER,
    INSPECTION_HEAD, INSPECTION_MEMBER, HIGHER_DELEGATE;

    public static final Set<PositionRole> MANAGING = EnumSet.of(SECRETARY, DEPUTY_SECRETARY);

    /** Appointing a secretary or deputy ends the predecessor's term; committees have many members. */
    public boolean single() {
        return MANAGING.contains(this);
    }
}
