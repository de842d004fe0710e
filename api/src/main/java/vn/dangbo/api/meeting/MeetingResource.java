package vn.dangbo.api.meeting;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.ExcelFiles;
import vn.dangbo.api.RequestBody;
import vn.dangbo.api.Roles;
import vn.dangbo.records.meeting.AttendanceStatus;
import vn.dangbo.records.meeting.CellMeeting;
import vn.dangbo.records.meeting.MeetingService;
import vn.dangbo.records.meeting.MinutesDocument;
import vn.dangbo.records.meeting.Quorum;
import vn.dangbo.records.member.MemberStatus;

/** Cell meetings (sinh hoạt chi bộ): planning, attendance and QR check-in, quorum, minutes, absence rule. */
@Path("meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY})
public class MeetingResource {

    public static final String PDF = "application/pdf";

    public record MeetingPlan(Long cellId, String kind, LocalDateTime startsAt, LocalDateTime endsAt, String place,
                              String topic, String agenda, List<String> documents) {
    }

    public record MeetingView(long id, long cellId, String cellName, String kind, LocalDateTime startsAt,
                              LocalDateTime endsAt, String place, String topic, String agenda, List<String> documents,
                              boolean postedLate, String state, String plannedBy, Instant plannedAt, Instant closedAt,
                              Integer requiredCount, Integer presentCount, String recordedQuorum, Boolean quorumMet,
                              boolean hasMinutes) {
        static MeetingView of(CellMeeting m, String cellName) {
            return new MeetingView(m.id(), m.cellId(), cellName, m.kind().name(), m.startsAt(), m.endsAt(), m.place(),
                    m.topic(), m.agenda(), m.documents(), m.postedLate(), m.state().name(), m.plannedBy(),
                    m.plannedAt(), m.closedAt(), m.requiredCount(), m.presentCount(),
                    m.recordedQuorum() == null ? null : m.recordedQuorum().toString(), m.quorumMet(), m.hasMinutes());
        }
    }

    public record AttendanceLine(long memberId, String fullName, MemberStatus memberStatus, boolean required,
                                 AttendanceStatus attendance, String reason, boolean selfCheckIn) {
    }

    public record MinutesView(String content, String opinions, String resolutions, Integer votesFor,
                              Integer votesAgainst, Integer votesAbstain, String chair, String secretary,
                              String writtenBy, Instant writtenAt) {
    }

    public record MeetingSheet(MeetingView meeting, boolean managed, List<AttendanceLine> attendance, String quorum, int required,
                               int present, int excused, int unexcused, int unmarked, int needed, boolean quorumMet,
                               AttendanceStatus myAttendance, MinutesView minutes) {
        static MeetingSheet of(MeetingService.MeetingDetail d) {
            CellMeeting m = d.meeting();
            MinutesView minutes = !d.minutesReadable() ? null : new MinutesView(m.minutesContent(),
                    m.minutesOpinions(), m.minutesResolutions(), m.votesFor(), m.votesAgainst(), m.votesAbstain(),
                    m.chairName(), m.secretaryName(), m.minutesBy(), m.minutesAt());
            return new MeetingSheet(MeetingView.of(m, d.cellName()), d.managed(), d.roster().stream().map(r -> new AttendanceLine(
                    r.memberId(), r.fullName(), r.memberStatus(), r.required(), r.attendance(), r.reason(),
                    r.selfCheckIn())).toList(), d.quorum().toString(), d.required(), d.present(), d.excused(),
                    d.unexcused(), d.unmarked(), d.needed(), d.quorumMet(), d.myAttendance(), minutes);
        }
    }

    public record AttendanceMark(Long memberId, String status, String reason) {
    }

    public record QrPayload(String code, LocalDateTime opensAt, LocalDateTime closesAt) {
    }

    public record ScannedCode(String code) {
    }

    public record MinutesText(String content, String opinions, String resolutions, Integer votesFor,
                              Integer votesAgainst, Integer votesAbstain, String chair, String secretary) {
    }

    public record QuorumSetting(String quorum) {
    }

    public record MyMeeting(MeetingView meeting, AttendanceStatus attendance, String reason, boolean selfCheckIn,
                            boolean minutesReadable) {
    }

    public record MyHistory(int year, List<MyMeeting> meetings, int present, int excused, int unexcused,
                            String absenceLevel) {
        static MyHistory of(MeetingService.MemberHistory h) {
            return new MyHistory(h.year(), h.meetings().stream().map(l -> new MyMeeting(MeetingView.of(l.meeting(),
                    l.cellName()), l.attendance(), l.reason(), l.selfCheckIn(), l.minutesReadable())).toList(),
                    h.present(), h.excused(), h.unexcused(), h.level().name());
        }
    }

    @Inject
    MeetingService meetings;

    @GET
    @Operation(summary = "A cell's meetings in a year, newest first")
    public List<MeetingView> list(@QueryParam("cellId") Long cellId, @QueryParam("year") Integer year) {
        return meetings.ofCell(cellId, year).stream().map(s -> MeetingView.of(s.meeting(), s.cellName())).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan a regular (monthly) or thematic meeting",
            description = "A regular meeting planned on or after the first day of its month is kept but flagged postedLate")
    public Response plan(MeetingPlan body) {
        RequestBody.require(body);
        MeetingService.MeetingDetail d = meetings.plan(body.cellId(), body.kind(), body.startsAt(), body.endsAt(),
                body.place(), body.topic(), body.agenda(), body.documents());
        return Response.status(Response.Status.CREATED).entity(MeetingSheet.of(d)).build();
    }

    @GET
    @Path("mine")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.MEMBER})
    @Operation(summary = "The caller's own cell's meetings: upcoming first (soonest first), then recent past ones")
    public List<MeetingView> mine() {
        return meetings.mine().stream().map(s -> MeetingView.of(s.meeting(), s.cellName())).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.MEMBER})
    @Operation(summary = "A meeting with its live quorum; the attendance list and minutes for those who manage the cell")
    public MeetingSheet get(@PathParam("id") long id) {
        return MeetingSheet.of(meetings.detail(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a planned meeting (not once closed)")
    public MeetingSheet replan(@PathParam("id") long id, MeetingPlan body) {
        RequestBody.require(body);
        return MeetingSheet.of(meetings.replan(id, body.kind(), body.startsAt(), body.endsAt(), body.place(),
                body.topic(), body.agenda(), body.documents()));
    }

    @POST
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark one member PRESENT, EXCUSED (with a reason) or UNEXCUSED; answers the live quorum")
    public MeetingSheet mark(@PathParam("id") long id, AttendanceMark body) {
        RequestBody.require(body);
        return MeetingSheet.of(meetings.mark(id, body.memberId(), body.status(), body.reason()));
    }

    @GET
    @Path("{id}/check-in-code")
    @Operation(summary = "The signed payload of the meeting's QR code, valid from 30 minutes before the start to the end")
    public Response checkInCode(@PathParam("id") long id) {
        MeetingService.CheckInCode c = meetings.checkInCode(id);
        return Response.ok(new QrPayload(c.code(), c.opensAt(), c.closesAt())).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("check-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.MEMBER})
    @Operation(summary = "A member checks in with the scanned QR payload",
            description = "400 for a code that is not genuine, 409 outside the meeting's window or when already present, "
                    + "403 for another cell's meeting")
    public MeetingSheet checkIn(ScannedCode body) {
        RequestBody.require(body);
        return MeetingSheet.of(meetings.checkIn(body.code()));
    }

    @POST
    @Path("{id}/closing")
    @Operation(summary = "Close the meeting: every required member must be marked; the quorum is recorded")
    public MeetingSheet close(@PathParam("id") long id) {
        return MeetingSheet.of(meetings.close(id));
    }

    @PUT
    @Path("{id}/minutes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write or rewrite the minutes: content, opinions, resolutions, votes, chair and secretary")
    public MeetingSheet minutes(@PathParam("id") long id, MinutesText body) {
        RequestBody.require(body);
        return MeetingSheet.of(meetings.writeMinutes(id, body.content(), body.opinions(), body.resolutions(),
                body.votesFor(), body.votesAgainst(), body.votesAbstain(), body.chair(), body.secretary()));
    }

    @GET
    @Path("{id}/minutes/docx")
    @Produces(ExcelFiles.DOCX)
    @Operation(summary = "The minutes as a Word document (biên bản sinh hoạt chi bộ), for those who manage the cell")
    public Response minutesDocx(@PathParam("id") long id) {
        MinutesDocument.Content c = meetings.minutesToEdit(id);
        return attachment(out -> MinutesDocument.writeDocx(c, out), ExcelFiles.DOCX, c, "docx");
    }

    @GET
    @Path("{id}/minutes/pdf")
    @Produces(PDF)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.MEMBER})
    @Operation(summary = "The minutes as a PDF: for those who manage the cell, and its members once the meeting is closed")
    public Response minutesPdf(@PathParam("id") long id) {
        MinutesDocument.Content c = meetings.minutesToRead(id);
        return attachment(out -> MinutesDocument.writePdf(c, out), PDF, c, "pdf");
    }

    private static Response attachment(StreamingOutput body, String type, MinutesDocument.Content c, String extension) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"bien-ban-sinh-hoat-"
                + c.meeting().startsAt().toLocalDate() + "-" + c.meeting().id() + "." + extension + "\"").build();
    }

    @GET
    @Path("mine/history")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY, Roles.MEMBER})
    @Operation(summary = "The caller's meetings in a year (attended or missed, any cell they belonged to) and the absence rule")
    public MyHistory history(@QueryParam("year") Integer year) {
        return MyHistory.of(meetings.history(year));
    }

    @GET
    @Path("attendance")
    @Operation(summary = "A cell's attendance for a year: per member with warnings (2 unexcused) and flags (3), per month")
    public MeetingService.CellYear attendance(@QueryParam("cellId") Long cellId, @QueryParam("year") Integer year) {
        return meetings.attendanceOfCell(cellId, year);
    }

    @GET
    @Path("attendance/cells")
    @Operation(summary = "Every managed cell's year: meetings, valid ones, attendance, members warned or flagged")
    public List<MeetingService.CellYear> attendanceOfCells(@QueryParam("year") Integer year) {
        return meetings.attendanceOfCells(year);
    }

    @GET
    @Path("quorum")
    @Operation(summary = "The ward's quorum for cell meetings (default 2/3)")
    public QuorumSetting quorum() {
        return new QuorumSetting(meetings.quorum().toString());
    }

    @PUT
    @Path("quorum")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Change the ward's quorum (officers); closed meetings keep the one they recorded")
    public QuorumSetting setQuorum(QuorumSetting body) {
        RequestBody.require(body);
        Quorum q = meetings.setQuorum(body.quorum());
        return new QuorumSetting(q.toString());
    }
}
