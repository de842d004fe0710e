package vn.dangbo.records.exchange;

import vn.dangbo.records.shared.NotFound;

public class ImportNotFound extends NotFound {
    public ImportNotFound(long id) {
        super("import.notFound", id);
    }
}
