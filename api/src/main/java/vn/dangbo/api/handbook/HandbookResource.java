package vn.dangbo.api.handbook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.Roles;
import vn.dangbo.records.handbook.HandbookHome;

/** The member's handbook home in one request. */
@Path("handbook")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.MEMBER, Roles.DELEGATE})
public class HandbookResource {

    public record NextMeeting(long id, String topic, String kind, LocalDateTime startsAt, LocalDateTime endsAt,
                              String place, String cellName) {
    }

    public record UnreadNotice(long id, String title, boolean important, String senderName, Instant publishedAt) {
    }

    public record DocumentToRead(long id, String title, String number, String category, LocalDate issuedOn) {
    }

    /** What the handbook's home page shows: the first few of each list and the full counts. */
    public record HomePage(List<NextMeeting> nextMeetings, long unreadNotices, List<UnreadNotice> latestUnread,
                           long documentsToRead, List<DocumentToRead> toRead, long pendingCorrections) {
    }

    @Inject
    HandbookHome handbook;

    @GET
    @Path("home")
    @Operation(summary = "The caller's handbook home: next meetings, unread notices, documents to read, requests waiting")
    public HomePage home() {
        HandbookHome.Home h = handbook.home();
        return new HomePage(
                h.nextMeetings().stream().map(s -> new NextMeeting(s.meeting().id(), s.meeting().topic(),
                        s.meeting().kind().name(), s.meeting().startsAt(), s.meeting().endsAt(), s.meeting().place(),
                        s.cellName())).toList(),
                h.unreadNotices(),
                h.latestUnread().stream().map(n -> new UnreadNotice(n.id(), n.title(), n.important(),
                        n.senderName(), n.publishedAt())).toList(),
                h.documentsToRead(),
                h.toRead().stream().map(d -> new DocumentToRead(d.id(), d.title(), d.number(), d.category().name(),
                        d.issuedOn())).toList(),
                h.pendingCorrections());
    }
}
