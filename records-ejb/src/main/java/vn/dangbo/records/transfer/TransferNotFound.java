package vn.dangbo.records.transfer;

import vn.dangbo.records.shared.NotFound;

public class TransferNotFound extends NotFound {
    public TransferNotFound(long id) {
        super("transfer.notFound", id);
    }
}
