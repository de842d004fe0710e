package vn.dangbo.records.congress;

import vn.dangbo.records.shared.NotFound;

public class SessionNotFound extends NotFound {
    public SessionNotFound(long id) {
        super("congress.session.notFound", id);
    }
}
