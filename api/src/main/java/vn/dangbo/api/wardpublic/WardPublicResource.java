package vn.dangbo.api.wardpublic;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.RequestBody;
import vn.dangbo.records.notice.Notice;
import vn.dangbo.records.wardpublic.EnrolmentRequest;
import vn.dangbo.records.wardpublic.WardPublicService;

/**
 * The ward's public page for residents, without signing in: public notices, the open congress's public drafts,
 * classes open to enrolment and the enrolment form. Only what was marked public is read; posting is limited per
 * client address (HttpHardeningFilter) and every request waits for the class's unit.
 */
@Path("public/ward")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class WardPublicResource {

    public record PublicNoticeLine(long id, String title, String excerpt, boolean important, Instant publishedAt) {
    }

    public record PublicNotice(long id, String title, String body, boolean important, Instant publishedAt) {
        static PublicNotice of(Notice n) {
            return new PublicNotice(n.id(), n.title(), n.body(), n.important(), n.publishedAt());
        }
    }

    public record DraftLink(long id, String title) {
    }

    /** The draft-comment page is /public/congresses/{id}. */
    public record CongressDrafts(long id, String name, List<DraftLink> drafts) {
    }

    public record ClassOpenForEnrolment(long id, String title, String unitName, List<String> skills, String instructor,
                                        String place, int sessions, LocalDate firstDay, LocalDate nextDay) {
    }

    public record WardHome(String wardName, List<PublicNoticeLine> notices, List<CongressDrafts> congresses,
                           List<ClassOpenForEnrolment> classes) {
    }

    /** A resident's request: name, phone (Vietnamese, any usual writing), khu phố and the class. */
    public record EnrolmentAsk(Long classId, String fullName, String phone, String neighbourhood) {
    }

    public record EnrolmentReceived(long id, String state) {
    }

    @Inject
    WardPublicService ward;

    @GET
    @Operation(summary = "Public: the ward page — public notices, the open congress's public drafts, classes open to enrolment")
    public WardHome home() {
        WardPublicService.WardPage p = ward.page();
        return new WardHome(p.wardName(),
                p.notices().stream().map(n -> new PublicNoticeLine(n.id(), n.title(), excerpt(n.body()), n.important(),
                        n.publishedAt())).toList(),
                p.congresses().stream().map(c -> new CongressDrafts(c.id(), c.name(), c.drafts().stream()
                        .map(d -> new DraftLink(d.id(), d.title())).toList())).toList(),
                p.classes().stream().map(c -> new ClassOpenForEnrolment(c.skillsClass().id(), c.skillsClass().title(),
                        c.unitName(), c.skillsClass().skills(), c.skillsClass().instructor(), c.skillsClass().place(),
                        c.sessions(), c.firstDay(), c.nextDay())).toList());
    }

    @GET
    @Path("notices/{id}")
    @Operation(summary = "Public: one public notice (any other is 404)")
    public PublicNotice notice(@PathParam("id") long id) {
        return PublicNotice.of(ward.notice(id));
    }

    @POST
    @Path("enrolments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Public: a resident asks to join a class open to enrolment; held for the class's unit (202)")
    public Response enrol(EnrolmentAsk body) {
        RequestBody.require(body);
        EnrolmentRequest r = ward.request(body.classId(), body.fullName(), body.phone(), body.neighbourhood());
        return Response.status(Response.Status.ACCEPTED).entity(new EnrolmentReceived(r.id(), r.state().name())).build();
    }

    /** The first lines of the body for the list, cut at a word. */
    static String excerpt(String body) {
        String flat = body.replace('\n', ' ').replaceAll("\\s+", " ").strip();
        if (flat.length() <= 200) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', 197);
        return flat.substring(0, cut > 100 ? cut : 197) + "…";
    }
}
