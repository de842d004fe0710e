package vn.dangbo.records.organization;

import vn.dangbo.records.shared.Conflict;

/** A change to the tree that the organisation's rules forbid (a cell under a cell, a loop, a dissolved parent). */
public class UnitRuleViolation extends Conflict {
    public UnitRuleViolation(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
