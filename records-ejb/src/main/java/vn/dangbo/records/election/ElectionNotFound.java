package vn.dangbo.records.election;

import vn.dangbo.records.shared.NotFound;

public class ElectionNotFound extends NotFound {
    public ElectionNotFound(long id) {
        super("election.notFound", id);
    }
}
