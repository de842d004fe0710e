package vn.dangbo.api.resolution;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.ExcelFiles;
import vn.dangbo.api.RequestBody;
import vn.dangbo.api.Roles;
import vn.dangbo.api.resolution.ResolutionViews.ResolutionDashboard;
import vn.dangbo.api.resolution.ResolutionViews.ResolutionLine;
import vn.dangbo.api.resolution.ResolutionViews.TaskSummary;
import vn.dangbo.records.resolution.Resolution;
import vn.dangbo.records.resolution.ResolutionReportDocument;
import vn.dangbo.records.resolution.ResolutionReportWorkbook;
import vn.dangbo.records.resolution.ResolutionService;
import vn.dangbo.records.resolution.TaskService;

/**
 * The resolutions the ward follows up (theo dõi thực hiện nghị quyết), for officers: the list with figures, a
 * resolution's dashboard and drill-down by unit, its report as .xlsx and .docx, adding a resolution and its tasks.
 */
@Path("resolutions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER})
public class ResolutionResource {


    /** kind: CONGRESS, POLITBURO, ANNUAL_PLAN or OTHER; code the number and symbol, e.g. 57-NQ/TW. */
    public record NewResolution(String kind, String code, String title, LocalDate issuedOn, String issuer) {
    }

    /**
     * A task: unitId and/or memberId answer for it; startsOn defaults to the resolution's issue date; a target
     * (targetValue in targetUnit) makes reports give the value reached.
     */
    public record NewTask(String title, Long unitId, Long memberId, LocalDate startsOn, LocalDate deadline,
                          String indicator, BigDecimal targetValue, String targetUnit) {
    }

    @Inject
    ResolutionService resolutions;

    @Inject
    TaskService tasks;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Every resolution followed up, newest first, with its tasks counted by status today")
    public List<ResolutionLine> list() {
        return resolutions.list().stream().map(s -> ResolutionLine.of(s.resolution(), s.counts())).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a resolution or plan to follow up")
    public Response create(NewResolution body) {
        RequestBody.require(body);
        Resolution r = resolutions.create(body.kind(), body.code(), body.title(), body.issuedOn(), body.issuer());
        return Response.created(uri.getBaseUriBuilder().path("resolutions/{id}").build(r.id()))
                .entity(ResolutionLine.of(r, vn.dangbo.records.resolution.TaskCounts.of(List.of()))).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A resolution's dashboard: tasks done / on time / at risk / overdue with shares, by unit,"
            + " and every task (only unitId's with that parameter: the drill-down)",
            description = "AT_RISK: the deadline is at most 14 days away and the progress is below the linear share"
                    + " of the task's time elapsed; OVERDUE: the deadline has passed and the task is not done")
    public ResolutionDashboard dashboard(@PathParam("id") long id, @QueryParam("unitId") Long unitId) {
        return ResolutionDashboard.of(resolutions.dashboard(id, unitId));
    }

    @GET
    @Path("{id}/xlsx")
    @Produces(ExcelFiles.XLSX)
    @Operation(summary = "The resolution's follow-up report as an Excel workbook (.xlsx)")
    public Response xlsx(@PathParam("id") long id) {
        ResolutionService.Dashboard d = resolutions.export(id, "xlsx");
        StreamingOutput body = out -> ResolutionReportWorkbook.write(d, out);
        return Response.ok(body, ExcelFiles.XLSX).header("Content-Disposition", disposition(id, "xlsx")).build();
    }

    @GET
    @Path("{id}/docx")
    @Produces(ExcelFiles.DOCX)
    @Operation(summary = "The resolution's follow-up report as a Word document (.docx, A4)")
    public Response docx(@PathParam("id") long id) {
        ResolutionService.Dashboard d = resolutions.export(id, "docx");
        StreamingOutput body = out -> ResolutionReportDocument.writeDocx(d, out);
        return Response.ok(body, ExcelFiles.DOCX).header("Content-Disposition", disposition(id, "docx")).build();
    }

    @POST
    @Path("{id}/tasks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a task to a resolution")
    public Response addTask(@PathParam("id") long id, NewTask body) {
        RequestBody.require(body);
        TaskSummary t = TaskSummary.of(tasks.add(id, new TaskService.TaskFields(body.title(), body.unitId(),
                body.memberId(), body.startsOn(), body.deadline(), body.indicator(), body.targetValue(),
                body.targetUnit())));
        return Response.created(uri.getBaseUriBuilder().path("resolution-tasks/{id}").build(t.id())).entity(t).build();
    }

    private static String disposition(long id, String extension) {
        return "attachment; filename=\"bao-cao-thuc-hien-nghi-quyet-" + id + "." + extension + "\"";
    }
}
