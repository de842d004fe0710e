package vn.dangbo.api.wardpublic;

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
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.RequestBody;
import vn.dangbo.api.Roles;
import vn.dangbo.records.wardpublic.EnrolmentRequest;
import vn.dangbo.records.wardpublic.EnrolmentState;
import vn.dangbo.records.wardpublic.WardPublicService;

/** The class's unit (officers, its secretary) opens a class to residents' enrolment and decides their requests. */
@Path("enrolment-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY})
public class ClassEnrolmentResource {

    public record RequestLine(long id, long classId, String fullName, String phone, String neighbourhood,
                              EnrolmentState state, Instant receivedAt, String decidedBy, Instant decidedAt,
                              String rejectReason, Long learnerId) {
        static RequestLine of(EnrolmentRequest r) {
            return new RequestLine(r.id(), r.classId(), r.fullName(), r.phone(), r.neighbourhood(), r.state(),
                    r.receivedAt(), r.decidedBy(), r.decidedAt(), r.rejectReason(), r.learnerId());
        }
    }

    /** open: listed on the public page for enrolment; requests waiting first. */
    public record PublicEnrolment(long classId, String title, boolean open, long pending, List<RequestLine> requests) {
        static PublicEnrolment of(WardPublicService.ClassEnrolment e) {
            return new PublicEnrolment(e.skillsClass().id(), e.skillsClass().title(), e.open(),
                    e.requests().stream().filter(r -> r.state() == EnrolmentState.PENDING).count(),
                    e.requests().stream().map(RequestLine::of).toList());
        }
    }

    public record Openness(Boolean open) {
    }

    public record RejectReason(String reason) {
    }

    @Inject
    WardPublicService ward;

    @GET
    @Path("classes/{classId}")
    @Operation(summary = "A class's public enrolment: whether it is open on the ward page, and residents' requests")
    public PublicEnrolment ofClass(@PathParam("classId") long classId) {
        return PublicEnrolment.of(ward.enrolment(classId));
    }

    @PUT
    @Path("classes/{classId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open (or close) the class to residents' enrolment on the ward's public page")
    public PublicEnrolment open(@PathParam("classId") long classId, Openness body) {
        RequestBody.require(body);
        return PublicEnrolment.of(ward.open(classId, body.open()));
    }

    @POST
    @Path("{id}/acceptance")
    @Operation(summary = "Accept a resident's request: they are enrolled as a learner of the class")
    public RequestLine accept(@PathParam("id") long id) {
        return RequestLine.of(ward.accept(id));
    }

    @POST
    @Path("{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a resident's request with the reason")
    public RequestLine reject(@PathParam("id") long id, RejectReason body) {
        return RequestLine.of(ward.reject(id, body == null ? null : body.reason()));
    }
}
