package vn.dangbo.records.member;

import java.util.EnumSet;
import java.util.Set;

/** The statuses of DOMAIN.md; a member who left keeps their dossier under one of the last four. */
public enum MemberStatus {
    PROBATIONARY, FULL, EXEMPT, TRANSFERRED_OUT, DECEASED, REMOVED, EXPELLED;

    /** Statuses a new dossier may start with; the others are reached through events. */
    public static final Set<MemberStatus> INITIAL = EnumSet.of(PROBATIONARY, FULL, EXEMPT);

    /** Members who still belong to a cell of the ward. */
    public static final Set<MemberStatus> ACTIVE = EnumSet.of(PROBATIONARY, FULL, EXEMPT);

    public boolean active() {
        return ACTIVE.contains(this);
    }
}
