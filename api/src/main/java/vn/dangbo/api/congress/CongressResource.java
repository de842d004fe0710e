package vn.dangbo.api.congress;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.jwt.JsonWebToken;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.RequestBody;
import vn.dangbo.api.Roles;
import vn.dangbo.api.congress.CongressViews.BodySeat;
import vn.dangbo.api.congress.CongressViews.CheckInReply;
import vn.dangbo.api.congress.CongressViews.CongressOverview;
import vn.dangbo.api.congress.CongressViews.CongressSummary;
import vn.dangbo.api.congress.CongressViews.DelegateLine;
import vn.dangbo.api.congress.CongressViews.GroupLine;
import vn.dangbo.api.congress.CongressViews.CongressSessionLine;
import vn.dangbo.api.congress.CongressViews.AttendanceBoard;
import vn.dangbo.records.congress.CheckInMethod;
import vn.dangbo.records.congress.CheckInService;
import vn.dangbo.records.congress.CongressAccess;
import vn.dangbo.records.congress.CongressBody;
import vn.dangbo.records.congress.CongressDetails;
import vn.dangbo.records.congress.CongressService;
import vn.dangbo.records.congress.CredentialDecision;
import vn.dangbo.records.congress.Delegate;
import vn.dangbo.records.congress.DelegateBasis;
import vn.dangbo.records.congress.DelegateKind;
import vn.dangbo.records.congress.DelegatePhoto;
import vn.dangbo.records.congress.SeatRow;
import vn.dangbo.records.shared.InvalidField;

/**
 * Preparing a congress and checking delegates in. Who may do what is decided per congress by the records
 * (the organising board, the bodies, the delegates on its list), not by the token's role alone.
 */
@Path("congresses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.MEMBER, Roles.DELEGATE})
public class CongressResource {

    /** level: WARD (default), DISTRICT …; term: "2025-2030". */
    public record NewCongress(String name, String level, String term, LocalDate startsOn, LocalDate endsOn,
                              String venue) {
        CongressDetails details() {
            return new CongressDetails(name, level, term, startsOn, endsOn, venue);
        }
    }

    public record NewCongressSession(String name, Instant startsAt) {
    }

    public record CheckInWindow(Boolean open) {
    }

    public record NewGroup(String name) {
    }

    public record SeatPlan(List<CongressViews.SeatRowLine> rows) {
    }

    /** kind OFFICIAL or ALTERNATE; basis EX_OFFICIO, ELECTED or APPOINTED; delegation defaults to the cell. */
    public record NewDelegates(List<Long> memberIds, String kind, String basis, String delegation) {
    }

    public record NewGuest(String fullName, String office) {
    }

    public record SeatAndGroup(Long groupId, String seatRow, Integer seatNumber) {
    }

    public record DelegateNote(String absenceReason, Boolean withdraw, String withdrawReason,
                               String credentialQuestion) {
    }

    public record CredentialRuling(String decision, String note) {
    }

    public record BodyAppointment(String body, Long delegateId, Boolean head) {
    }

    public record CardCode(long delegateId, int cardVersion, String token) {
    }

    public record CardScan(String token) {
    }

    public record DeskCheckIn(Long delegateId, String method) {
    }

    @Inject
    CongressService congresses;

    @Inject
    CheckInService checkIns;

    @Inject
    CongressAccess access;

    @Inject
    AttendanceBroadcaster broadcaster;

    @Inject
    JsonWebToken token;

    @GET
    @Operation(summary = "Congresses the caller takes part in (all of them for the organising board)")
    public List<CongressSummary> list() {
        return congresses.visible().stream().map(CongressSummary::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Create a congress (the organising board)")
    public Response create(NewCongress body) {
        RequestBody.require(body);
        return Response.status(Response.Status.CREATED)
                .entity(CongressSummary.of(congresses.create(body.details()))).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A congress with its sessions, groups, bodies, seat rows and the caller's consoles")
    public CongressOverview get(@PathParam("id") long id) {
        return CongressOverview.of(congresses.overview(id), access.organiser());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Change what describes a congress")
    public CongressSummary describe(@PathParam("id") long id, NewCongress body) {
        RequestBody.require(body);
        return CongressSummary.of(congresses.describe(id, body.details()));
    }

    @POST
    @Path("{id}/closure")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Close the congress: nothing changes any more, and its face descriptors are deleted")
    public CongressSummary close(@PathParam("id") long id) {
        return CongressSummary.of(congresses.close(id));
    }

    @POST
    @Path("{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Add a session (phiên họp)")
    public Response addSession(@PathParam("id") long id, NewCongressSession body) {
        RequestBody.require(body);
        return Response.status(Response.Status.CREATED)
                .entity(CongressSessionLine.of(congresses.addSession(id, body.name(), body.startsAt()))).build();
    }

    @POST
    @Path("{id}/sessions/{sessionId}/check-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open check-in for a session (closing it for the others) or close it: the secretariat")
    public CongressSessionLine checkInWindow(@PathParam("id") long id, @PathParam("sessionId") long sessionId,
                                     CheckInWindow body) {
        RequestBody.require(body);
        return CongressSessionLine.of(congresses.checkIn(id, sessionId, Boolean.TRUE.equals(body.open())));
    }

    @POST
    @Path("{id}/groups")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Add a discussion group (tổ thảo luận)")
    public Response addGroup(@PathParam("id") long id, NewGroup body) {
        RequestBody.require(body);
        return Response.status(Response.Status.CREATED).entity(GroupLine.of(congresses.addGroup(id, body.name())))
                .build();
    }

    @PUT
    @Path("{id}/seats")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Draw the hall: rows (label, seats) from the front")
    public CongressOverview seats(@PathParam("id") long id, SeatPlan body) {
        RequestBody.require(body);
        List<SeatRow> rows = body.rows() == null ? null : body.rows().stream()
                .map(r -> r == null ? null : new SeatRow(r.label(), r.seats())).toList();
        congresses.seatRows(id, rows);
        return get(id);
    }

    @GET
    @Path("{id}/delegates")
    @Operation(summary = "Delegates and guests, sorted by name the Vietnamese way")
    public List<DelegateLine> delegates(@PathParam("id") long id) {
        List<Delegate> all = congresses.list(id);
        Set<Long> photos = congresses.withPhoto(id);
        return all.stream().map(d -> DelegateLine.of(d, photos.contains(d.id()))).toList();
    }

    @GET
    @Path("{id}/delegates/search")
    @Operation(summary = "The secretariat's search by name (diacritics and case ignored) or seat")
    public List<DelegateLine> search(@PathParam("id") long id, @QueryParam("q") String q,
                                     @QueryParam("limit") Integer limit) {
        List<Delegate> found = congresses.search(id, q, limit == null ? 20 : limit);
        Set<Long> photos = congresses.withPhoto(id);
        return found.stream().map(d -> DelegateLine.of(d, photos.contains(d.id()))).toList();
    }

    @POST
    @Path("{id}/delegates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Add delegates picked from dossiers (all or none; full members only, once each)")
    public Response addDelegates(@PathParam("id") long id, NewDelegates body) {
        RequestBody.require(body);
        List<Delegate> added = congresses.addDelegates(id, new CongressService.DelegatePick(body.memberIds(),
                parse(DelegateKind.class, "kind", body.kind()), parse(DelegateBasis.class, "basis", body.basis()),
                body.delegation()));
        return Response.status(Response.Status.CREATED)
                .entity(added.stream().map(d -> DelegateLine.of(d, false)).toList()).build();
    }

    @POST
    @Path("{id}/guests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Invite a guest (not a delegate: no vote, not in the quorum)")
    public Response addGuest(@PathParam("id") long id, NewGuest body) {
        RequestBody.require(body);
        return Response.status(Response.Status.CREATED)
                .entity(DelegateLine.of(congresses.addGuest(id, body.fullName(), body.office()), false)).build();
    }

    @PUT
    @Path("{id}/delegates/{delegateId}/placement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Put a delegate in a discussion group and on a seat (empty: none)")
    public DelegateLine place(@PathParam("id") long id, @PathParam("delegateId") long delegateId, SeatAndGroup body) {
        RequestBody.require(body);
        Delegate d = congresses.place(id, delegateId,
                new CongressService.Placement(body.groupId(), body.seatRow(), body.seatNumber()));
        return DelegateLine.of(d, congresses.hasPhoto(d.id()));
    }

    @POST
    @Path("{id}/delegates/{delegateId}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The credential committee notes an expected absence, a withdrawal or a question")
    public DelegateLine note(@PathParam("id") long id, @PathParam("delegateId") long delegateId, DelegateNote body) {
        RequestBody.require(body);
        Delegate d = congresses.note(id, delegateId, new CongressService.StatusChange(body.absenceReason(),
                body.withdraw(), body.withdrawReason(), body.credentialQuestion()));
        return DelegateLine.of(d, congresses.hasPhoto(d.id()));
    }

    @POST
    @Path("{id}/delegates/{delegateId}/credential-decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The credential committee decides a questioned credential (REJECTED withdraws the delegate)")
    public DelegateLine decide(@PathParam("id") long id, @PathParam("delegateId") long delegateId,
                               CredentialRuling body) {
        RequestBody.require(body);
        Delegate d = congresses.decide(id, delegateId, parse(CredentialDecision.class, "decision", body.decision()),
                body.note());
        return DelegateLine.of(d, congresses.hasPhoto(d.id()));
    }

    @PUT
    @Path("{id}/delegates/{delegateId}/photo")
    @Consumes({"image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Store a delegate's photo (JPEG or PNG, up to 2 MB) with their consent (consent=true)")
    public Response photo(@PathParam("id") long id, @PathParam("delegateId") long delegateId,
                          @QueryParam("consent") Boolean consent, InputStream body) {
        byte[] bytes = readAtMost(body, CongressService.MAX_PHOTO_BYTES + 1);
        congresses.photo(id, delegateId, bytes, Boolean.TRUE.equals(consent));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/delegates/{delegateId}/photo")
    @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @Operation(summary = "A delegate's photo (for the card, the kiosk and face matching)")
    public Response photoOf(@PathParam("id") long id, @PathParam("delegateId") long delegateId) {
        DelegatePhoto p = congresses.photoOf(id, delegateId);
        return Response.ok(p.photo(), p.contentType()).header("Cache-Control", "private, max-age=300").build();
    }

    @GET
    @Path("{id}/delegates/{delegateId}/card-code")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "The signed QR token printed on the delegate's current card")
    public CardCode cardCode(@PathParam("id") long id, @PathParam("delegateId") long delegateId) {
        CongressService.Card card = congresses.card(id, delegateId);
        return new CardCode(delegateId, card.delegate().cardVersion(), card.token());
    }

    @POST
    @Path("{id}/delegates/{delegateId}/card-reissue")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Reissue a lost or copied card: the earlier card's QR code is refused from now on")
    public DelegateLine reissue(@PathParam("id") long id, @PathParam("delegateId") long delegateId) {
        Delegate d = congresses.reissueCard(id, delegateId);
        return DelegateLine.of(d, congresses.hasPhoto(d.id()));
    }

    @POST
    @Path("{id}/bodies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Put an official delegate on a body: PRESIDIUM, SECRETARIAT, CREDENTIALS or COUNTING")
    public Response appoint(@PathParam("id") long id, BodyAppointment body) {
        RequestBody.require(body);
        return Response.status(Response.Status.CREATED).entity(BodySeat.of(congresses.appoint(id,
                parse(CongressBody.class, "body", body.body()), body.delegateId(), Boolean.TRUE.equals(body.head()))))
                .build();
    }

    @POST
    @Path("{id}/bodies/{seatId}/dismissal")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Take a delegate off a body")
    public Response dismiss(@PathParam("id") long id, @PathParam("seatId") long seatId) {
        congresses.dismiss(id, seatId);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/check-ins/card")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check in by the card's QR code (the secretariat's kiosk); a second scan is not counted twice")
    public CheckInReply byCard(@PathParam("id") long id, CardScan body) {
        RequestBody.require(body);
        return CheckInReply.of(checkIns.byCard(id, body.token()));
    }

    @POST
    @Path("{id}/check-ins/self")
    @Operation(summary = "A delegate checks themselves in on their own device while check-in is open")
    public CheckInReply self(@PathParam("id") long id) {
        return CheckInReply.of(checkIns.self(id));
    }

    @POST
    @Path("{id}/check-ins/desk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The secretariat checks a delegate in after a search (method DESK) or a face match (FACE)")
    public CheckInReply byDesk(@PathParam("id") long id, DeskCheckIn body) {
        RequestBody.require(body);
        CheckInMethod method = parse(CheckInMethod.class, "method", body.method());
        return CheckInReply.of(checkIns.byDesk(id, body.delegateId(), method));
    }

    @GET
    @Path("{id}/attendance")
    @Operation(summary = "Present / convened / quorum for a session (default: the one open for check-in), by group")
    public AttendanceBoard attendance(@PathParam("id") long id, @QueryParam("sessionId") Long sessionId) {
        return AttendanceBoard.of(checkIns.board(id, sessionId));
    }

    @GET
    @Path("{id}/attendance/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Server-sent events: 'attendance' (the board) at once and after every check-in",
            description = "The stream closes when the caller's token expires; reconnect with a fresh token")
    public void attendanceStream(@PathParam("id") long id, @Context SseEventSink sink, @Context Sse sse) {
        // Asked before the stream opens: a refused caller gets a 403 problem, not an empty stream.
        AttendanceBoard now = AttendanceBoard.of(checkIns.board(id, null));
        long exp = token.getExpirationTime();
        broadcaster.subscribe(id, sink, sse, exp > 0 ? Instant.ofEpochSecond(exp) : Instant.now().plusSeconds(300), now);
    }

    /** Absent stays null (the service says it is required, after deciding whether the caller may ask at all). */
    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidField(field, "field.notOneOf", java.util.Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
        }
    }

    private static byte[] readAtMost(InputStream in, int max) {
        try (in) {
            return in.readNBytes(max);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
