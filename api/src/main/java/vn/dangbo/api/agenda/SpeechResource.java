package vn.dangbo.api.agenda;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.RequestBody;
import vn.dangbo.api.Roles;
import vn.dangbo.api.agenda.AgendaViews.SpeechLine;
import vn.dangbo.records.agenda.SpeakingService;

/** Requests to speak: delegates ask for the floor for themselves; the presidium decides, gives and takes the floor. */
@Path("congresses/{id}/speeches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.MEMBER, Roles.DELEGATE})
public class SpeechResource {

    public record SpeakingRequest(Long agendaItemId, String topic) {
    }

    public record SpeakingDecision(Boolean accept, String reason) {
    }

    @Inject
    SpeakingService speaking;

    @GET
        @Operation(summary = "Requests to speak: all of them for the presidium and the secretariat, a delegate's own otherwise")
    public List<SpeechLine> speeches(@PathParam("id") long id, @QueryParam("itemId") Long itemId) {
        return speaking.list(id, itemId).stream().map(SpeechLine::of).toList();
    }

    @POST
        @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask to speak on an agenda item, with a topic: a delegate, for themselves")
    public Response register(@PathParam("id") long id, SpeakingRequest body) {
        RequestBody.require(body);
        return Response.status(Response.Status.CREATED)
                .entity(SpeechLine.of(speaking.register(id, body.agendaItemId(), body.topic()))).build();
    }

    @POST
    @Path("{speechId}/withdrawal")
    @Operation(summary = "Withdraw one's own request to speak, before being given the floor")
    public SpeechLine withdraw(@PathParam("id") long id, @PathParam("speechId") long speechId) {
        return SpeechLine.of(speaking.withdraw(id, speechId));
    }

    @POST
    @Path("{speechId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept a request into the item's queue or decline it (with a reason): the presidium")
    public SpeechLine decide(@PathParam("id") long id, @PathParam("speechId") long speechId, SpeakingDecision body) {
        RequestBody.require(body);
        return SpeechLine.of(speaking.decide(id, speechId, body.accept(), body.reason()));
    }

    @POST
    @Path("{speechId}/start")
    @Operation(summary = "Give the floor on the current item (whoever was speaking stops): the presidium")
    public SpeechLine startSpeech(@PathParam("id") long id, @PathParam("speechId") long speechId) {
        return SpeechLine.of(speaking.start(id, speechId));
    }

    @POST
    @Path("{speechId}/stop")
    @Operation(summary = "Take the floor back; the time used is recorded: the presidium")
    public SpeechLine stopSpeech(@PathParam("id") long id, @PathParam("speechId") long speechId) {
        return SpeechLine.of(speaking.stop(id, speechId));
    }

    @GET
    @Path("report")
    @Operation(summary = "Who spoke on what and for how long, totals per delegate and per group, and the official "
            + "delegates who have not spoken: the presidium and the secretariat")
    public SpeakingService.Report report(@PathParam("id") long id) {
        return speaking.report(id);
    }
}
