package vn.dangbo.api;

import vn.dangbo.records.security.Caller;

/** Role groups for @RolesAllowed; the fine scope is decided by the services from the records. */
public final class Roles {
    public static final String ADMIN = Caller.ADMIN;
    public static final String OFFICER = Caller.OFFICER;
    public static final String SECRETARY = Caller.SECRETARY;
    public static final String MEMBER = Caller.MEMBER;
    public static final String DELEGATE = Caller.DELEGATE;

    private Roles() {
    }
}
