package vn.dangbo.records.organization;

import vn.dangbo.records.shared.NotFound;

public class UnitNotFound extends NotFound {
    public UnitNotFound(long id) {
        super("unit.notFound", id);
    }
}
