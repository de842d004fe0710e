package vn.dangbo.records.account;

import vn.dangbo.records.shared.Unavailable;

/** Keycloak did not answer, or refused the application's service account. */
public class DirectoryUnavailable extends Unavailable {
    public DirectoryUnavailable() {
        super("account.directoryUnavailable");
    }
}
