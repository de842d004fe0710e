package vn.dangbo.records.rating;

import vn.dangbo.records.shared.NotFound;

public class RatingNotFound extends NotFound {
    public RatingNotFound(long id) {
        super("rating.notFound", id);
    }
}
