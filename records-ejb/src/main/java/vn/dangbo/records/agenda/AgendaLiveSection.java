package vn.dangbo.records.agenda;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.dangbo.records.live.LiveSection;

/** The agenda on every screen: the same for the hall and the presidium. */
@Stateless
public class AgendaLiveSection implements LiveSection {

    @PersistenceContext
    EntityManager em;

    @Override
    public String name() {
        return "agenda";
    }

    @Override
    public LiveAgenda publicView(long congressId) {
        List<AgendaItem> items = AgendaRows.items(em, congressId);
        Long current = items.stream().filter(AgendaItem::current).map(AgendaItem::id).findFirst().orElse(null);
        return new LiveAgenda(current, items.stream().map(LiveAgenda.Line::of).toList());
    }
}
