package vn.dangbo.api.skills;

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
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.ExcelFiles;
import vn.dangbo.api.QueryDates;
import vn.dangbo.api.RequestBody;
import vn.dangbo.api.Roles;
import vn.dangbo.records.skills.SkillsClass;
import vn.dangbo.records.skills.SkillsClassService;
import vn.dangbo.records.skills.SkillsReportWorkbook;

/**
 * Digital-skills classes (Bình dân học vụ số): classes of a cell or of the ward, their sessions, learners
 * (members or residents), attendance per session, computed completion, the printable completion list and the
 * period report (also as .xlsx). Officers see every class; a secretary the classes of the cells they manage.
 */
@Path("classes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY})
public class SkillsClassResource {

    public record NewSkillsClass(Long unitId, String title, List<String> skills, String instructor, String place,
                                 Integer requiredSessions) {
    }

    public record SkillsClassChanges(String title, List<String> skills, String instructor, String place,
                                     Integer requiredSessions) {
    }

    public record NewSession(LocalDate date, LocalTime time, String topic, String instructor) {
    }

    /** A member (memberId, optional neighbourhood) or a resident (fullName, phone, neighbourhood). */
    public record NewLearner(Long memberId, String fullName, String phone, String neighbourhood) {
    }

    public record SessionMark(Long sessionId, Long learnerId, Boolean present) {
    }

    public record ClassCard(long id, long unitId, String unitName, String title, List<String> skills,
                            String instructor, String place, Integer requiredSessions, int required, int sessions,
                            LocalDate firstDay, LocalDate lastDay, int learners, int residents, int completed) {
        static ClassCard of(SkillsClassService.ClassSummary s) {
            SkillsClass c = s.skillsClass();
            return new ClassCard(c.id(), c.unitId(), s.unitName(), c.title(), c.skills(), c.instructor(), c.place(),
                    c.requiredSessions(), s.required(), s.sessions(), s.firstDay(), s.lastDay(), s.learners(),
                    s.residents(), s.completed());
        }
    }

    public record SessionRow(long id, LocalDate date, LocalTime time, String topic, String instructor, boolean held,
                             int present, int absent) {
        static SessionRow of(SkillsClassService.SessionLine l) {
            var s = l.session();
            return new SessionRow(s.id(), s.heldOn(), s.startsAt(), s.topic(), s.instructor(), l.held(), l.present(),
                    l.absent());
        }
    }

    public record LearnerRow(long id, String kind, Long memberId, String fullName, String phone, String neighbourhood,
                             List<Long> presentAt, List<Long> absentAt, int attended, boolean completed) {
        static LearnerRow of(SkillsClassService.LearnerLine l) {
            var x = l.learner();
            return new LearnerRow(x.id(), x.resident() ? "RESIDENT" : "MEMBER", x.memberId(), l.fullName(), x.phone(),
                    x.neighbourhood(), l.presentAt(), l.absentAt(), l.attended(), l.completed());
        }
    }

    public record ClassSheet(long id, long unitId, String unitName, String title, List<String> skills,
                             String instructor, String place, Integer requiredSessions, int required, int completed,
                             List<SessionRow> sessions, List<LearnerRow> learners) {
        static ClassSheet of(SkillsClassService.ClassDetail d) {
            SkillsClass c = d.skillsClass();
            return new ClassSheet(c.id(), c.unitId(), d.unitName(), c.title(), c.skills(), c.instructor(), c.place(),
                    c.requiredSessions(), d.required(), d.completed(),
                    d.sessions().stream().map(SessionRow::of).toList(),
                    d.learners().stream().map(LearnerRow::of).toList());
        }
    }

    public record CompletedLearner(String fullName, String kind, String neighbourhood, int attended) {
    }

    public record CompletionSheet(String wardName, String unitName, long classId, String title, List<String> skills,
                                  String instructor, LocalDate firstDay, LocalDate lastDay, int sessions, int required,
                                  int learners, List<CompletedLearner> completed) {
    }

    public record ReportRow(String name, int classes, int learners, int residents, int members, int completed) {
        static ReportRow of(SkillsClassService.ReportLine l) {
            return new ReportRow(l.name(), l.classes(), l.learners(), l.residents(), l.members(), l.completed());
        }
    }

    public record ClassesReport(String wardName, LocalDate from, LocalDate to, int classes, int sessions,
                                int learners, int residents, int members, int completed, List<ReportRow> byUnit,
                                List<ReportRow> byNeighbourhood, List<ClassCard> classList) {
        static ClassesReport of(SkillsClassService.Report r) {
            return new ClassesReport(r.wardName(), r.from(), r.to(), r.classes(), r.sessions(), r.learners(),
                    r.residents(), r.members(), r.completed(), r.byUnit().stream().map(ReportRow::of).toList(),
                    r.byNeighbourhood().stream().map(ReportRow::of).toList(),
                    r.classList().stream().map(ClassCard::of).toList());
        }
    }

    @Inject
    SkillsClassService classes;

    @GET
    @Operation(summary = "The classes the caller runs (every class for officers), optionally of one unit; latest first")
    public List<ClassCard> list(@QueryParam("unitId") Long unitId) {
        return classes.list(unitId).stream().map(ClassCard::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a class of a cell (its secretary) or of the ward (officers)",
            description = "requiredSessions: sessions to attend for completion; absent means every session")
    public Response create(NewSkillsClass body) {
        RequestBody.require(body);
        var d = classes.create(body.unitId(), body.title(), body.skills(), body.instructor(), body.place(),
                body.requiredSessions());
        return Response.status(Response.Status.CREATED).entity(ClassSheet.of(d)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A class with its sessions, learners, attendance and computed completion")
    public ClassSheet get(@PathParam("id") long id) {
        return ClassSheet.of(classes.detail(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a class's title, skills, instructor, place or required sessions")
    public ClassSheet update(@PathParam("id") long id, SkillsClassChanges body) {
        RequestBody.require(body);
        return ClassSheet.of(classes.update(id, body.title(), body.skills(), body.instructor(), body.place(),
                body.requiredSessions()));
    }

    @POST
    @Path("{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a session: date, optional time, topic and instructor")
    public Response addSession(@PathParam("id") long id, NewSession body) {
        RequestBody.require(body);
        var d = classes.addSession(id, body.date(), body.time(), body.topic(), body.instructor());
        return Response.status(Response.Status.CREATED).entity(ClassSheet.of(d)).build();
    }

    @POST
    @Path("{id}/learners")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enrol a member of the unit (memberId) or a resident (fullName, phone, neighbourhood)",
            description = "409 when the member, or the phone number, is already enrolled in the class")
    public Response enrol(@PathParam("id") long id, NewLearner body) {
        RequestBody.require(body);
        var d = classes.enrol(id, body.memberId(), body.fullName(), body.phone(), body.neighbourhood());
        return Response.status(Response.Status.CREATED).entity(ClassSheet.of(d)).build();
    }

    @POST
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark a learner present or absent at a session held (not a future one)")
    public ClassSheet mark(@PathParam("id") long id, SessionMark body) {
        RequestBody.require(body);
        return ClassSheet.of(classes.mark(id, body.sessionId(), body.learnerId(), body.present()));
    }

    @GET
    @Path("{id}/completion")
    @Operation(summary = "The completion list to print: the ward, the class, the learners who completed it")
    public CompletionSheet completion(@PathParam("id") long id) {
        var c = classes.completionList(id);
        SkillsClass k = c.skillsClass();
        return new CompletionSheet(c.wardName(), c.unitName(), k.id(), k.title(), k.skills(), k.instructor(),
                c.firstDay(), c.lastDay(), c.sessions(), c.required(), c.learners(), c.completed().stream()
                .map(l -> new CompletedLearner(l.fullName(), l.learner().resident() ? "RESIDENT" : "MEMBER",
                        l.learner().neighbourhood(), l.attended())).toList());
    }

    @GET
    @Path("report")
    @Operation(summary = "The period report: classes with a session in [from, to], learners, completed, "
            + "by unit and by neighbourhood")
    public ClassesReport report(@QueryParam("from") String from, @QueryParam("to") String to) {
        return ClassesReport.of(classes.report(QueryDates.parse("from", from), QueryDates.parse("to", to)));
    }

    @GET
    @Path("report/xlsx")
    @Produces(ExcelFiles.XLSX)
    @Operation(summary = "The period report as an Excel workbook (.xlsx)")
    public Response reportWorkbook(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate start = QueryDates.parse("from", from);
        LocalDate end = QueryDates.parse("to", to);
        var report = classes.reportForExport(start, end);
        StreamingOutput body = out -> SkillsReportWorkbook.write(report, out);
        return Response.ok(body, ExcelFiles.XLSX).header("Content-Disposition",
                "attachment; filename=\"binh-dan-hoc-vu-so-" + start + "-" + end + ".xlsx\"").build();
    }
}
