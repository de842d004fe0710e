package vn.dangbo.records.account;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Retries disabling logins Keycloak could not be told about. Not persistent: every instance runs it,
 * and the row locks keep two instances from handling the same account.
 */
@Singleton
public class AccountClock {

    private static final Logger LOG = Logger.getLogger(AccountClock.class.getName());

    @Inject
    HandbookAccountService accounts;

    @Schedule(hour = "*", minute = "*/2", persistent = false)
    void tick() {
        int done = accounts.retryPendingDisables();
        if (done > 0) {
            LOG.info(() -> done + " handbook logins disabled after Keycloak came back");
        }
    }
}
