package vn.dangbo.records.congress;

import vn.dangbo.records.shared.NotFound;

public class CongressNotFound extends NotFound {
    public CongressNotFound(long id) {
        super("congress.notFound", id);
    }
}
