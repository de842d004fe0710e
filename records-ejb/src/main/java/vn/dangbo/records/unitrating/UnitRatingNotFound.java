package vn.dangbo.records.unitrating;

import vn.dangbo.records.shared.NotFound;

public class UnitRatingNotFound extends NotFound {
    public UnitRatingNotFound(long id) {
        super("unitRating.notFound", id);
    }
}
