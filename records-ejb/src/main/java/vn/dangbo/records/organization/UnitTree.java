package vn.dangbo.records.organization;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Questions about the shape of the tree: which units lie below a set of units. */
@Stateless
public class UnitTree {

    @PersistenceContext
    EntityManager em;

    /** The given units and every unit below them. The tree is small (a city has a few thousand units). */
    public Set<Long> withDescendants(Collection<Long> roots) {
        List<Object[]> edges = em.createQuery("select u.id, p.id from PartyUnit u left join u.parent p", Object[].class)
                .getResultList();
        Map<Long, List<Long>> children = new HashMap<>();
        for (Object[] e : edges) {
            if (e[1] != null) {
                children.computeIfAbsent((Long) e[1], k -> new ArrayList<>()).add((Long) e[0]);
            }
        }
        Set<Long> result = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Long id = todo.pop();
            if (result.add(id)) {
                todo.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return result;
    }
}
