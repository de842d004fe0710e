package vn.dangbo.records.account;

import vn.dangbo.records.shared.Conflict;

/** Keycloak refused the login name: someone took it between the check and the creation. */
public class UsernameTaken extends Conflict {
    public UsernameTaken(String username) {
        super("account.usernameTaken", username);
    }
}
