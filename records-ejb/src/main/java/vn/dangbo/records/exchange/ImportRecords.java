package vn.dangbo.records.exchange;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dangbo.records.member.Member;
import vn.dangbo.records.organization.PartyUnit;
import vn.dangbo.records.organization.UnitKind;
import vn.dangbo.records.shared.VietnameseText;

/**
 * The planner's view of the records, read once per run: every dossier's keys (150,000 pairs are a few
 * megabytes, against one query per row), every unit, and matched dossiers a chunk at a time.
 */
final class ImportRecords implements ImportPlanner.Records {

    private final EntityManager em;
    private final Map<String, Long> byCitizenId = new HashMap<>();
    private final Map<String, Long> byPartyCard = new HashMap<>();
    private final Map<Long, PartyUnit> units = new HashMap<>();
    private final Map<String, PartyUnit> cellsByName = new HashMap<>();

    ImportRecords(EntityManager em) {
        this.em = em;
        @SuppressWarnings("unchecked")
        List<Object[]> keys = em.createNativeQuery("SELECT id, citizen_id, party_card_number FROM member")
                .getResultList();
        for (Object[] k : keys) {
            long id = ((Number) k[0]).longValue();
            if (k[1] != null) {
                byCitizenId.put(k[1].toString(), id);
            }
            if (k[2] != null) {
                byPartyCard.put(k[2].toString(), id);
            }
        }
        for (PartyUnit u : em.createQuery("select u from PartyUnit u order by u.id", PartyUnit.class).getResultList()) {
            units.put(u.id(), u);
            if (u.kind() == UnitKind.CELL && !u.dissolved()) {
                cellsByName.putIfAbsent(VietnameseText.fold(u.name()), u);
            }
        }
        em.clear();
    }

    @Override
    public Long memberIdByCitizenId(String citizenId) {
        return byCitizenId.get(citizenId);
    }

    @Override
    public Long memberIdByPartyCard(String partyCard) {
        return byPartyCard.get(partyCard);
    }

    @Override
    public PartyUnit unit(long id) {
        PartyUnit unit = units.get(id);
        if (unit == null) {
            throw new vn.dangbo.records.organization.UnitNotFound(id);
        }
        return unit;
    }

    @Override
    public PartyUnit cellByName(String name) {
        PartyUnit cell = cellsByName.get(VietnameseText.fold(name));
        if (cell == null && !name.toLowerCase().startsWith("chi b")) {
            cell = cellsByName.get(VietnameseText.fold("Chi bộ " + name));
        }
        return cell;
    }

    @Override
    public Map<Long, Member> load(Collection<Long> ids) {
        Map<Long, Member> found = new HashMap<>();
        for (Member m : em.createQuery("select m from Member m join fetch m.cell where m.id in :ids", Member.class)
                .setParameter("ids", ids).getResultList()) {
            found.put(m.id(), m);
        }
        // Detached: the planner applies the row to them to see the changes; the writer saves with JDBC.
        em.clear();
        return found;
    }
}
