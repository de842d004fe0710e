package vn.dangbo.api.agenda;

import jakarta.annotation.security.PermitAll;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.live.LiveBroadcaster;
import vn.dangbo.records.agenda.ScreenService;
import vn.dangbo.records.live.LiveAudience;
import vn.dangbo.records.live.LiveSnapshot;

/**
 * The hall's big screen: the public live state of the congress its token belongs to, without signing in. The
 * stream ends after an hour and the screen reconnects, which is when a revoked token is refused. Addresses that
 * keep trying unknown tokens are slowed down (ScreenTokenGuard).
 */
@Path("screens/{token}/live")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class ScreenLiveResource {

    static final long STREAM_SECONDS = 3600;

    @Inject
    ScreenService screens;

    @Inject
    LiveBroadcaster broadcaster;

    @GET
    @Operation(summary = "Public with a screen token: the live state the hall sees (agenda, speaker, votes, results)")
    public LiveSnapshot now(@PathParam("token") String token) {
        return screens.hallState(token);
    }

    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Public with a screen token: server-sent events 'live' (the hall's state, its version as "
            + "the event id) at once and after every change", description = "The stream closes after an hour; the "
            + "screen reconnects and a revoked token is refused then")
    public void stream(@PathParam("token") String token, @Context SseEventSink sink, @Context Sse sse) {
        broadcaster.subscribe(screens.hallState(token), LiveAudience.PUBLIC, sink, sse,
                Instant.now().plusSeconds(STREAM_SECONDS));
    }
}
