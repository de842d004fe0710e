package vn.dangbo.api.congress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.Roles;
import vn.dangbo.records.congress.FaceService;

/**
 * Enrolling a delegate's face for face check-in: the secretariat's enrolment page sends the descriptor it
 * computed from the consented photo. A root path of its own, more literal than CongressResource's "congresses",
 * so that JAX-RS picks this class for exactly this path and CongressResource for its siblings.
 */
@Path("congresses/{id}/delegates/{delegateId}/face")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.MEMBER, Roles.DELEGATE})
public class FaceEnrolmentResource {

    @Inject
    FaceService faces;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store a delegate's face descriptor (128 numbers computed in the browser from the consented"
            + " photo): the organising board or the secretariat")
    public Response enrol(@PathParam("id") long id, @PathParam("delegateId") long delegateId, JsonObject body) {
        faces.enrol(id, delegateId, numbers(body));
        return Response.noContent().build();
    }

    /**
     * {descriptor: [numbers]}; anything but a number becomes null and a missing array an empty list, which the
     * domain refuses (after deciding whether the caller may enrol at all).
     */
    private static List<Double> numbers(JsonObject body) {
        JsonValue v = body == null ? null : body.get("descriptor");
        if (v == null || v.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        List<Double> out = new ArrayList<>();
        for (JsonValue x : v.asJsonArray()) {
            out.add(x instanceof JsonNumber n ? n.doubleValue() : null);
        }
        return out;
    }
}
