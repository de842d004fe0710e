package vn.dangbo.api.badge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import vn.dangbo.api.ExcelFiles;
import vn.dangbo.records.exchange.MemberWorkbooks;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.QueryDates;
import vn.dangbo.api.RequestBody;
import vn.dangbo.api.Roles;
import vn.dangbo.records.badge.BadgeService;
import vn.dangbo.records.badge.SeriousIllness;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;

@Path("badges")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY})
public class BadgeResource {

    /** {@code early}: listed before the milestone ({@code dueOn} before {@code reachedOn}) for a seriously ill member. */
    public record BadgeDue(long memberId, String fullName, long cellId, String cellName, LocalDate admissionDate,
                           int years, LocalDate reachedOn, LocalDate dueOn, LocalDate awardOn, boolean early) {
    }

    public record IllnessRecord(long id, long memberId, LocalDate since, int advanceMonths, String note,
                                String recordedBy, Instant recordedAt) {
        static IllnessRecord of(SeriousIllness s) {
            return new IllnessRecord(s.id(), s.memberId(), s.since(), s.advanceMonths(), s.note(), s.recordedBy(),
                    s.recordedAt());
        }
    }

    public record NewIllnessRecord(Long memberId, LocalDate since, Integer advanceMonths, String note) {
    }

    @Inject
    BadgeService badges;

    @GET
    @Path("due")
    @Operation(summary = "Members who reach 30, 40, 45 … 90 years of party age in a period, with the award date",
            description = "Party age counts from the first admission minus interruptions; seriously ill members"
                    + " are listed early (early=true)")
    public List<BadgeDue> due(@QueryParam("from") String from, @QueryParam("to") String to) {
        return badges.due(QueryDates.parse("from", from), QueryDates.parse("to", to)).stream()
                .map(c -> new BadgeDue(c.member().id(), c.member().fullName(), c.member().cell().id(),
                        c.member().cell().name(), c.member().admissionDate(), c.due().years(), c.due().reachedOn(),
                        c.due().dueOn(), c.due().awardOn(), c.due().early()))
                .toList();
    }

    @GET
    @Path("due/xlsx")
    @Produces(ExcelFiles.XLSX)
    @Operation(summary = "The same list as an Excel workbook (.xlsx)")
    public Response dueWorkbook(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate start = QueryDates.parse("from", from);
        LocalDate end = QueryDates.parse("to", to);
        var due = badges.due(start, end);
        StreamingOutput body = out -> MemberWorkbooks.badgeList(due, start, end, out);
        return Response.ok(body, ExcelFiles.XLSX).header("Content-Disposition",
                "attachment; filename=\"huy-hieu-dang-" + start + "-" + end + ".xlsx\"").build();
    }

    @POST
    @Path("serious-illness")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Record that a member is seriously ill: their badge may come 12 or 24 months early")
    public Response recordIllness(NewIllnessRecord body) {
        RequestBody.require(body);
        SeriousIllness s = badges.recordSeriousIllness(body.memberId(), body.since(), body.advanceMonths(), body.note());
        return Response.status(Response.Status.CREATED).entity(IllnessRecord.of(s)).build();
    }

    @GET
    @Path("serious-illness")
    @Operation(summary = "A member's serious-illness records, newest first")
    public List<IllnessRecord> illness(@QueryParam("memberId") Long memberId) {
        if (memberId == null) {
            throw new InvalidInput(List.of(new InvalidField("memberId", "field.required")));
        }
        return badges.seriousIllness(memberId).stream().map(IllnessRecord::of).toList();
    }
}
