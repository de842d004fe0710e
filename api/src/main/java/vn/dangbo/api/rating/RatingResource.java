package vn.dangbo.api.rating;

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
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.RequestBody;
import vn.dangbo.api.Roles;
import vn.dangbo.records.rating.Grade;
import vn.dangbo.records.rating.MemberRating;
import vn.dangbo.records.rating.RatingRule;
import vn.dangbo.records.rating.RatingService;
import vn.dangbo.records.rating.RatingState;
import vn.dangbo.records.rating.RatingStatistics;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;

/** Annual rating of members (đánh giá, xếp loại đảng viên, Quy định 366-QĐ/TW). */
@Path("ratings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY})
public class RatingResource {

    public record RatingView(long id, long memberId, long cellId, int year, int score, boolean conditionsMet,
                             Grade grade, RatingState state, String note, String proposedBy, Instant proposedAt,
                             String decidedBy, Instant decidedAt, String returnReason) {
        static RatingView of(MemberRating r) {
            return new RatingView(r.id(), r.memberId(), r.cellId(), r.year(), r.score(), r.conditionsMet(), r.grade(),
                    r.state(), r.note(), r.proposedBy(), r.proposedAt(), r.decidedBy(), r.decidedAt(),
                    r.returnReason());
        }
    }

    /** A member of the cell with their rating for the year, absent when none was entered. */
    public record RatedMember(long memberId, String fullName, RatingView rating) {
    }

    public record RatingProposal(Long memberId, Integer year, Integer score, String grade, Boolean conditionsMet,
                                 String note) {
    }

    public record ReturnReason(String reason) {
    }

    /** The thresholds the server applies, so the form can show the grade a score gives. */
    public record RatingThresholds(int excellentFrom, int goodFrom, int completedFrom, int maxScore,
                                   int maxExcellentPercentOfGoodOrBetter) {
    }

    @Inject
    RatingService ratings;

    @GET
    @Operation(summary = "The members of a cell with their ratings for a year")
    public List<RatedMember> ofCell(@QueryParam("cellId") Long cellId, @QueryParam("year") Integer year) {
        return ratings.ofCell(cellId, year).stream().map(e -> new RatedMember(e.member().id(), e.member().fullName(),
                e.rating().map(RatingView::of).orElse(null))).toList();
    }

    @GET
    @Path("thresholds")
    @Operation(summary = "Score thresholds of the grades and the limit on excellent ratings")
    public RatingThresholds thresholds() {
        return new RatingThresholds(RatingRule.EXCELLENT_FROM, RatingRule.GOOD_FROM, RatingRule.COMPLETED_FROM,
                RatingRule.MAX_SCORE, RatingRule.MAX_EXCELLENT_PERCENT_OF_GOOD_OR_BETTER);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The cell proposes a member's score and grade for a year (again after a return)")
    public Response propose(RatingProposal body) {
        RequestBody.require(body);
        MemberRating r = ratings.propose(body.memberId(), body.year(), body.score(), grade(body.grade()),
                body.conditionsMet(), body.note());
        return Response.ok(RatingView.of(r)).build();
    }

    @POST
    @Path("{id}/approval")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "The committee approves a proposed rating; it is final from then on")
    public RatingView approve(@PathParam("id") long id) {
        return RatingView.of(ratings.approve(id));
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "The committee returns a proposed rating to the cell with the reason")
    public RatingView giveBack(@PathParam("id") long id, ReturnReason body) {
        return RatingView.of(ratings.giveBack(id, body == null ? null : body.reason()));
    }

    @GET
    @Path("statistics")
    @Operation(summary = "Counts and shares per grade for a cell and year, with the excellent-share warning")
    public RatingStatistics statistics(@QueryParam("cellId") Long cellId, @QueryParam("year") Integer year) {
        return ratings.statistics(cellId, year);
    }

    private static Grade grade(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Grade.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(List.of(new InvalidField("grade", "field.notOneOf", List.of(Grade.values()).toString())));
        }
    }
}
