package vn.dangbo.records.agenda;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.dangbo.records.live.LiveSection;

/** Who has the floor and who is next; the presidium also sees the requests it has not decided on. */
@Stateless
public class SpeakingLiveSection implements LiveSection {

    @PersistenceContext
    EntityManager em;

    @Override
    public String name() {
        return "speaking";
    }

    @Override
    public LiveSpeaking publicView(long congressId) {
        return view(congressId, false);
    }

    @Override
    public LiveSpeaking presidiumView(long congressId) {
        return view(congressId, true);
    }

    private LiveSpeaking view(long congressId, boolean presidium) {
        Long itemId = AgendaRows.current(em, congressId).map(AgendaItem::id).orElse(null);
        LiveSpeaking.Speaker current = AgendaRows.speaking(em, congressId).map(LiveSpeaking.Speaker::of).orElse(null);
        List<LiveSpeaking.Speaker> queue = itemId == null ? List.of()
                : AgendaRows.queue(em, itemId).stream().map(LiveSpeaking.Speaker::of).toList();
        List<LiveSpeaking.Speaker> requests = presidium
                ? AgendaRows.requests(em, congressId).stream().map(LiveSpeaking.Speaker::of).toList() : null;
        return new LiveSpeaking(AgendaRows.now(), itemId, current, queue, requests);
    }
}
