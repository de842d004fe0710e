package vn.dangbo.api.congress;

import jakarta.annotation.security.PermitAll;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.RequestBody;
import vn.dangbo.api.congress.DocumentViews.PublicDrafts;
import vn.dangbo.api.congress.DocumentViews.ReceivedComment;
import vn.dangbo.records.congress.CongressDocuments;

/**
 * The residents' page: a congress's public drafts and the counts of approved comments, and a comment form,
 * all without signing in. Posting is limited per client address (HttpHardeningFilter); texts are plain text
 * with length limits; every comment waits for the secretariat.
 */
@Path("public/congresses/{id}")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class PublicCongressResource {

    /** name and neighbourhood (khu phố / tổ dân phố) are required; paragraph numbered from 1, optional. */
    public record ResidentComment(Long documentId, Integer paragraph, String name, String neighbourhood,
                                  String text) {
    }

    @Inject
    CongressDocuments documents;

    @GET
    @Path("drafts")
    @Operation(summary = "Public: the congress's drafts open to residents, the fields and the counts of approved comments")
    public PublicDrafts drafts(@PathParam("id") long id) {
        return PublicDrafts.of(documents.publicDrafts(id));
    }

    @POST
    @Path("comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Public: a resident's comment on a public draft, kept for the secretariat's approval")
    public Response comment(@PathParam("id") long id, ResidentComment body) {
        RequestBody.require(body);
        if (body.documentId() == null) {
            throw new vn.dangbo.records.shared.InvalidField("documentId", "field.required");
        }
        var c = documents.residentComment(id, body.documentId(), body.paragraph(), body.name(),
                body.neighbourhood(), body.text());
        return Response.status(Response.Status.ACCEPTED).entity(new ReceivedComment(c.id(), c.status().name())).build();
    }
}
