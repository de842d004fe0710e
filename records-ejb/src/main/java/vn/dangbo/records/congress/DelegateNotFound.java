package vn.dangbo.records.congress;

import vn.dangbo.records.shared.NotFound;

public class DelegateNotFound extends NotFound {
    public DelegateNotFound(long id) {
        super("congress.delegate.notFound", id);
    }
}
