package vn.dangbo.api.unitrating;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.dangbo.api.RequestBody;
import vn.dangbo.api.Roles;
import vn.dangbo.records.organization.PartyUnit;
import vn.dangbo.records.rating.Grade;
import vn.dangbo.records.rating.RatingRule;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;
import vn.dangbo.records.unitrating.UnitRating;
import vn.dangbo.records.unitrating.UnitRatingRule;
import vn.dangbo.records.unitrating.UnitRatingService;
import vn.dangbo.records.unitrating.UnitRatingState;

/** Yearly rating of party organisations (đánh giá, xếp loại tổ chức đảng; the "Chi bộ 4 tốt" criteria). */
@Path("unit-ratings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.SECRETARY})
public class UnitRatingResource {

    /** id absent for the ward's defaults not saved yet. */
    public record CriterionLine(Long id, int position, String title, int maxPoints) {
    }

    /**
     * configured: saved by the ward for the year (else the defaults, to be saved); locked: an organisation has
     * assessed itself, nothing changes any more. Thresholds in percent of maxScore.
     */
    public record YearCriteria(int year, boolean configured, boolean locked, int excellentFrom, int goodFrom,
                               int completedFrom, int maxScore, List<CriterionLine> criteria,
                               int maxExcellentPercentOfGoodOrBetter) {
        static YearCriteria of(UnitRatingService.YearSetup s) {
            List<CriterionLine> lines = new ArrayList<>();
            if (s.configured()) {
                s.criteria().forEach(c -> lines.add(new CriterionLine(c.id(), c.position(), c.title(), c.maxPoints())));
            } else {
                for (int i = 0; i < s.defaults().size(); i++) {
                    var d = s.defaults().get(i);
                    lines.add(new CriterionLine(null, i + 1, d.title(), d.maxPoints()));
                }
            }
            var t = s.thresholds();
            return new YearCriteria(s.year(), s.configured(), s.locked(), t.excellentFrom(), t.goodFrom(),
                    t.completedFrom(), s.maxScore(), lines, RatingRule.MAX_EXCELLENT_PERCENT_OF_GOOD_OR_BETTER);
        }
    }

    public record CriterionEntry(Long id, String title, Integer maxPoints) {
    }

    public record CriteriaChange(Integer year, Integer excellentFrom, Integer goodFrom, Integer completedFrom,
                                 List<CriterionEntry> criteria) {
    }

    public record CriterionScore(Long criterionId, Integer points) {
    }

    /** grade absent: the best the total allows. */
    public record SelfAssessment(Long unitId, Integer year, List<CriterionScore> scores, String grade, String note) {
    }

    /** grade absent: the one proposed. */
    public record Decision(String grade, String note) {
    }

    public record ReturnReason(String reason) {
    }

    public record UnitRatingView(long id, long unitId, String unitName, int year, UnitRatingState state,
                                 int totalScore, int maxScore, Grade proposedGrade, String note, String proposedBy,
                                 Instant proposedAt, Grade decidedGrade, String decisionNote, String returnReason,
                                 String decidedBy, Instant decidedAt, List<CriterionScore> scores) {
        static UnitRatingView of(UnitRating r, String unitName) {
            return new UnitRatingView(r.id(), r.unitId(), unitName, r.year(), r.state(), r.totalScore(), r.maxScore(),
                    r.proposedGrade(), r.note(), r.proposedBy(), r.proposedAt(), r.decidedGrade(), r.decisionNote(),
                    r.returnReason(), r.decidedBy(), r.decidedAt(), r.scores().entrySet().stream()
                    .map(e -> new CriterionScore(e.getKey(), e.getValue())).toList());
        }
    }

    public record MemberGradeCounts(long excellent, long good, long completed, long notCompleted, long rated,
                                    double excellentPercentOfGoodOrBetter) {
        static MemberGradeCounts of(UnitRatingRule.MemberGrades m) {
            return new MemberGradeCounts(m.excellent(), m.good(), m.completed(), m.notCompleted(), m.rated(),
                    UnitRatingRule.percent(m.excellent(), m.goodOrBetter()));
        }
    }

    /** An organisation of the year's list; rating absent when it has not assessed itself. */
    public record RatedUnit(long unitId, String unitName, String kind, UnitRatingView rating,
                            MemberGradeCounts members) {
    }

    /** excellentAllowed: the members' ratings would let the organisation be rated excellent. */
    public record AssessmentForm(long unitId, String unitName, String kind, YearCriteria criteria,
                                 UnitRatingView rating, MemberGradeCounts members, boolean excellentAllowed) {
    }

    public record YearGrades(int year, int units, Map<Grade, Integer> decided, Map<Grade, Integer> proposed) {
    }

    public record RatingHistory(List<YearGrades> years, Long unitId, String unitName, List<UnitRatingView> ratings) {
    }

    @Inject
    UnitRatingService ratings;

    @GET
    @Path("criteria")
    @Operation(summary = "The year's criteria, their maximum points and the grade thresholds (the defaults until saved)")
    public YearCriteria criteria(@QueryParam("year") Integer year) {
        return YearCriteria.of(ratings.setup(year));
    }

    @PUT
    @Path("criteria")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "The ward sets the year's criteria and thresholds (409 once an organisation assessed itself)")
    public YearCriteria configure(CriteriaChange body) {
        RequestBody.require(body);
        List<UnitRatingService.CriterionInput> in = body.criteria() == null ? null : body.criteria().stream()
                .map(c -> c == null ? null : new UnitRatingService.CriterionInput(c.id(), c.title(), c.maxPoints()))
                .toList();
        return YearCriteria.of(ratings.configure(body.year(), body.excellentFrom(), body.goodFrom(),
                body.completedFrom(), in));
    }

    @GET
    @Operation(summary = "The caller's cells and sub-committees (officers: all) with their rating for the year")
    public List<RatedUnit> list(@QueryParam("year") Integer year) {
        return ratings.list(year).stream().map(l -> new RatedUnit(l.unit().id(), l.unit().name(), l.unit().kind().name(),
                l.rating().map(r -> UnitRatingView.of(r, l.unit().name())).orElse(null),
                MemberGradeCounts.of(l.members()))).toList();
    }

    @GET
    @Path("units/{unitId}")
    @Operation(summary = "One organisation's self-assessment form for a year: criteria, its rating, its members' grades")
    public AssessmentForm form(@PathParam("unitId") long unitId, @QueryParam("year") Integer year) {
        UnitRatingService.Form f = ratings.form(unitId, year);
        PartyUnit u = f.unit();
        return new AssessmentForm(u.id(), u.name(), u.kind().name(), YearCriteria.of(f.setup()),
                f.rating().map(r -> UnitRatingView.of(r, u.name())).orElse(null), MemberGradeCounts.of(f.members()),
                f.excellentBreach().isEmpty());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The organisation's self-assessment (its secretary): points per criterion, a grade, a note")
    public UnitRatingView propose(SelfAssessment body) {
        RequestBody.require(body);
        Map<Long, Integer> points = new LinkedHashMap<>();
        List<InvalidField> problems = new ArrayList<>();
        if (body.scores() != null) {
            for (int i = 0; i < body.scores().size(); i++) {
                CriterionScore s = body.scores().get(i);
                if (s == null || s.criterionId() == null) {
                    problems.add(new InvalidField("scores[" + i + "].criterionId", "field.required"));
                } else if (points.putIfAbsent(s.criterionId(), s.points()) != null) {
                    problems.add(new InvalidField("scores[" + i + "].criterionId", "field.invalid"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        points.values().removeIf(v -> v == null);
        UnitRating r = ratings.propose(body.unitId(), body.year(), points, grade(body.grade()), body.note());
        return view(r);
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "The committee decides the organisation's grade (final), under the same rules")
    public UnitRatingView decide(@PathParam("id") long id, Decision body) {
        return view(ratings.decide(id, body == null ? null : grade(body.grade()), body == null ? null : body.note()));
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "The committee returns the self-assessment to the organisation with the reason")
    public UnitRatingView giveBack(@PathParam("id") long id, ReturnReason body) {
        return view(ratings.giveBack(id, body == null ? null : body.reason()));
    }

    @GET
    @Path("history")
    @Operation(summary = "Grades per year over the caller's organisations (for the charts); one organisation's years with unitId")
    public RatingHistory history(@QueryParam("unitId") Long unitId) {
        UnitRatingService.History h = ratings.history(unitId);
        String name = h.unit().map(PartyUnit::name).orElse(null);
        return new RatingHistory(h.years().stream().map(y -> new YearGrades(y.year(), y.units(), y.decided(),
                y.proposed())).toList(), h.unit().map(PartyUnit::id).orElse(null), name,
                h.ratings().stream().map(r -> UnitRatingView.of(r, name)).toList());
    }

    /** A single rating just changed: the caller knows which organisation, so no name is looked up. */
    private static UnitRatingView view(UnitRating r) {
        return UnitRatingView.of(r, null);
    }

    private static Grade grade(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Grade.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(List.of(new InvalidField("grade", "field.notOneOf", List.of(Grade.values()).toString())));
        }
    }
}
