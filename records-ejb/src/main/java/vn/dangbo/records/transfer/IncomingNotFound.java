package vn.dangbo.records.transfer;

import vn.dangbo.records.shared.NotFound;

public class IncomingNotFound extends NotFound {
    public IncomingNotFound(long id) {
        super("incoming.notFound", id);
    }
}
