package vn.dangbo.api.me;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import vn.dangbo.api.Roles;
import vn.dangbo.records.security.Caller;
import vn.dangbo.records.security.Profile;

/** Who the signed-in user is for the application: roles, their dossier, the units they manage. */
@Path("me")
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.MEMBER, Roles.DELEGATE})
public class MeResource {

    public record CallerProfile(String username, String displayName, Set<String> roles, Long memberId,
                                boolean wholeWard, List<Long> unitIds) {
    }

    @Inject
    Profile profile;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public CallerProfile me() {
        Profile.View v = profile.current();
        Caller c = v.caller();
        return new CallerProfile(c.username(), v.displayName(), c.roles(), c.memberId().orElse(null),
                c.wholeWard(), c.managedUnitIds().stream().sorted().toList());
    }
}
