package vn.dangbo.records.transfer;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Confirmed transfers dated in the future take effect on their date. Not persistent: every instance
 * runs it, and the row locks in completeDue keep two instances from completing the same transfer.
 */
@Singleton
public class TransferClock {

    private static final Logger LOG = Logger.getLogger(TransferClock.class.getName());

    @Inject
    TransferService transfers;

    @Inject
    WardTransferService wardTransfers;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void tick() {
        int done = transfers.completeDue();
        if (done > 0) {
            LOG.info(() -> done + " transfers took effect");
        }
        int out = wardTransfers.completeDueOut();
        if (out > 0) {
            LOG.info(() -> out + " transfers out of the ward took effect");
        }
    }
}
