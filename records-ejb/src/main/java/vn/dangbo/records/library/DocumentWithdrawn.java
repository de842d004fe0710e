package vn.dangbo.records.library;

import vn.dangbo.records.shared.Conflict;

/** The document was already withdrawn: maps to 409. */
public class DocumentWithdrawn extends Conflict {
    public DocumentWithdrawn() {
        super("library.alreadyWithdrawn");
    }
}
