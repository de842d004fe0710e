package vn.dangbo.records.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.dangbo.records.organization.PositionRole;
import vn.dangbo.records.organization.UnitTree;

/**
 * The caller of the current request, built once per request from the verified token and the
 * positions in the records. The token's member_id claim links a login to a dossier.
 */
@RequestScoped
public class CurrentCaller {

    /** Roles the application knows; Keycloak adds others (offline_access …) that mean nothing here. */
    private static final Set<String> KNOWN_ROLES = Set.of(
            Caller.ADMIN, Caller.OFFICER, Caller.SECRETARY, Caller.MEMBER, Caller.DELEGATE);

    @Inject
    JsonWebToken token;

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitTree tree;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            caller = resolve();
        }
        return caller;
    }

    private Caller resolve() {
        if (token == null || token.getRawToken() == null) {
            throw new NotAllowed("access.signInRequired");
        }
        Set<String> roles = new HashSet<>(token.getGroups() == null ? Set.of() : token.getGroups());
        roles.retainAll(KNOWN_ROLES);
        Optional<Long> memberId = memberIdClaim();
        boolean wholeWard = roles.contains(Caller.OFFICER) || roles.contains(Caller.ADMIN);
        // Officers see everything anyway; only secretaries need their positions looked up.
        Set<Long> managed = wholeWard || !roles.contains(Caller.SECRETARY) ? Set.of()
                : memberId.map(this::managedUnits).orElse(Set.of());
        String name = token.getName() != null ? token.getName() : token.getSubject();
        return new Caller(name, roles, memberId, managed);
    }

    private Optional<Long> memberIdClaim() {
        Object claim = token.getClaim("member_id");
        if (claim == null) {
            return Optional.empty();
        }
        String text = claim.toString().replace("\"", "").strip();
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Set<Long> managedUnits(long memberId) {
        LocalDate today = LocalDate.now();
        List<Long> units = em.createQuery("""
                        select p.unit.id from Position p
                        where p.member.id = :member and p.role in :managing
                          and p.from <= :today and (p.to is null or p.to > :today)
                          and p.unit.dissolvedOn is null""", Long.class)
                .setParameter("member", memberId)
                .setParameter("managing", PositionRole.MANAGING)
                .setParameter("today", today)
                .getResultList();
        return units.isEmpty() ? Set.of() : tree.withDescendants(units);
    }
}
