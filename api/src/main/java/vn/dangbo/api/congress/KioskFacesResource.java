package vn.dangbo.api.congress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.Roles;
import vn.dangbo.records.congress.FaceService;

/**
 * The enrolled face descriptors, handed only to the organising board and the secretariat (the face kiosk
 * matches locally; no face data goes anywhere else). A root path of its own, more literal than
 * CongressResource's "congresses", so that JAX-RS picks this class for exactly this path.
 */
@Path("congresses/{id}/faces")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.MEMBER, Roles.DELEGATE})
public class KioskFacesResource {

    /** One enrolled face as the kiosk matches it: who, where they sit, and the 128 numbers. */
    public record EnrolledFaceLine(long delegateId, String fullName, String seat, float[] descriptor) {
    }

    @Inject
    FaceService faces;

    @GET
    @Operation(summary = "The enrolled face descriptors for the face kiosk to match locally: the organising board or"
            + " the secretariat; empty once the congress is closed (closing deletes them)")
    public List<EnrolledFaceLine> list(@PathParam("id") long id) {
        return faces.faces(id).stream().map(f -> new EnrolledFaceLine(f.delegate().id(), f.delegate().fullName(),
                f.delegate().seat(), f.descriptor())).toList();
    }
}
