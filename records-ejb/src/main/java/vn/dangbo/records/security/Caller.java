package vn.dangbo.records.security;

import java.util.Optional;
import java.util.Set;

/**
 * Who is asking and what they may see. The role comes from the token; the units come from the
 * records: the positions the caller's member holds today, with every unit below them.
 *
 * @param managedUnitIds units whose members the caller manages (for a secretary: their cells, or a
 *                       sub-committee and its cells); empty for officers, who see the whole ward
 */
public record Caller(String username, Set<String> roles, Optional<Long> memberId, Set<Long> managedUnitIds) {

    public static final String ADMIN = "admin";
    public static final String OFFICER = "officer";
    public static final String SECRETARY = "secretary";
    public static final String MEMBER = "member";
    public static final String DELEGATE = "delegate";

    public Caller {
        roles = Set.copyOf(roles);
        managedUnitIds = Set.copyOf(managedUnitIds);
    }

    /** Party-building officers (and administrators) keep the dossiers of the whole ward. */
    public boolean wholeWard() {
        return roles.contains(OFFICER) || roles.contains(ADMIN);
    }

    /** A secretary manages units only while they hold a position there and have the role. */
    public boolean managesAnything() {
        return wholeWard() || roles.contains(SECRETARY) && !managedUnitIds.isEmpty();
    }

    public boolean manages(long cellId) {
        return wholeWard() || roles.contains(SECRETARY) && managedUnitIds.contains(cellId);
    }

    public boolean isMember(long memberId) {
        return this.memberId.isPresent() && this.memberId.get() == memberId;
    }

    public boolean mayRead(long memberId, long cellId) {
        return manages(cellId) || isMember(memberId);
    }

    /** Refuses a dossier the caller may not read: outside their units, or not their own. */
    public void requireMayRead(long memberId, long cellId) {
        if (!mayRead(memberId, cellId)) {
            throw managesAnything() ? new OutsideYourUnit() : new NotAllowed("access.notYourDossier");
        }
    }

    public void requireWholeWard() {
        if (!wholeWard()) {
            throw new NotAllowed("access.officersOnly");
        }
    }

    public void requireManages(long cellId) {
        if (!manages(cellId)) {
            throw new OutsideYourUnit();
        }
    }

    public void requireManagesAnything() {
        if (!managesAnything()) {
            throw new NotAllowed("access.noUnit");
        }
    }
}
