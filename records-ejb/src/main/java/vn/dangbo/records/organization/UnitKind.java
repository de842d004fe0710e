package vn.dangbo.records.organization;

/** Đảng bộ phường (the root of one installation), Đảng bộ bộ phận, Chi bộ. */
public enum UnitKind {
    WARD, SUB, CELL;

    /** A ward holds sub-committees and cells; a sub-committee holds cells; a cell holds members only. */
    public boolean mayContain(UnitKind child) {
        return switch (this) {
            case WARD -> child == SUB || child == CELL;
            case SUB -> child == CELL;
            case CELL -> false;
        };
    }
}
