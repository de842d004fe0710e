package vn.dangbo.api.congress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.Roles;
import vn.dangbo.records.congress.CardService;
import vn.dangbo.records.congress.CardSheet;

/** The delegate cards as a PDF to print and cut, in batches (the organising board). */
@Path("congresses/{id}/cards.pdf")
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.OFFICER})
public class CardResource {

    static final String PDF = "application/pdf";

    @Inject
    CardService cards;

    @GET
    @Produces({PDF, "application/json"})
    @Operation(summary = "Delegate cards, 8 an A4 page with crop marks: a batch of at most 100 in the list's order "
            + "(from, size), optionally of one discussion group (groupId)")
    public Response cards(@PathParam("id") long id, @QueryParam("from") Integer from, @QueryParam("size") Integer size,
                          @QueryParam("groupId") Long groupId) {
        CardService.Batch batch = cards.batch(id, from, size, groupId);
        int first = from == null ? 1 : from + 1;
        StreamingOutput body = out -> CardSheet.write(batch.congress().name(), batch.cards(), out);
        return Response.ok(body, PDF).header("Content-Disposition", "attachment; filename=\"the-dai-bieu-"
                + id + (groupId == null ? "" : "-to-" + groupId) + "-" + first + ".pdf\"").build();
    }
}
