package vn.dangbo.api.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.QueryDates;
import vn.dangbo.api.Roles;
import vn.dangbo.records.statistics.MemberStatistics;
import vn.dangbo.records.statistics.StatisticsService;

@Path("statistics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY})
public class StatisticsResource {

    @Inject
    StatisticsService statistics;

    @GET
    @Operation(summary = "Member counts of a unit on a date (guidance 11-HD/BTCTW) and movements in a period",
            description = "unitId required; date defaults to today; from/to default to 1 January of date's year → date")
    public MemberStatistics report(@QueryParam("unitId") Long unitId, @QueryParam("date") String date,
                                   @QueryParam("from") String from, @QueryParam("to") String to) {
        return statistics.report(unitId, QueryDates.parse("date", date), QueryDates.parse("from", from),
                QueryDates.parse("to", to));
    }
}
