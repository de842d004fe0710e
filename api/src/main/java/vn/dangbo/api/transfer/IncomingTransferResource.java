package vn.dangbo.api.transfer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.JsonFields;
import vn.dangbo.api.RequestBody;
import vn.dangbo.api.Roles;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;
import vn.dangbo.records.transfer.IncomingDossier;
import vn.dangbo.records.transfer.IncomingState;
import vn.dangbo.records.transfer.WardTransferService;

/** Dossiers transferred into the ward (chuyển sinh hoạt đảng đến): registered, checked, accepted or refused. */
@Path("transfers/in")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER})
public class IncomingTransferResource {

    private static final Set<String> OWN_FIELDS = Set.of("sendingOrg", "slipNumber");

    public record IncomingView(long id, String fullName, String citizenId, String sendingOrg, String slipNumber,
                               IncomingState state, String registeredBy, Instant registeredAt, Boolean slipPresent,
                               Boolean dossierComplete, Boolean cardMatches, String checkNote, String checkedBy,
                               Instant checkedAt, Long cellId, String cellName, LocalDate acceptedOn, Long memberId,
                               boolean returningMember, String refusalReason, String decidedBy, Instant decidedAt,
                               Map<String, String> dossier) {
        public static IncomingView of(IncomingDossier i) {
            return new IncomingView(i.id(), i.fullName(), i.citizenId(), i.sendingOrg(), i.slipNumber(), i.state(),
                    i.registeredBy(), i.registeredAt(), i.slipPresent(), i.dossierComplete(), i.cardMatches(),
                    i.checkNote(), i.checkedBy(), i.checkedAt(), i.cell() == null ? null : i.cell().id(),
                    i.cell() == null ? null : i.cell().name(), i.acceptedOn(), i.memberId(), i.returningMember(),
                    i.refusalReason(), i.decidedBy(), i.decidedAt(), i.fields());
        }
    }

    public record DossierCheck(Boolean slipPresent, Boolean dossierComplete, Boolean cardMatches, String note) {
    }

    public record Acceptance(Long cellId, LocalDate date) {
    }

    public record Refusal(String reason) {
    }

    @Inject
    WardTransferService transfers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a dossier received from another organisation",
            description = "Body: the 2-HSĐV fields as for a new dossier (without cellId), sendingOrg, slipNumber."
                    + " 409 when the citizen ID belongs to an active member")
    public Response register(JsonObject body) {
        RequestBody.require(body);
        Map<String, String> fields = JsonFields.texts(body, Set.of(), OWN_FIELDS);
        IncomingDossier in = transfers.register(fields, text(body, "sendingOrg"), text(body, "slipNumber"));
        return Response.status(Response.Status.CREATED).entity(IncomingView.of(in)).build();
    }

    @GET
    @Operation(summary = "Received dossiers, newest first: waiting ones only unless all=true")
    public List<IncomingView> list(@QueryParam("all") @DefaultValue("false") boolean all) {
        return transfers.incoming(all).stream().map(IncomingView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One received dossier")
    public IncomingView one(@PathParam("id") long id) {
        return IncomingView.of(transfers.incomingOne(id));
    }

    @POST
    @Path("{id}/check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the check: slip present, dossier complete, party card matches, note")
    public IncomingView check(@PathParam("id") long id, DossierCheck body) {
        RequestBody.require(body);
        return IncomingView.of(transfers.check(id, body.slipPresent(), body.dossierComplete(), body.cardMatches(),
                body.note()));
    }

    @POST
    @Path("{id}/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept a checked dossier into a cell from a date (a member coming back reopens their dossier)")
    public IncomingView accept(@PathParam("id") long id, Acceptance body) {
        RequestBody.require(body);
        return IncomingView.of(transfers.accept(id, body.cellId(), body.date()));
    }

    @POST
    @Path("{id}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refuse a received dossier with a reason")
    public IncomingView refuse(@PathParam("id") long id, Refusal body) {
        RequestBody.require(body);
        return IncomingView.of(transfers.refuse(id, body.reason()));
    }

    private static String text(JsonObject body, String name) {
        JsonValue v = body.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw new InvalidInput(List.of(new InvalidField(name, "field.wrongType")));
    }
}
