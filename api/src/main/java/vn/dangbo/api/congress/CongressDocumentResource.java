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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.RequestBody;
import vn.dangbo.api.Roles;
import vn.dangbo.api.congress.DocumentViews.CommentLine;
import vn.dangbo.api.congress.DocumentViews.DocumentLine;
import vn.dangbo.api.congress.DocumentViews.DocumentText;
import vn.dangbo.records.congress.CongressDocuments;
import vn.dangbo.records.congress.DocumentDraft;

/** Congress documents: published by the organising board or the secretariat, read and commented on by participants. */
@Path("congresses/{id}/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.MEMBER, Roles.DELEGATE})
public class CongressDocumentResource {

    /** kind DRAFT or FINAL; sessionId absent for the whole congress; html (rich text) or text (plain, blank lines between paragraphs). */
    public record NewDocument(String title, String kind, Long sessionId, Boolean publicDraft, String html,
                              String text) {
    }

    /** paragraph: numbered from 1, absent for the document as a whole; fieldIds absent: the suggested fields. */
    public record NewComment(Integer paragraph, String text, List<Long> fieldIds) {
    }

    @Inject
    CongressDocuments documents;

    @GET
    @Operation(summary = "The congress's documents (drafts and final texts), for everyone on its list")
    public List<DocumentLine> list(@PathParam("id") long id) {
        return documents.documents(id).stream().map(DocumentLine::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a document cut into paragraphs (the organising board or the secretariat)")
    public Response publish(@PathParam("id") long id, NewDocument body) {
        RequestBody.require(body);
        DocumentDraft d = new DocumentDraft(body.title(), body.kind(), body.sessionId(),
                Boolean.TRUE.equals(body.publicDraft()), body.html(), body.text());
        return Response.status(Response.Status.CREATED).entity(DocumentText.of(documents.publish(id, d))).build();
    }

    @GET
    @Path("{documentId}")
    @Operation(summary = "A document to read, paragraph by paragraph")
    public DocumentText read(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        return DocumentText.of(documents.document(id, documentId));
    }

    @GET
    @Path("{documentId}/comments")
    @Operation(summary = "The approved comments on a document, and the caller's own")
    public List<CommentLine> comments(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        return documents.commentsOn(id, documentId).stream().map(CommentLine::of).toList();
    }

    @POST
    @Path("{documentId}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment on a draft or one of its paragraphs (participants), in the fields chosen or suggested")
    public Response comment(@PathParam("id") long id, @PathParam("documentId") long documentId, NewComment body) {
        RequestBody.require(body);
        return Response.status(Response.Status.CREATED).entity(CommentLine.of(
                documents.comment(id, documentId, body.paragraph(), body.text(), body.fieldIds()))).build();
    }
}
