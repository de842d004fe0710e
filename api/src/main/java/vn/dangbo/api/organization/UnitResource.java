package vn.dangbo.api.organization;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.RequestBody;
import vn.dangbo.api.Roles;
import vn.dangbo.records.organization.OrganizationService;
import vn.dangbo.records.organization.PartyUnit;
import vn.dangbo.records.organization.Position;
import vn.dangbo.records.organization.PositionRole;
import vn.dangbo.records.organization.UnitKind;

@Path("units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.MEMBER, Roles.DELEGATE})
public class UnitResource {

    /**
     * successorId: the unit a dissolved unit was merged into; successorIds: that one, or the units it was split
     * into.
     */
    public record UnitSummary(long id, UnitKind kind, String name, Long parentId, LocalDate establishedOn,
                              LocalDate dissolvedOn, String dissolutionReason, Long successorId,
                              List<Long> successorIds, long activeMembers) {
        static UnitSummary of(OrganizationService.UnitWithCount u) {
            PartyUnit p = u.unit();
            return new UnitSummary(p.id(), p.kind(), p.name(), p.parent().map(PartyUnit::id).orElse(null),
                    p.establishedOn(), p.dissolvedOn(), p.dissolutionReason(),
                    p.successor().map(PartyUnit::id).orElse(null), u.successorIds(), u.activeMembers());
        }
    }

    // Required fields and lengths are checked by the domain: Payara 6.2025.10's OpenAPI generator fails
    // on Bean Validation annotations in records (NullPointerException in visitNotBlank / visitSize).
    public record NewUnit(UnitKind kind, String name, Long parentId, LocalDate establishedOn) {
    }

    /** Rename, move, or both. */
    public record UnitChange(String name, Long parentId) {
    }

    public record Dissolution(LocalDate date, String reason) {
    }

    public record PositionHeld(long id, long memberId, String memberName, PositionRole role, LocalDate from,
                               LocalDate to) {
        static PositionHeld of(Position p) {
            return new PositionHeld(p.id(), p.member().id(), p.member().fullName(), p.role(), p.from(), p.to());
        }
    }

    public record Appointment(Long memberId, PositionRole role, LocalDate from) {
    }

    public record TermEnd(LocalDate date) {
    }

    @Inject
    OrganizationService organization;

    @GET
    @Operation(summary = "Every unit of the ward (a flat list; parentId builds the tree) with active member counts")
    public List<UnitSummary> units() {
        return organization.units().stream().map(UnitSummary::of).toList();
    }

    @GET
    @Path("{id}")
    public UnitSummary unit(@PathParam("id") long id) {
        return UnitSummary.of(organization.unit(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Create a sub-committee or a cell (or the ward committee on an empty installation)")
    public Response create(NewUnit body, @Context UriInfo uri) {
        RequestBody.require(body);
        PartyUnit u = organization.create(body.kind(), body.name(), body.parentId(), body.establishedOn());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(u.id())).build())
                .entity(UnitSummary.of(new OrganizationService.UnitWithCount(u, 0, List.of()))).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Rename a unit or move it under another")
    public UnitSummary change(@PathParam("id") long id, UnitChange body) {
        RequestBody.require(body);
        return UnitSummary.of(organization.change(id, body.name(), body.parentId()));
    }

    @POST
    @Path("{id}/dissolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Dissolve an empty unit; it stays readable with its history")
    public UnitSummary dissolve(@PathParam("id") long id, Dissolution body) {
        RequestBody.require(body);
        return UnitSummary.of(organization.dissolve(id, body.date(), body.reason()));
    }

    @GET
    @Path("{id}/positions")
    public List<PositionHeld> positions(@PathParam("id") long id) {
        return organization.positions(id).stream().map(PositionHeld::of).toList();
    }

    @POST
    @Path("{id}/positions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Appoint a secretary or deputy secretary; the previous holder's term ends that day")
    public Response appoint(@PathParam("id") long id, Appointment body) {
        RequestBody.require(body);
        Position p = organization.appoint(id, body.memberId(), body.role(), body.from());
        return Response.status(Response.Status.CREATED).entity(PositionHeld.of(p)).build();
    }

    @POST
    @Path("{id}/positions/{positionId}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "End a term early; the position stays in the unit's history")
    public PositionHeld endTerm(@PathParam("id") long id, @PathParam("positionId") long positionId, TermEnd body) {
        RequestBody.require(body);
        return PositionHeld.of(organization.endTerm(id, positionId, body.date()));
    }
}
