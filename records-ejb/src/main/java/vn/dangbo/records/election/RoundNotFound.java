package vn.dangbo.records.election;

import vn.dangbo.records.shared.NotFound;

public class RoundNotFound extends NotFound {
    public RoundNotFound(int number) {
        super("election.round.notFound", number);
    }
}
