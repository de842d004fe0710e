package vn.dangbo.api.correction;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.Roles;
import vn.dangbo.records.correction.CorrectionRequest;
import vn.dangbo.records.correction.CorrectionService;
import vn.dangbo.records.correction.CorrectionState;

/** Requests to correct a field of one's own dossier (đề nghị đính chính), tracked until done or rejected. */
@Path("corrections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.MEMBER, Roles.DELEGATE})
public class CorrectionResource {

    /** field: a dossier field's API name (residence, birthDate …); proposedValue: what it should say. */
    public record NewCorrection(Long memberId, String field, String proposedValue, String reason) {
    }

    public record HandlerReply(String reply) {
    }

    public record CorrectionLine(long id, long memberId, String fullName, long cellId, String cellName, String field,
                                 String currentValue, String proposedValue, String reason, CorrectionState state,
                                 String requestedBy, Instant requestedAt, String handledBy, Instant startedAt,
                                 Instant closedAt, String reply) {
        static CorrectionLine of(CorrectionService.Line l) {
            CorrectionRequest c = l.request();
            return new CorrectionLine(c.id(), c.memberId(), l.fullName(), l.cellId(), l.cellName(), c.field(),
                    c.currentValue(), c.proposedValue(), c.reason(), c.state(), c.requestedBy(), c.requestedAt(),
                    c.handledBy(), c.startedAt(), c.closedAt(), c.reply());
        }
    }

    public record PendingCount(long pending) {
    }

    @Inject
    CorrectionService corrections;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A member asks to correct a field of their own dossier (403 for anyone else's)")
    public Response file(NewCorrection body) {
        NewCorrection b = body == null ? new NewCorrection(null, null, null, null) : body;
        CorrectionService.Line l = corrections.file(b.memberId(), b.field(), b.proposedValue(), b.reason());
        return Response.status(Response.Status.CREATED).entity(CorrectionLine.of(l)).build();
    }

    @GET
    @Path("mine")
    @Operation(summary = "The caller's own requests, newest first, with their state and the handler's reply")
    public List<CorrectionLine> mine() {
        return corrections.mine().stream().map(CorrectionLine::of).toList();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY})
    @Operation(summary = "The queue of the members the caller manages",
            description = "state: pending (default; OPEN and IN_PROGRESS, oldest first), closed (newest first) or all")
    public List<CorrectionLine> queue(@QueryParam("state") String state) {
        return corrections.queue(state).stream().map(CorrectionLine::of).toList();
    }

    @GET
    @Path("pending-count")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY})
    @Operation(summary = "How many requests wait in the caller's queue")
    public PendingCount pendingCount() {
        return new PendingCount(corrections.pendingCount());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One request: for the member who filed it or whoever handles their dossier")
    public CorrectionLine get(@PathParam("id") long id) {
        return CorrectionLine.of(corrections.get(id));
    }

    @POST
    @Path("{id}/start")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY})
    @Operation(summary = "Take the request in hand (IN_PROGRESS)")
    public CorrectionLine start(@PathParam("id") long id) {
        return CorrectionLine.of(corrections.start(id));
    }

    @POST
    @Path("{id}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY})
    @Operation(summary = "The dossier has been corrected (through the edit form): DONE, with an optional reply")
    public CorrectionLine complete(@PathParam("id") long id, HandlerReply body) {
        return CorrectionLine.of(corrections.complete(id, body == null ? null : body.reply()));
    }

    @POST
    @Path("{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY})
    @Operation(summary = "Refuse the request: REJECTED, the reply saying why is required")
    public CorrectionLine reject(@PathParam("id") long id, HandlerReply body) {
        return CorrectionLine.of(corrections.reject(id, body == null ? null : body.reply()));
    }
}
