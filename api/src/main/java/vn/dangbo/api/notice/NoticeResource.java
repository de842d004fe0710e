package vn.dangbo.api.notice;

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
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.RequestBody;
import vn.dangbo.api.Roles;
import vn.dangbo.records.notice.Notice;
import vn.dangbo.records.notice.NoticeService;

/** Notices to members' handbooks (thông báo) and their read receipts. */
@Path("notices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.MEMBER, Roles.DELEGATE})
public class NoticeResource {

    /**
     * wardWide (officers) or cellIds; body is plain text whose line breaks are kept; publicNotice (officers): also
     * on the ward's public page.
     */
    public record NewNotice(String title, String body, Boolean important, Boolean wardWide, List<Long> cellIds,
                            Boolean publicNotice) {
    }

    /** A notice in the caller's handbook list; readAt absent while unread. */
    public record HandbookNotice(long id, String title, String excerpt, boolean important, String senderName,
                                 Instant publishedAt, Instant readAt) {
        static HandbookNotice of(NoticeService.Received r) {
            Notice n = r.notice();
            return new HandbookNotice(n.id(), n.title(), NoticeResource.excerpt(n.body()), n.important(), n.senderName(),
                    n.publishedAt(), r.readAt());
        }
    }

    /**
     * One notice. recipient: it was sent to the caller (readAt their receipt); managed: the caller may see the
     * receipts (readCount of recipientCount).
     */
    public record NoticeReading(long id, String title, String body, boolean important, boolean wardWide,
                             List<Long> cellIds, List<String> cellNames, String senderName, Instant publishedAt,
                             int recipientCount, boolean recipient, Instant readAt, boolean managed,
                             Long readCount, boolean publicNotice) {
        static NoticeReading of(NoticeService.Detail d) {
            Notice n = d.notice();
            return new NoticeReading(n.id(), n.title(), n.body(), n.important(), n.wardWide(),
                    n.unitIds().stream().sorted().toList(), d.unitNames(), n.senderName(), n.publishedAt(),
                    n.recipientCount(), d.recipient(), d.readAt(), d.managed(), d.managed() ? d.readCount() : null,
                    n.publicNotice());
        }
    }

    public record SentNotice(long id, String title, boolean important, boolean wardWide, List<String> cellNames,
                             String sentBy, String senderName, Instant publishedAt, int recipientCount,
                             long readCount) {
        static SentNotice of(NoticeService.Sent s) {
            Notice n = s.notice();
            return new SentNotice(n.id(), n.title(), n.important(), n.wardWide(), s.unitNames(), n.sentBy(),
                    n.senderName(), n.publishedAt(), n.recipientCount(), s.readCount());
        }
    }

    public record ReceiptLine(long memberId, String fullName, String cellName, Instant readAt) {
        static ReceiptLine of(NoticeService.ReceiptLine l) {
            return new ReceiptLine(l.memberId(), l.fullName(), l.cellName(), l.readAt());
        }
    }

    public record NoticeReceipts(long id, String title, Instant publishedAt, List<String> cellNames,
                                 boolean wardWide, int recipientCount, int readCount, List<ReceiptLine> read,
                                 List<ReceiptLine> unread) {
        static NoticeReceipts of(NoticeService.Receipts r) {
            Notice n = r.notice();
            return new NoticeReceipts(n.id(), n.title(), n.publishedAt(), r.unitNames(), n.wardWide(),
                    r.read().size() + r.unread().size(), r.read().size(),
                    r.read().stream().map(ReceiptLine::of).toList(), r.unread().stream().map(ReceiptLine::of).toList());
        }
    }

    public record UnreadCount(long unread) {
    }

    public record Receipt(long noticeId, Instant readAt) {
    }

    @Inject
    NoticeService notices;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY})
    @Operation(summary = "Send a notice to the whole ward (officers) or to chosen cells (a secretary: their own)",
            description = "Recipients are the full and probationary members of those cells now; 409 when there are none")
    public Response send(NewNotice body) {
        RequestBody.require(body);
        NoticeService.Sent s = notices.send(body.title(), body.body(), body.important(), body.wardWide(),
                body.cellIds(), body.publicNotice());
        return Response.status(Response.Status.CREATED).entity(SentNotice.of(s)).build();
    }

    @GET
    @Path("mine")
    @Operation(summary = "The caller's notices, newest first, unread ones without readAt")
    public List<HandbookNotice> mine() {
        return notices.mine().stream().map(HandbookNotice::of).toList();
    }

    @GET
    @Path("mine/unread-count")
    @Operation(summary = "How many of the caller's notices are still unread (the handbook home)")
    public UnreadCount unread() {
        return new UnreadCount(notices.unreadCount());
    }

    @GET
    @Path("sent")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY})
    @Operation(summary = "Notices whose receipts the caller may see, newest first, with how many have read each")
    public List<SentNotice> sent() {
        return notices.sent().stream().map(SentNotice::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One notice, for a recipient or for whoever may see its receipts (reading it records nothing)")
    public NoticeReading get(@PathParam("id") long id) {
        return NoticeReading.of(notices.detail(id));
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "The caller opened the notice: the first time is recorded as the receipt, later ones change nothing")
    public Receipt read(@PathParam("id") long id) {
        return new Receipt(id, notices.markRead(id));
    }

    @GET
    @Path("{id}/receipts")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY})
    @Operation(summary = "Who has read the notice and when, and who has not yet (names in Vietnamese order)")
    public NoticeReceipts receipts(@PathParam("id") long id) {
        return NoticeReceipts.of(notices.receipts(id));
    }

    /** The first lines of the body for the list, cut at a word. */
    static String excerpt(String body) {
        String flat = body.replace('\n', ' ').replaceAll("\\s+", " ").strip();
        if (flat.length() <= 160) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', 157);
        return flat.substring(0, cut > 80 ? cut : 157) + "…";
    }
}
