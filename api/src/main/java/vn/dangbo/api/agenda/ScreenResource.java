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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.RequestBody;
import vn.dangbo.api.Roles;
import vn.dangbo.api.agenda.AgendaViews.NewScreenToken;
import vn.dangbo.api.agenda.AgendaViews.ScreenLine;
import vn.dangbo.records.agenda.ScreenService;

/** The organising board's big-screen tokens for a congress. */
@Path("congresses/{id}/screens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.MEMBER, Roles.DELEGATE})
public class ScreenResource {

    public record ScreenLabel(String label) {
    }

    @Inject
    ScreenService screens;

    @GET
    @Operation(summary = "The congress's big-screen tokens (never the tokens themselves): the organising board")
    public List<ScreenLine> list(@PathParam("id") long id) {
        return screens.list(id).stream().map(ScreenLine::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A new big-screen token, shown this once with the screen's address: the organising board")
    public Response create(@PathParam("id") long id, ScreenLabel body) {
        RequestBody.require(body);
        return Response.status(Response.Status.CREATED).entity(NewScreenToken.of(screens.create(id, body.label()))).build();
    }

    @POST
    @Path("{screenId}/revocation")
    @Operation(summary = "Revoke a big-screen token: the screen is refused when it next connects (within the hour)")
    public ScreenLine revoke(@PathParam("id") long id, @PathParam("screenId") long screenId) {
        return ScreenLine.of(screens.revoke(id, screenId));
    }
}
