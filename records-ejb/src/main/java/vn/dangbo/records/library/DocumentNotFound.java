package vn.dangbo.records.library;

import vn.dangbo.records.shared.NotFound;

/** No such document, or one withdrawn and asked for by someone who is not an officer. */
public class DocumentNotFound extends NotFound {
    public DocumentNotFound(long id) {
        super("library.notFound", id);
    }
}
