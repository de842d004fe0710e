package vn.dangbo.api.congress;

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
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.ExcelFiles;
import vn.dangbo.api.RequestBody;
import vn.dangbo.api.Roles;
import vn.dangbo.api.congress.DocumentViews.CommentCounts;
import vn.dangbo.api.congress.DocumentViews.CommentLine;
import vn.dangbo.api.congress.DocumentViews.FieldLine;
import vn.dangbo.api.congress.DocumentViews.ModerationLine;
import vn.dangbo.api.congress.DocumentViews.SuggestedFields;
import vn.dangbo.records.congress.CommentReport;
import vn.dangbo.records.congress.CommentStatus;
import vn.dangbo.records.congress.CongressDocuments;
import vn.dangbo.records.shared.InvalidField;

/** Comments across the congress: the fields, the secretariat's moderation, the counts by field and the report. */
@Path("congresses/{id}/comments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.MEMBER, Roles.DELEGATE})
public class CongressCommentResource {


    public record NewField(String name, String keywords) {
    }

    public record TextToClassify(String text) {
    }

    /** decision APPROVE or REJECT; fieldIds (on approval) the confirmed fields, absent: the current ones. */
    public record Review(String decision, List<Long> fieldIds) {
    }

    @Inject
    CongressDocuments documents;

    @GET
    @Operation(summary = "The secretariat's list of comments, newest first; status PENDING, APPROVED or REJECTED (absent: all)")
    public List<ModerationLine> list(@PathParam("id") long id, @QueryParam("status") String status) {
        CommentStatus s = null;
        if (status != null && !status.isBlank()) {
            if (Arrays.stream(CommentStatus.values()).noneMatch(v -> v.name().equals(status))) {
                throw new InvalidField("status", "field.invalid");
            }
            s = CommentStatus.valueOf(status);
        }
        return documents.moderation(id, s).stream().map(ModerationLine::of).toList();
    }

    @POST
    @Path("{commentId}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve a comment with its confirmed fields, or reject a resident's comment (the secretariat)")
    public CommentLine review(@PathParam("id") long id, @PathParam("commentId") long commentId, Review body) {
        RequestBody.require(body);
        if (!"APPROVE".equals(body.decision()) && !"REJECT".equals(body.decision())) {
            throw new InvalidField("decision", "field.invalid");
        }
        return CommentLine.of(documents.review(id, commentId, "APPROVE".equals(body.decision()), body.fieldIds()));
    }

    @GET
    @Path("counts")
    @Operation(summary = "Approved comments per field, over the congress or one document")
    public CommentCounts counts(@PathParam("id") long id, @QueryParam("documentId") Long documentId) {
        return CommentCounts.of(documents.counts(id, documentId));
    }

    @GET
    @Path("report/docx")
    @Produces(ExcelFiles.DOCX)
    @Operation(summary = "The summary of approved comments by field, as a Word document for the drafting team")
    public Response report(@PathParam("id") long id) {
        CommentReport.Content c = documents.report(id);
        return Response.ok((jakarta.ws.rs.core.StreamingOutput) out -> CommentReport.writeDocx(c, out), ExcelFiles.DOCX)
                .header("Content-Disposition", "attachment; filename=\"gop-y-van-kien-dai-hoi-" + id + ".docx\"")
                .build();
    }

    @GET
    @Path("fields")
    @Operation(summary = "The fields comments are classified by: the defaults, then this congress's own")
    public List<FieldLine> fields(@PathParam("id") long id) {
        return documents.fields(id).stream().map(FieldLine::of).toList();
    }

    @POST
    @Path("fields")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a field with its keywords, comma-separated (the secretariat)")
    public Response addField(@PathParam("id") long id, NewField body) {
        RequestBody.require(body);
        return Response.status(Response.Status.CREATED)
                .entity(FieldLine.of(documents.addField(id, body.name(), body.keywords()))).build();
    }

    @POST
    @Path("suggestion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The fields the keyword rule suggests for a text, best first")
    public SuggestedFields suggest(@PathParam("id") long id, TextToClassify body) {
        RequestBody.require(body);
        return new SuggestedFields(documents.suggest(id, body.text()));
    }
}
