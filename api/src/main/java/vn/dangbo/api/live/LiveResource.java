package vn.dangbo.api.live;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.Roles;
import vn.dangbo.records.live.LiveSnapshot;
import vn.dangbo.records.live.LiveStates;

/** The live state of a congress for the presidium's console and the delegates' tablets. */
@Path("congresses/{id}/live")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.MEMBER, Roles.DELEGATE})
public class LiveResource {

    @Inject
    LiveStates states;

    @Inject
    LiveBroadcaster broadcaster;

    @Inject
    JsonWebToken token;

    @GET
    @Operation(summary = "The live state now (agenda, speakers, votes, elections); the presidium's console sees more")
    public LiveSnapshot now(@PathParam("id") long id) {
        return states.current(id);
    }

    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Server-sent events: 'live' (the whole state, its version as the event id) at once and "
            + "after every change", description = "On reconnecting the first event is the state now, whatever "
            + "was missed. The stream closes when the caller's token expires; reconnect with a fresh token")
    public void stream(@PathParam("id") long id, @Context SseEventSink sink, @Context Sse sse) {
        LiveStates.Following f = states.follow(id);
        long exp = token.getExpirationTime();
        broadcaster.subscribe(f.now(), f.audience(), sink, sse,
                exp > 0 ? Instant.ofEpochSecond(exp) : Instant.now().plusSeconds(300));
    }
}
