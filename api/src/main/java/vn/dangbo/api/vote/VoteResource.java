package vn.dangbo.api.vote;

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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.RequestBody;
import vn.dangbo.api.Roles;
import vn.dangbo.records.vote.Vote;
import vn.dangbo.records.vote.VoteBase;
import vn.dangbo.records.vote.VoteChoice;
import vn.dangbo.records.vote.VoteResult;
import vn.dangbo.records.vote.VoteRule;
import vn.dangbo.records.vote.VoteService;
import vn.dangbo.records.vote.VoteSubject;

/**
 * Open votes (biểu quyết) of a congress: the presidium prepares, opens and closes them; each official delegate
 * present votes for themselves. Who may do what is decided by the congress's records (see VoteService).
 */
@Path("congresses/{id}/votes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.MEMBER, Roles.DELEGATE})
public class VoteResource {

    /** subject AGENDA|BODIES|RESOLUTION|MOTION; rule MAJORITY (default)|TWO_THIRDS; base PRESENT (default)|CONVENED. */
    public record NewVote(String title, VoteSubject subject, Long sessionId, Long agendaItemId, VoteRule rule,
                          VoteBase base, Boolean changeable) {
    }

    /** choice AGREE|DISAGREE|ABSTAIN. */
    public record VoteCast(VoteChoice choice) {
    }

    /** The figures of a vote: the live tally (presidium, while open) or the frozen result (once closed). */
    public record VoteFigures(long agree, long disagree, long abstain, long cast, long notVoted, long present,
                              long convened, String base, long baseCount, long needed, boolean passed) {
        static VoteFigures of(VoteResult r) {
            return new VoteFigures(r.agree(), r.disagree(), r.abstain(), r.cast(), r.notVoted(), r.present(),
                    r.convened(), r.base().name(), r.baseCount(), r.needed(), r.passed());
        }
    }

    public record VoteLine(long id, String title, String subject, String rule, String base, boolean changeable,
                           String status, long sessionId, Long agendaItemId, Instant openedAt, Instant closedAt,
                           VoteFigures figures) {
        static VoteLine of(Vote v, Optional<VoteResult> figures) {
            return new VoteLine(v.id(), v.title(), v.subject().name(), v.rule().name(), v.base().name(),
                    v.changeable(), v.status().name(), v.sessionId(), v.agendaItemId(), v.openedAt(), v.closedAt(),
                    figures.map(VoteFigures::of).orElse(null));
        }

        static VoteLine of(VoteService.VoteState s) {
            return of(s.vote(), s.figures());
        }
    }

    /**
     * The caller's own vote: choice (absent when they have not voted), how often they changed it, and whether they
     * may vote now; when not, {@code refusal} names why (delegatesOnly, officialOnly, withdrawn, notPresent, notOpen).
     */
    public record MyVote(long voteId, String status, boolean changeable, String choice, Instant castAt, int changes,
                         boolean mayVote, String refusal) {
    }

    @Inject
    VoteService votes;

    @GET
    @Operation(summary = "The congress's votes; the presidium sees the open vote's tally, everyone the closed results")
    public List<VoteLine> list(@PathParam("id") long id) {
        return votes.list(id).stream().map(VoteLine::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Prepare a vote (the presidium): its subject, rule, base and whether a vote may be changed")
    public Response prepare(@PathParam("id") long id, NewVote body) {
        RequestBody.require(body);
        Vote v = votes.prepare(id, new VoteService.VoteDraft(body.title(), body.subject(), body.sessionId(),
                body.agendaItemId(), body.rule(), body.base(), body.changeable()));
        return Response.status(Response.Status.CREATED).entity(VoteLine.of(v, Optional.empty())).build();
    }

    @GET
    @Path("{voteId}")
    @Operation(summary = "One vote with its figures (the tally for the presidium while it is open, the result once closed)")
    public VoteLine get(@PathParam("id") long id, @PathParam("voteId") long vid) {
        return VoteLine.of(votes.state(id, vid));
    }

    @POST
    @Path("{voteId}/opening")
    @Operation(summary = "Open the vote (the presidium); refused while another vote is open")
    public VoteLine open(@PathParam("id") long id, @PathParam("voteId") long vid) {
        return VoteLine.of(votes.open(id, vid), Optional.empty());
    }

    @POST
    @Path("{voteId}/closure")
    @Operation(summary = "Close the vote (the presidium) and freeze its result: the base and whether it passed")
    public VoteLine close(@PathParam("id") long id, @PathParam("voteId") long vid) {
        Vote v = votes.close(id, vid);
        return VoteLine.of(v, v.result());
    }

    @PUT
    @Path("{voteId}/mine")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Vote (an official delegate present at the vote's session, for themselves)",
            description = "A second vote changes the first when the vote allows it (409 otherwise); concurrent "
                    + "attempts by the same delegate never count twice")
    public MyVote cast(@PathParam("id") long id, @PathParam("voteId") long vid, VoteCast body) {
        RequestBody.require(body);
        VoteService.Cast c = votes.cast(id, vid, body.choice());
        return new MyVote(vid, "OPEN", c.changeable(), c.choice().name(), c.castAt(), c.changes(), c.changeable(), null);
    }

    @GET
    @Path("{voteId}/mine")
    @Operation(summary = "The caller's own vote and whether they may vote now (and if not, why)")
    public MyVote mine(@PathParam("id") long id, @PathParam("voteId") long vid) {
        VoteService.Ballot b = votes.mine(id, vid);
        Vote v = b.vote();
        return new MyVote(vid, v.status().name(), v.changeable(), b.cast().map(x -> x.choice().name()).orElse(null),
                b.cast().map(VoteService.Cast::castAt).orElse(null), b.cast().map(VoteService.Cast::changes).orElse(0),
                b.mayVote(), b.refusal().map(k -> k.substring(k.lastIndexOf('.') + 1)).orElse(null));
    }
}
