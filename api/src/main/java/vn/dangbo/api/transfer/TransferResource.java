package vn.dangbo.api.transfer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.RequestBody;
import vn.dangbo.api.Roles;
import vn.dangbo.records.transfer.Transfer;
import vn.dangbo.records.transfer.TransferService;
import vn.dangbo.records.transfer.TransferState;

/** Transfers between cells of the ward (chuyển sinh hoạt đảng trong Đảng bộ). */
@Path("transfers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TransferResource {

    public record TransferView(long id, long memberId, String memberName, long fromCellId, String fromCellName,
                               long toCellId, String toCellName, LocalDate effectiveDate, String reason,
                               TransferState state, String proposedBy, Instant proposedAt, String decidedBy,
                               Instant decidedAt, String decisionNote) {
        public static TransferView of(Transfer t) {
            return new TransferView(t.id(), t.member().id(), t.member().fullName(), t.fromCell().id(),
                    t.fromCell().name(), t.toCell().id(), t.toCell().name(), t.effectiveDate(), t.reason(), t.state(),
                    t.proposedBy(), t.proposedAt(), t.decidedBy(), t.decidedAt(), t.decisionNote());
        }
    }

    public record TransferProposal(Long memberId, Long toCellId, LocalDate date, String reason) {
    }

    public record Decision(String note) {
    }

    @Inject
    TransferService transfers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY})
    @Operation(summary = "Propose moving a member to another cell of the ward from a date")
    public Response propose(TransferProposal body) {
        RequestBody.require(body);
        Transfer t = transfers.propose(body.memberId(), body.toCellId(), body.date(), body.reason());
        return Response.status(Response.Status.CREATED).entity(TransferView.of(t)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY})
    @Operation(summary = "Open transfers: all for officers, from or to their cells for secretaries")
    public List<TransferView> open() {
        return transfers.open().stream().map(TransferView::of).toList();
    }

    @POST
    @Path("{id}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Confirm a proposed transfer; it takes effect at once if its date has come")
    public TransferView confirm(@PathParam("id") long id, Decision body) {
        return TransferView.of(transfers.confirm(id, body == null ? null : body.note()));
    }

    @POST
    @Path("{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Reject a proposed transfer")
    public TransferView reject(@PathParam("id") long id, Decision body) {
        return TransferView.of(transfers.reject(id, body == null ? null : body.note()));
    }

    @POST
    @Path("{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY})
    @Operation(summary = "Withdraw a proposal not yet decided (the source cell)")
    public TransferView cancel(@PathParam("id") long id, Decision body) {
        return TransferView.of(transfers.cancel(id, body == null ? null : body.note()));
    }
}
