package vn.dangbo.api.organization;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.RequestBody;
import vn.dangbo.api.Roles;
import vn.dangbo.api.organization.UnitMergeResource.MergeConflict;
import vn.dangbo.api.problem.Problems;
import vn.dangbo.records.merge.MergePreview.HeldPosition;
import vn.dangbo.records.merge.SplitPlan;
import vn.dangbo.records.merge.SplitPreview;
import vn.dangbo.records.merge.UnitSplit;
import vn.dangbo.records.merge.UnitSplitService;

/** Splitting a cell or committee into new units, effective on a date by a decision: preview, then apply. */
@Path("unit-splits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER})
public class UnitSplitResource {

    /** One new unit: its name, and the members (of a cell) or sub-units (of a committee) it receives. */
    public record NewPart(String name, List<Long> memberIds, List<Long> subUnitIds) {
    }

    public record SplitRequest(Long unitId, LocalDate effectiveOn, String decisionNumber, String note,
                               List<NewPart> parts) {
        SplitPlan plan() {
            return new SplitPlan(unitId, effectiveOn, decisionNumber, note, parts == null ? null : parts.stream()
                    .map(p -> p == null ? null : new SplitPlan.Part(p.name(), p.memberIds(), p.subUnitIds()))
                    .toList());
        }
    }

    public record SplitForecast(long unitId, String unitName, String kind, List<SplitPreview.PartMoves> parts,
                                List<HeldPosition> ending, List<MergeConflict> conflicts, boolean applicable,
                                int plannedMeetings) {
    }

    public record SplitDone(long id, String decisionNumber, LocalDate effectiveOn, long unitId, List<Long> partIds,
                            int membersMoved, int unitsMoved, int positionsMoved, int meetingsMoved,
                            String appliedBy, Instant appliedAt) {
        static SplitDone of(UnitSplit s) {
            return new SplitDone(s.id(), s.decisionNumber(), s.effectiveOn(), s.unitId(),
                    s.partIds().stream().sorted().toList(), s.membersMoved(), s.unitsMoved(), s.positionsMoved(),
                    s.meetingsMoved(), s.appliedBy(), s.appliedAt());
        }
    }

    @Inject
    UnitSplitService splits;

    @Inject
    Problems problems;

    @POST
    @Path("preview")
    @Operation(summary = "What a split would give each new unit (members, sub-units, positions), the positions "
            + "that end, and its conflicts",
            description = "Nothing is written; a plan with conflicts (someone in no part or in two) cannot be applied")
    public SplitForecast preview(SplitRequest body) {
        RequestBody.require(body);
        SplitPreview p = splits.preview(body.plan());
        return new SplitForecast(p.unitId(), p.unitName(), p.kind(), p.parts(), p.ending(), p.conflicts().stream()
                .map(c -> new MergeConflict(c.code(), problems.message(c.code(), c.count()), c.who())).toList(),
                p.applicable(), p.plannedMeetings());
    }

    @POST
    @Operation(summary = "Apply a split: one transaction, audited; 409 while the preview shows conflicts")
    public Response apply(SplitRequest body) {
        RequestBody.require(body);
        return Response.status(Response.Status.CREATED).entity(SplitDone.of(splits.apply(body.plan()))).build();
    }
}
