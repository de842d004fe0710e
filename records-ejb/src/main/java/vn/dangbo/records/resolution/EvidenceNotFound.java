package vn.dangbo.records.resolution;

import vn.dangbo.records.shared.NotFound;

/** No such record, or one the caller may not know of: members never learn of other people's tasks. */
public class EvidenceNotFound extends NotFound {
    public EvidenceNotFound(long id) {
        super("resolution.evidence.notFound", id);
    }
}
