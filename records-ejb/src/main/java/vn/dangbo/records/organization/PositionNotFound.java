package vn.dangbo.records.organization;

import vn.dangbo.records.shared.NotFound;

public class PositionNotFound extends NotFound {
    public PositionNotFound(long id) {
        super("position.notFound", id);
    }
}
