package vn.dangbo.records.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.dangbo.records.member.Member;

/** The signed-in user as the application sees them; reading one's own name is not a dossier read. */
@Stateless
public class Profile {

    @Inject
    CurrentCaller caller;

    @PersistenceContext
    EntityManager em;

    public record View(Caller caller, String displayName) {
    }

    public View current() {
        Caller c = caller.get();
        String name = c.memberId()
                .map(id -> em.find(Member.class, id))
                .map(Member::fullName)
                .orElse(c.username());
        return new View(c, name);
    }
}
