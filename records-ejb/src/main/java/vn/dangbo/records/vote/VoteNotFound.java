package vn.dangbo.records.vote;

import vn.dangbo.records.shared.NotFound;

public class VoteNotFound extends NotFound {
    public VoteNotFound(long id) {
        super("congress.vote.notFound", id);
    }
}
