package vn.dangbo.records.fee;

import vn.dangbo.records.shared.NotFound;

public class FeePaymentNotFound extends NotFound {
    public FeePaymentNotFound(long id) {
        super("fee.paymentNotFound", id);
    }
}
