package vn.dangbo.api.resolution;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.RequestBody;
import vn.dangbo.api.Roles;
import vn.dangbo.api.resolution.ResolutionViews.EvidenceFile;
import vn.dangbo.api.resolution.ResolutionViews.TaskFollowUp;
import vn.dangbo.api.resolution.ResolutionViews.TaskSummary;
import vn.dangbo.records.resolution.TaskService;

/**
 * The tasks of resolutions as those who answer for them see them: a secretary's cells' tasks and a member's own
 * ("my tasks"), a task's page with its progress history, evidence files and progress reports; officers also
 * change a task (every change kept). A secretary asking for another cell's task gets 403.
 */
@Path("resolution-tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.MEMBER, Roles.DELEGATE})
public class ResolutionTaskResource {

    /** The fields to change; absent fields stay as they are. */
    public record TaskChanges(String title, Long unitId, Long memberId, LocalDate startsOn, LocalDate deadline,
                              String indicator, BigDecimal targetValue, String targetUnit) {
    }

    /**
     * A progress report: reachedValue when the task has a target (the percent follows), else percent (0-100);
     * done=true (or reaching the target) completes the task and needs evidenceIds (files uploaded before).
     */
    public record NewProgress(BigDecimal reachedValue, Integer percent, Boolean done, String note,
                              List<Long> evidenceIds) {
    }

    @Inject
    TaskService tasks;

    @GET
    @Path("mine")
    @Operation(summary = "The tasks the caller answers for: their cells' (secretaries) and their own; open first,"
            + " nearest deadline first")
    public List<TaskSummary> mine() {
        return tasks.mine().stream().map(TaskSummary::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A task with its progress history and evidence files (and its edits, for officers)")
    public TaskFollowUp get(@PathParam("id") long id) {
        return TaskFollowUp.of(tasks.page(id));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Change a task (officers); each changed field is kept with who changed it and when")
    public TaskSummary change(@PathParam("id") long id, TaskChanges body) {
        RequestBody.require(body);
        return TaskSummary.of(tasks.change(id, new TaskService.TaskFields(body.title(), body.unitId(),
                body.memberId(), body.startsOn(), body.deadline(), body.indicator(), body.targetValue(),
                body.targetUnit())));
    }

    @POST
    @Path("{id}/evidence")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload an evidence file (the file as the body, up to 10 MB) for a report to cite",
            description = "X-File-Name: the file's name (URL-encoded). Photos (JPEG, PNG, WebP, HEIC), PDF, .docx and"
                    + " .xlsx, told by their bytes: anything else is refused (400), a larger file 413")
    public Response upload(@PathParam("id") long id, InputStream body, @HeaderParam("X-File-Name") String fileName) {
        String name = fileName == null ? null : URLDecoder.decode(fileName, StandardCharsets.UTF_8);
        return Response.status(Response.Status.CREATED)
                .entity(EvidenceFile.of(tasks.uploadEvidence(id, name, body))).build();
    }

    @GET
    @Path("{id}/evidence/{evidenceId}")
    @Produces({MediaType.WILDCARD, MediaType.APPLICATION_JSON})
    @Operation(summary = "An evidence file, as uploaded")
    public Response evidence(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId) {
        TaskService.EvidenceContent f = tasks.evidence(id, evidenceId);
        String encoded = URLEncoder.encode(f.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(f.content(), f.contentType())
                .header("Content-Disposition", "attachment; filename=\"evidence-" + evidenceId + "\"; filename*=UTF-8''"
                        + encoded)
                .header("Cache-Control", "private, no-cache")
                .build();
    }

    @POST
    @Path("{id}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report progress on a task (append-only); completing it needs evidence")
    public Response report(@PathParam("id") long id, NewProgress body) {
        RequestBody.require(body);
        TaskFollowUp page = TaskFollowUp.of(tasks.report(id, new TaskService.ReportFields(body.reachedValue(),
                body.percent(), body.done(), body.note(), body.evidenceIds())));
        return Response.status(Response.Status.CREATED).entity(page).build();
    }
}
