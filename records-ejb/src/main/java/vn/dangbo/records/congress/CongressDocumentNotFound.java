package vn.dangbo.records.congress;

import vn.dangbo.records.shared.NotFound;

public class CongressDocumentNotFound extends NotFound {
    public CongressDocumentNotFound(long id) {
        super("congress.document.notFound", id);
    }
}
