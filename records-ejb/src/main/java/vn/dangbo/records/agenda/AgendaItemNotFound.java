package vn.dangbo.records.agenda;

import vn.dangbo.records.shared.NotFound;

public class AgendaItemNotFound extends NotFound {
    public AgendaItemNotFound(long id) {
        super("congress.agenda.notFound", id);
    }
}
