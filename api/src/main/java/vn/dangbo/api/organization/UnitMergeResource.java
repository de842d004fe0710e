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
import vn.dangbo.api.problem.Problems;
import vn.dangbo.records.merge.MergePlan;
import vn.dangbo.records.merge.MergePreview;
import vn.dangbo.records.merge.UnitMerge;
import vn.dangbo.records.merge.UnitMergeService;

/** Merging committees or cells into one, effective on a date by a decision: preview, then apply. */
@Path("unit-merges")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER})
public class UnitMergeResource {

    /**
     * unitIds: the units merged; targetId: the one that carries on (or newName [+ parentId] for a new unit);
     * keepSecretaryId / keepDeputyId: who keeps a position held in several of them.
     */
    public record MergeRequest(List<Long> unitIds, Long targetId, String newName, Long parentId, LocalDate effectiveOn,
                               String decisionNumber, String note, Long keepSecretaryId, Long keepDeputyId) {
        MergePlan plan() {
            return new MergePlan(unitIds, targetId, newName, parentId, effectiveOn, decisionNumber, note,
                    keepSecretaryId, keepDeputyId);
        }
    }

    public record MergeConflict(String code, String message, List<String> who) {
    }

    public record MergeForecast(String successorName, boolean successorCreated, List<MergePreview.UnitMoves> units,
                                List<MergeConflict> conflicts, boolean applicable, int members, int subUnits,
                                int positions, int meetings) {
    }

    public record MergeDone(long id, String decisionNumber, LocalDate effectiveOn, long successorId,
                            boolean successorCreated, List<Long> unitIds, int membersMoved, int unitsMoved,
                            int positionsMoved, int meetingsMoved, String appliedBy, Instant appliedAt) {
        static MergeDone of(UnitMerge m) {
            return new MergeDone(m.id(), m.decisionNumber(), m.effectiveOn(), m.successorId(), m.successorCreated(),
                    m.sourceIds().stream().sorted().toList(), m.membersMoved(), m.unitsMoved(), m.positionsMoved(),
                    m.meetingsMoved(), m.appliedBy(), m.appliedAt());
        }
    }

    @Inject
    UnitMergeService merges;

    @Inject
    Problems problems;

    @POST
    @Path("preview")
    @Operation(summary = "What a merge would move (members, sub-units, positions, planned meetings) and its conflicts",
            description = "Nothing is written; a plan with conflicts cannot be applied until they are settled")
    public MergeForecast preview(MergeRequest body) {
        RequestBody.require(body);
        MergePreview p = merges.preview(body.plan());
        return new MergeForecast(p.successorName(), p.successorCreated(), p.units(), p.conflicts().stream()
                .map(c -> new MergeConflict(c.code(), problems.message(c.code(), c.count()), c.who())).toList(),
                p.applicable(), p.members(), p.subUnits(), p.positions(), p.meetings());
    }

    @POST
    @Operation(summary = "Apply a merge: one transaction, audited; 409 while the preview shows conflicts")
    public Response apply(MergeRequest body) {
        RequestBody.require(body);
        return Response.status(Response.Status.CREATED).entity(MergeDone.of(merges.apply(body.plan()))).build();
    }
}
