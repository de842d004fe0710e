package vn.dangbo.records.audit;

import vn.dangbo.records.shared.Unavailable;

/** The database did not answer while the chain was being sealed or checked; the check can be run again. */
public class AuditChainUnavailable extends Unavailable {
    public AuditChainUnavailable() {
        super("audit.chainUnavailable");
    }
}
