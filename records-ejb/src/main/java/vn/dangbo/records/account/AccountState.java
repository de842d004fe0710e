package vn.dangbo.records.account;

/**
 * ACTIVE: the member can sign in. DISABLE_PENDING: the membership ended but the sign-in service
 * could not be told yet; a timer keeps trying. DISABLED: the login is switched off in Keycloak.
 */
public enum AccountState {
    ACTIVE, DISABLE_PENDING, DISABLED
}
