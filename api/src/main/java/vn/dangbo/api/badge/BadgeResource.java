package vn.dangbo.api.badge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.QueryDates;
import vn.dangbo.api.Roles;
import vn.dangbo.records.badge.BadgeService;

@Path("badges")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY})
public class BadgeResource {

    public record BadgeDue(long memberId, String fullName, long cellId, String cellName, LocalDate admissionDate,
                           int years, LocalDate reachedOn, LocalDate awardOn) {
    }

    @Inject
    BadgeService badges;

    @GET
    @Path("due")
    @Operation(summary = "Members who reach 30, 40, 45 … 90 years of party age in a period, with the award date")
    public List<BadgeDue> due(@QueryParam("from") String from, @QueryParam("to") String to) {
        return badges.due(QueryDates.parse("from", from), QueryDates.parse("to", to)).stream()
                .map(c -> new BadgeDue(c.member().id(), c.member().fullName(), c.member().cell().id(),
                        c.member().cell().name(), c.member().admissionDate(), c.due().years(), c.due().reachedOn(),
                        c.due().awardOn()))
                .toList();
    }
}
