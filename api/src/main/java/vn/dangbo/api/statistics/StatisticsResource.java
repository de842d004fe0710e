package vn.dangbo.api.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.QueryDates;
import vn.dangbo.api.Roles;
import vn.dangbo.records.exchange.StatisticsWorkbook;
import vn.dangbo.records.shared.Messages;
import vn.dangbo.records.statistics.MemberStatistics;
import vn.dangbo.records.statistics.StatisticsService;

@Path("statistics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY})
public class StatisticsResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    StatisticsService statistics;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Member counts of a unit on a date (guidance 11-HD/BTCTW) and movements in a period",
            description = "unitId required; date defaults to today; from/to default to 1 January of date's year → date")
    public MemberStatistics report(@QueryParam("unitId") Long unitId, @QueryParam("date") String date,
                                   @QueryParam("from") String from, @QueryParam("to") String to) {
        return statistics.report(unitId, QueryDates.parse("date", date), QueryDates.parse("from", from),
                QueryDates.parse("to", to));
    }

    @GET
    @Path("xlsx")
    @Produces(XLSX)
    @Operation(summary = "The same report as an Excel workbook (.xlsx)")
    public Response workbook(@QueryParam("unitId") Long unitId, @QueryParam("date") String date,
                             @QueryParam("from") String from, @QueryParam("to") String to) {
        MemberStatistics stats = report(unitId, date, from, to);
        Locale locale = Messages.supported(headers.getAcceptableLanguages().isEmpty() ? null
                : headers.getAcceptableLanguages().get(0));
        StreamingOutput body = out -> StatisticsWorkbook.write(stats, locale, out);
        return Response.ok(body, XLSX)
                .header("Content-Disposition", "attachment; filename=\"thong-ke-dang-vien-" + stats.date() + ".xlsx\"")
                .build();
    }
}
