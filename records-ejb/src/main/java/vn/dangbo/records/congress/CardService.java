package vn.dangbo.records.congress;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.shared.InvalidField;

/**
 * Delegate cards printed in batches by the organising board. A batch is a slice of the congress's list in its
 * Vietnamese order (or of one discussion group's), so "from 100, 100 cards" names the same people however often
 * it is printed; withdrawn delegates keep their place in that order but get no card (it would be refused).
 */
@Stateless
public class CardService {

    public static final int MAX_BATCH = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    CongressAccess access;

    @Inject
    CongressService congresses;

    @Inject
    AuditLog audit;

    public record Batch(Congress congress, List<CardSheet.Face> cards) {
    }

    public Batch batch(long congressId, Integer from, Integer size, Long groupId) {
        access.requireOrganiser();
        Congress c = congresses.find(congressId);
        int start = from == null ? 0 : from;
        int count = size == null ? MAX_BATCH : size;
        if (start < 0) {
            throw new InvalidField("from", "congress.cards.from");
        }
        if (count < 1 || count > MAX_BATCH) {
            throw new InvalidField("size", "congress.cards.size", MAX_BATCH);
        }
        if (groupId != null) {
            DiscussionGroup g = em.find(DiscussionGroup.class, groupId);
            if (g == null || g.congressId() != congressId) {
                throw new InvalidField("groupId", "congress.group.notInCongress");
            }
        }
        List<Delegate> slice = congresses.delegates(congressId).stream()
                .filter(d -> groupId == null || d.group() != null && groupId.equals(d.group().id()))
                .skip(start).limit(count)
                .filter(d -> d.status() == DelegateStatus.CONVENED)
                .toList();
        if (slice.isEmpty()) {
            throw new InvalidField("from", "congress.cards.none");
        }
        Map<Long, byte[]> photos = new HashMap<>();
        em.createQuery("select p from DelegatePhoto p where p.delegateId in :ids", DelegatePhoto.class)
                .setParameter("ids", slice.stream().map(Delegate::id).toList())
                .getResultList().forEach(p -> photos.put(p.delegateId(), p.photo()));
        List<CardSheet.Face> faces = slice.stream().map(d -> new CardSheet.Face(d.fullName(), d.kind(),
                d.delegation(), d.seat(), d.group() == null ? null : d.group().name(),
                CardToken.sign(c.cardKey(), c.id(), d.id(), d.cardVersion()), photos.get(d.id()))).toList();
        audit.record(AuditAction.CONGRESS_CARDS_PRINTED, "congress", c.id(), faces.size() + " cards from " + start
                + (groupId == null ? "" : " of group " + groupId));
        return new Batch(c, faces);
    }
}
