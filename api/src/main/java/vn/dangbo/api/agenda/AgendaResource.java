package vn.dangbo.api.agenda;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.RequestBody;
import vn.dangbo.api.Roles;
import vn.dangbo.api.agenda.AgendaViews.AgendaItemLine;
import vn.dangbo.api.agenda.AgendaViews.AgendaMove;
import vn.dangbo.api.agenda.AgendaViews.SpeechLine;
import vn.dangbo.records.agenda.AgendaService;
import vn.dangbo.records.agenda.SpeakingService;

/**
 * The congress's agenda and its speakers. The presidium (or the organising board) runs both; delegates ask for
 * the floor for themselves. Every change reaches the screens through the live stream.
 */
@Path("congresses/{id}/agenda")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.MEMBER, Roles.DELEGATE})
public class AgendaResource {

    /** kind: PROCEDURE, REPORT, DISCUSSION, VOTE, ELECTION or OTHER (default); limit 30 s to 2 h (default 300 s). */
    public record AgendaItemDraft(Long sessionId, String title, String kind, Integer speakingLimitSeconds) {
        AgendaService.ItemInput input() {
            return new AgendaService.ItemInput(sessionId, title, kind, speakingLimitSeconds);
        }
    }

    public record AgendaOrder(List<Long> itemIds) {
    }

    public record SpeakingOrder(List<Long> speechIds) {
    }

    @Inject
    AgendaService agenda;

    @Inject
    SpeakingService speaking;

    @GET
        @Operation(summary = "The agenda in order, with the current item (anyone on the congress's list)")
    public List<AgendaItemLine> agenda(@PathParam("id") long id) {
        return AgendaItemLine.of(agenda.agenda(id));
    }

    @POST
        @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an item at the end of the agenda: the presidium")
    public Response addItem(@PathParam("id") long id, AgendaItemDraft body) {
        RequestBody.require(body);
        return Response.status(Response.Status.CREATED).entity(AgendaItemLine.of(agenda.add(id, body.input()))).build();
    }

    @PUT
    @Path("{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an item's title, kind, session or speaking time: the presidium")
    public AgendaItemLine changeItem(@PathParam("id") long id, @PathParam("itemId") long itemId, AgendaItemDraft body) {
        RequestBody.require(body);
        return AgendaItemLine.of(agenda.change(id, itemId, body.input()));
    }

    @PUT
    @Path("order")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put the whole agenda in a new order (every item once): the presidium")
    public List<AgendaItemLine> reorder(@PathParam("id") long id, AgendaOrder body) {
        RequestBody.require(body);
        return AgendaItemLine.of(agenda.reorder(id, body.itemIds()));
    }

    @POST
    @Path("{itemId}/start")
    @Operation(summary = "Make this item current (the current one is done, its speaker stops): the presidium")
    public AgendaItemLine start(@PathParam("id") long id, @PathParam("itemId") long itemId) {
        return AgendaItemLine.of(agenda.start(id, itemId));
    }

    @POST
    @Path("next")
    @Operation(summary = "The current item is done and the next pending one becomes current: the presidium")
    public AgendaMove next(@PathParam("id") long id) {
        return new AgendaMove(agenda.next(id).map(AgendaItemLine::of).orElse(null));
    }

    @POST
    @Path("{itemId}/done")
    @Operation(summary = "Mark an item done: the presidium")
    public AgendaItemLine done(@PathParam("id") long id, @PathParam("itemId") long itemId) {
        return AgendaItemLine.of(agenda.finish(id, itemId));
    }

    @PUT
    @Path("{itemId}/queue")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Order the speakers accepted on an item (every one once): the presidium")
    public List<SpeechLine> order(@PathParam("id") long id, @PathParam("itemId") long itemId, SpeakingOrder body) {
        RequestBody.require(body);
        return speaking.order(id, itemId, body.speechIds()).stream().map(SpeechLine::of).toList();
    }

}
