package vn.dangbo.records.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dangbo.records.member.MembershipEnded;

/**
 * Switches the handbook login off once a death, removal, expulsion or transfer out is committed; a
 * rolled-back decision leaves the login alone. Failing here must never fail the decision itself.
 */
@ApplicationScoped
public class MembershipEndedListener {

    private static final Logger LOG = Logger.getLogger(MembershipEndedListener.class.getName());

    @Inject
    HandbookAccountService accounts;

    void onEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) MembershipEnded event) {
        try {
            accounts.membershipEnded(event);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "handbook login of member " + event.memberId() + " not disabled", e);
        }
    }
}
