package vn.dangbo.records.agenda;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Reads and locks shared by the agenda, the speaking and their live sections (no caller checks here). */
final class AgendaRows {

    private AgendaRows() {
    }

    static List<AgendaItem> items(EntityManager em, long congressId) {
        return em.createQuery("select i from AgendaItem i where i.congressId = :c order by i.ordinal", AgendaItem.class)
                .setParameter("c", congressId).getResultList();
    }

    static Optional<AgendaItem> current(EntityManager em, long congressId) {
        return em.createQuery("select i from AgendaItem i where i.congressId = :c and i.status = :s", AgendaItem.class)
                .setParameter("c", congressId).setParameter("s", AgendaItemStatus.CURRENT)
                .getResultStream().findFirst();
    }

    static AgendaItem item(EntityManager em, long congressId, long itemId) {
        AgendaItem item = em.find(AgendaItem.class, itemId);
        if (item == null || item.congressId() != congressId) {
            throw new AgendaItemNotFound(itemId);
        }
        return item;
    }

    /** The one speech of the congress being given now, if any. */
    static Optional<Speech> speaking(EntityManager em, long congressId) {
        return em.createQuery("select s from Speech s where s.congressId = :c and s.status = :st", Speech.class)
                .setParameter("c", congressId).setParameter("st", SpeechStatus.SPEAKING).getResultStream().findFirst();
    }

    /**
     * Changes to one congress's live state are made one at a time (the congress row is the lock), so two
     * presidium members pressing "next" at once move the agenda one step each, never to two current items.
     */
    static void lock(EntityManager em, long congressId) {
        em.createNativeQuery("SELECT id FROM congress WHERE id = ? FOR UPDATE").setParameter(1, congressId)
                .getResultList();
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The accepted requests of an item, in queue order. */
    static List<Speech> queue(EntityManager em, long itemId) {
        return em.createQuery("""
                        select s from Speech s join fetch s.delegate d left join fetch d.group
                        where s.item.id = :i and s.status = :st order by s.position, s.id""", Speech.class)
                .setParameter("i", itemId).setParameter("st", SpeechStatus.ACCEPTED).getResultList();
    }

    /** Requests nobody has accepted or declined yet, on items not over. */
    static List<Speech> requests(EntityManager em, long congressId) {
        return em.createQuery("""
                        select s from Speech s join fetch s.item i join fetch s.delegate d left join fetch d.group
                        where s.congressId = :c and s.status = :st and i.status <> :done
                        order by i.ordinal, s.requestedAt, s.id""", Speech.class)
                .setParameter("c", congressId).setParameter("st", SpeechStatus.REQUESTED)
                .setParameter("done", AgendaItemStatus.DONE).getResultList();
    }

}
