package vn.dangbo.records.correction;

import vn.dangbo.records.shared.NotFound;

/** No such request, or another member's: members never learn of other people's requests. */
public class CorrectionNotFound extends NotFound {
    public CorrectionNotFound(long id) {
        super("correction.notFound", id);
    }
}
