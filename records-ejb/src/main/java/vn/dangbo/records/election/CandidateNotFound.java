package vn.dangbo.records.election;

import vn.dangbo.records.shared.NotFound;

public class CandidateNotFound extends NotFound {
    public CandidateNotFound(long id) {
        super("election.candidate.notFound", id);
    }
}
