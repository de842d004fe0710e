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
import vn.dangbo.records.member.Member;
import vn.dangbo.records.transfer.OutgoingTransfer;
import vn.dangbo.records.transfer.TransferState;
import vn.dangbo.records.transfer.WardTransferService;

/** Transfers out of the ward (chuyển sinh hoạt đảng ra ngoài Đảng bộ) and their slips. */
@Path("transfers/out")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY})
public class OutgoingTransferResource {

    public record OutgoingView(long id, long memberId, String memberName, long fromCellId, String fromCellName,
                               String destinationName, String destinationLevel, String destinationProvince,
                               String decisionNumber, LocalDate effectiveDate, String reason, TransferState state,
                               String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt,
                               String decisionNote, Instant sentAt) {
        public static OutgoingView of(OutgoingTransfer t) {
            var d = t.destination();
            return new OutgoingView(t.id(), t.member().id(), t.member().fullName(), t.fromCell().id(),
                    t.fromCell().name(), d.name(), d.level(), d.province(), t.decisionNumber(), t.effectiveDate(),
                    t.reason(), t.state(), t.proposedBy(), t.proposedAt(), t.decidedBy(), t.decidedAt(),
                    t.decisionNote(), t.sentAt());
        }
    }

    /** What the giấy giới thiệu sinh hoạt đảng says. */
    public record TransferSlip(long transferId, String issuedBy, String fromCellName, String decisionNumber,
                               LocalDate effectiveDate, TransferState state, Instant sentAt, long memberId,
                               String memberName, String sex, LocalDate birthDate, String birthplace,
                               String residence, String citizenId, String partyCardNumber, LocalDate admissionDate,
                               LocalDate fullMembershipDate, String memberStatus, String destinationName,
                               String destinationLevel, String destinationProvince) {
    }

    public record OutgoingProposal(Long memberId, String destinationName, String destinationLevel,
                                   String destinationProvince, String decisionNumber, LocalDate date, String reason) {
    }

    @Inject
    WardTransferService transfers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose transferring a member out of the ward to another organisation from a date")
    public Response propose(OutgoingProposal body) {
        RequestBody.require(body);
        OutgoingTransfer t = transfers.proposeOut(body.memberId(), new OutgoingTransfer.Destination(
                        body.destinationName(), body.destinationLevel(), body.destinationProvince()),
                body.decisionNumber(), body.date(), body.reason());
        return Response.status(Response.Status.CREATED).entity(OutgoingView.of(t)).build();
    }

    @GET
    @Operation(summary = "Open transfers out: all for officers, those of their cells for secretaries")
    public List<OutgoingView> open() {
        return transfers.openOut().stream().map(OutgoingView::of).toList();
    }

    @GET
    @Path("member/{memberId}")
    @Operation(summary = "Every transfer out of one member, oldest first")
    public List<OutgoingView> ofMember(@PathParam("memberId") long memberId) {
        return transfers.outOfMember(memberId).stream().map(OutgoingView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One transfer out")
    public OutgoingView one(@PathParam("id") long id) {
        return OutgoingView.of(transfers.out(id));
    }

    @GET
    @Path("{id}/slip")
    @Operation(summary = "The transfer slip (giấy giới thiệu sinh hoạt đảng) to print")
    public TransferSlip slip(@PathParam("id") long id) {
        OutgoingTransfer t = transfers.slip(id);
        Member m = t.member();
        var d = t.destination();
        return new TransferSlip(t.id(), transfers.issuingUnitName(t), t.fromCell().name(), t.decisionNumber(),
                t.effectiveDate(), t.state(), t.sentAt(), m.id(), m.fullName(), m.sex().name(), m.birthDate(),
                m.birthplace(), m.residence(), m.citizenId(), m.partyCardNumber(), m.admissionDate(),
                m.fullMembershipDate(), m.status().name(), d.name(), d.level(), d.province());
    }

    @POST
    @Path("{id}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Confirm a transfer out; on its date the dossier is sealed and sent")
    public OutgoingView confirm(@PathParam("id") long id, TransferResource.Decision body) {
        return OutgoingView.of(transfers.confirmOut(id, body == null ? null : body.note()));
    }

    @POST
    @Path("{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Reject a proposed transfer out")
    public OutgoingView reject(@PathParam("id") long id, TransferResource.Decision body) {
        return OutgoingView.of(transfers.rejectOut(id, body == null ? null : body.note()));
    }

    @POST
    @Path("{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw a proposed transfer out not yet decided (the member's cell)")
    public OutgoingView cancel(@PathParam("id") long id, TransferResource.Decision body) {
        return OutgoingView.of(transfers.cancelOut(id, body == null ? null : body.note()));
    }
}
