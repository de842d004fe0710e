package vn.dangbo.api.election;

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
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.ExcelFiles;
import vn.dangbo.api.RequestBody;
import vn.dangbo.api.Roles;
import vn.dangbo.api.election.ElectionViews.BallotJudgement;
import vn.dangbo.api.election.ElectionViews.CandidateLine;
import vn.dangbo.api.election.ElectionViews.ElectionSheet;
import vn.dangbo.api.election.ElectionViews.ElectionSummary;
import vn.dangbo.api.election.ElectionViews.RoundSummary;
import vn.dangbo.records.election.BallotVerdict;
import vn.dangbo.records.election.ElectionKind;
import vn.dangbo.records.election.ElectionMinutesDocument;
import vn.dangbo.records.election.ElectionService;
import vn.dangbo.records.election.RoundMode;
import vn.dangbo.records.election.RoundResult;
import vn.dangbo.records.shared.InvalidField;

/**
 * Secret-ballot elections of a congress: the presidium keeps the list, the counting board runs the rounds and
 * the paper ballots, each delegate casts their own ballot and checks it by its receipt code in the published list.
 */
@Path("congresses/{id}/elections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.MEMBER, Roles.DELEGATE})
public class ElectionResource {


    /** kind: COMMITTEE, STANDING_COMMITTEE, SECRETARY, DEPUTY_SECRETARY, INSPECTION, INSPECTION_HEAD, DELEGATES, OTHER. */
    public record NewElectionRequest(String title, String kind, Integer seats, Long agendaItemId) {
    }

    /** A member from the records (memberId) or a name; floor: nominated in the hall, with how many agreed. */
    public record Nomination(Long memberId, String fullName, Boolean floor, Integer agreed) {
    }

    public record Withdrawal(String reason) {
    }

    public record ExclusionRequest(Long delegateId, String reason) {
    }

    /** mode ELECTRONIC (default) or PAPER, with the number of paper ballots handed out. */
    public record RoundOpening(String mode, Integer paperIssued) {
    }

    /** The candidates kept (not crossed out); acceptInvalid: cast even though the ballot is invalid. */
    public record BallotMarks(List<Long> kept, Boolean acceptInvalid) {
    }

    public record PaperSheet(List<Long> kept, Boolean notIssued) {
    }

    /** from: the day the people elected take their positions in the records (usually the congress's last day). */
    public record ResultsIntoRecords(java.time.LocalDate from) {
    }

    /** Who took the position in which unit; who was left out, and why (noDossier, alreadyHolding). */
    public record RecordedResults(long unitId, String role, List<String> placed, List<String> ended,
                                  java.util.Map<String, String> leftOut) {
    }

    @Inject
    ElectionService elections;

    @Inject
    vn.dangbo.records.election.ElectionResults results;

    @POST
    @Path("{electionId}/results-into-records")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "After the congress: the people elected (committee, standing committee, secretary, deputy, "
            + "inspection committee and its head, delegates to the higher congress) take those positions in the ward "
            + "committee from a date, and those not elected again leave them; in one transaction (the organising board)")
    public RecordedResults intoRecords(@PathParam("id") long id, @PathParam("electionId") long electionId,
                                       ResultsIntoRecords body) {
        RequestBody.require(body);
        vn.dangbo.records.election.ElectionResults.Outcome o = results.intoRecords(id, electionId, body.from());
        return new RecordedResults(o.unitId(), o.role().name(), o.placed(), o.ended(), o.leftOut());
    }

    @GET
    @Operation(summary = "The elections of a congress")
    public List<ElectionSummary> list(@PathParam("id") long id) {
        return elections.list(id).stream().map(ElectionSummary::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an election (the presidium): what is elected and how many seats")
    public Response create(@PathParam("id") long id, NewElectionRequest body) {
        RequestBody.require(body);
        return Response.status(Response.Status.CREATED).entity(ElectionSummary.of(elections.create(id,
                new ElectionService.NewElection(body.title(), parse(ElectionKind.class, "kind", body.kind()),
                        body.seats(), body.agendaItemId())))).build();
    }

    @GET
    @Path("{electionId}")
    @Operation(summary = "An election: its list, exclusions, rounds, and whether the caller voted in each round")
    public ElectionSheet sheet(@PathParam("id") long id, @PathParam("electionId") long electionId) {
        return ElectionSheet.of(elections.sheet(id, electionId));
    }

    @POST
    @Path("{electionId}/candidates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a name to the list (the presidium): at most 30% more names than seats; a floor "
            + "nomination needs the agreement of more than 30% of those present")
    public Response nominate(@PathParam("id") long id, @PathParam("electionId") long electionId, Nomination body) {
        RequestBody.require(body);
        return Response.status(Response.Status.CREATED).entity(CandidateLine.of(elections.addCandidate(id, electionId,
                new ElectionService.NewCandidate(body.memberId(), body.fullName(), body.floor(), body.agreed()))))
                .build();
    }

    @POST
    @Path("{electionId}/candidates/{candidateId}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a candidate's withdrawal, with the reason, before voting starts")
    public CandidateLine withdraw(@PathParam("id") long id, @PathParam("electionId") long electionId,
                                  @PathParam("candidateId") long candidateId, Withdrawal body) {
        RequestBody.require(body);
        return CandidateLine.of(elections.withdraw(id, electionId, candidateId, body.reason()));
    }

    @POST
    @Path("{electionId}/exclusions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a legal exclusion: an official delegate who does not count in the base, and why")
    public Response exclude(@PathParam("id") long id, @PathParam("electionId") long electionId,
                            ExclusionRequest body) {
        RequestBody.require(body);
        return Response.status(Response.Status.CREATED)
                .entity(elections.exclude(id, electionId, body.delegateId(), body.reason())).build();
    }

    @POST
    @Path("{electionId}/rounds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open the next round (the counting board): the first among the list, or the one among "
            + "those tied")
    public Response openRound(@PathParam("id") long id, @PathParam("electionId") long electionId, RoundOpening body) {
        RequestBody.require(body);
        return Response.status(Response.Status.CREATED).entity(RoundSummary.of(elections.openRound(id, electionId,
                parse(RoundMode.class, "mode", body.mode()), body.paperIssued()))).build();
    }

    @POST
    @Path("{electionId}/rounds/{round}/ballot-check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Judge a ballot before casting it (nothing is stored)")
    public BallotJudgement check(@PathParam("id") long id, @PathParam("electionId") long electionId,
                                 @PathParam("round") int round, BallotMarks body) {
        RequestBody.require(body);
        BallotVerdict v = elections.check(id, electionId, round, body.kept());
        return new BallotJudgement(v.name(), v == BallotVerdict.VALID);
    }

    @POST
    @Path("{electionId}/rounds/{round}/ballots")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cast the caller's own ballot, once per round; the answer's receipt code finds it in the "
            + "published list, and nothing stored links it to the caller")
    public Response cast(@PathParam("id") long id, @PathParam("electionId") long electionId,
                         @PathParam("round") int round, BallotMarks body) {
        RequestBody.require(body);
        return Response.status(Response.Status.CREATED).entity(elections.cast(id, electionId, round, body.kept(),
                Boolean.TRUE.equals(body.acceptInvalid()))).build();
    }

    @GET
    @Path("{electionId}/rounds/{round}/ballots")
    @Operation(summary = "Every ballot of a round by receipt code, once published (the counting board once counted)")
    public List<ElectionService.PublishedBallot> ballots(@PathParam("id") long id,
                                                        @PathParam("electionId") long electionId,
                                                        @PathParam("round") int round) {
        return elections.ballots(id, electionId, round);
    }

    @POST
    @Path("{electionId}/rounds/{round}/closure")
    @Operation(summary = "Close and count a round (the counting board); a tie at the cut-off prepares a new round")
    public RoundResult close(@PathParam("id") long id, @PathParam("electionId") long electionId,
                             @PathParam("round") int round) {
        return elections.close(id, electionId, round);
    }

    @POST
    @Path("{electionId}/rounds/{round}/publication")
    @Operation(summary = "Publish a counted round: the screens show its results, delegates see the ballots")
    public RoundResult publish(@PathParam("id") long id, @PathParam("electionId") long electionId,
                               @PathParam("round") int round) {
        return elections.publish(id, electionId, round);
    }

    @GET
    @Path("{electionId}/rounds/{round}/result")
    @Operation(summary = "A round's result with every figure (the counting board once counted, everyone once published)")
    public RoundResult result(@PathParam("id") long id, @PathParam("electionId") long electionId,
                              @PathParam("round") int round) {
        return elections.result(id, electionId, round);
    }

    @GET
    @Path("{electionId}/rounds/{round}/minutes")
    @Produces(ExcelFiles.DOCX)
    @Operation(summary = "The counting board's minutes (biên bản kiểm phiếu) of a round as a Word document")
    public Response minutes(@PathParam("id") long id, @PathParam("electionId") long electionId,
                            @PathParam("round") int round) {
        RoundResult r = elections.minutes(id, electionId, round);
        StreamingOutput body = out -> ElectionMinutesDocument.writeDocx(r, out);
        return Response.ok(body, ExcelFiles.DOCX).header("Content-Disposition", "attachment; filename=\"bien-ban-kiem-phieu-"
                + electionId + "-lan-" + round + ".docx\"").build();
    }

    @PUT
    @Path("{electionId}/rounds/{round}/paper/{pass}/{sheetNo}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enter a paper ballot as read (the counting board), in pass 1 or 2; the two passes of a "
            + "sheet by different people")
    public ElectionService.PaperEntry enterPaper(@PathParam("id") long id, @PathParam("electionId") long electionId,
                                                 @PathParam("round") int round, @PathParam("pass") int pass,
                                                 @PathParam("sheetNo") int sheetNo, PaperSheet body) {
        RequestBody.require(body);
        return elections.enterPaper(id, electionId, round, pass, sheetNo, body.kept(),
                Boolean.TRUE.equals(body.notIssued()));
    }

    @GET
    @Path("{electionId}/rounds/{round}/paper")
    @Operation(summary = "The paper ballots entered in each pass and where the two passes differ")
    public ElectionService.PaperCheck paper(@PathParam("id") long id, @PathParam("electionId") long electionId,
                                            @PathParam("round") int round) {
        return elections.paperCheck(id, electionId, round);
    }

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
}
