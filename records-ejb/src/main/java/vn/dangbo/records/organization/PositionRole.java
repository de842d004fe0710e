package vn.dangbo.records.organization;

/** Bí thư, Phó Bí thư: the positions that give a member the management of a unit's members. */
public enum PositionRole {
    SECRETARY, DEPUTY_SECRETARY
}
