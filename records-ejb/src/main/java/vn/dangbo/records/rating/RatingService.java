package vn.dangbo.records.rating;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.member.Member;
import vn.dangbo.records.member.MemberNotFound;
import vn.dangbo.records.member.MemberStatus;
import vn.dangbo.records.organization.PartyUnit;
import vn.dangbo.records.organization.UnitKind;
import vn.dangbo.records.organization.UnitNotFound;
import vn.dangbo.records.security.Caller;
import vn.dangbo.records.security.CurrentCaller;
import vn.dangbo.records.shared.Conflict;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;
import vn.dangbo.records.shared.VietnameseText;

/**
 * The annual rating of members (Quy định 366-QĐ/TW): the cell proposes a score and a grade, the committee
 * approves or returns it; approved ratings are final. The share of excellent members is capped per cell.
 */
@Stateless
public class RatingService {

    static final int MAX_TEXT = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    /** A member of a cell with their rating for the year, if any. */
    public record Entry(Member member, Optional<MemberRating> rating) {
    }

    /** The cell's active members with their ratings for a year, in Vietnamese order. */
    public List<Entry> ofCell(Long cellId, Integer year) {
        PartyUnit cell = cell(cellId);
        caller.get().requireManages(cell.id());
        int y = year(year);
        List<Member> members = activeMembers(cell.id());
        Map<Long, MemberRating> ratings = members.isEmpty() ? Map.of() : em.createQuery(
                        "select r from MemberRating r where r.year = :y and r.memberId in :ids", MemberRating.class)
                .setParameter("y", y).setParameter("ids", members.stream().map(Member::id).toList())
                .getResultList().stream().collect(Collectors.toMap(MemberRating::memberId, Function.identity()));
        return members.stream().map(m -> new Entry(m, Optional.ofNullable(ratings.get(m.id())))).toList();
    }

    /**
     * The cell proposes (or proposes again, after a return or before the decision) a member's rating. The grade
     * defaults to the one the score allows and may not be better than it.
     */
    public MemberRating propose(Long memberId, Integer year, Integer score, Grade proposedGrade, Boolean conditionsMet,
                                String note) {
        Caller who = caller.get();
        if (memberId == null) {
            throw new InvalidInput(List.of(new InvalidField("memberId", "field.required")));
        }
        Member m = Optional.ofNullable(em.find(Member.class, memberId)).orElseThrow(() -> new MemberNotFound(memberId));
        who.requireManages(m.cell().id());
        if (!m.status().active()) {
            throw new Conflict("rating.memberNotActive");
        }
        List<InvalidField> problems = new ArrayList<>();
        int now = LocalDate.now().getYear();
        if (year == null) {
            problems.add(new InvalidField("year", "field.required"));
        } else if (year > now || year < 1930) {
            problems.add(new InvalidField("year", "rating.year", now));
        } else if (m.admissionDate() != null && year < m.admissionDate().getYear()) {
            problems.add(new InvalidField("year", "rating.beforeAdmission"));
        }
        boolean conditions = Boolean.TRUE.equals(conditionsMet);
        Grade allowed = null;
        if (score == null) {
            problems.add(new InvalidField("score", "field.required"));
        } else if (score < 0 || score > RatingRule.MAX_SCORE) {
            problems.add(new InvalidField("score", "rating.score", RatingRule.MAX_SCORE));
        } else {
            allowed = RatingRule.gradeFor(score, conditions);
        }
        Grade grade = proposedGrade == null ? allowed : proposedGrade;
        if (allowed != null && grade.betterThan(allowed)) {
            problems.add(grade == Grade.EXCELLENT && score >= RatingRule.EXCELLENT_FROM
                    ? new InvalidField("grade", "rating.conditionsNotMet")
                    : new InvalidField("grade", "rating.gradeAboveScore", minimum(grade), score));
        }
        String text = VietnameseText.clean(note);
        if (text != null && text.length() > MAX_TEXT) {
            problems.add(new InvalidField("note", "field.tooLong", MAX_TEXT));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        MemberRating r = em.createQuery("select r from MemberRating r where r.memberId = :m and r.year = :y",
                        MemberRating.class).setParameter("m", memberId).setParameter("y", year)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream().findFirst().orElse(null);
        String before = r == null ? null : r.state() + " " + r.score() + " " + r.grade();
        if (r == null) {
            r = new MemberRating(memberId, m.cell().id(), year);
            r.propose(score, conditions, grade, text == null || text.isEmpty() ? null : text, who.username());
            em.persist(r);
        } else {
            r.propose(score, conditions, grade, text == null || text.isEmpty() ? null : text, who.username());
        }
        em.flush();
        audit.record(AuditAction.RATING_PROPOSED, "MEMBER", memberId, year + ": "
                + (before == null ? "" : before + " → ") + score + " " + grade + (conditions ? " (đủ điều kiện)" : ""));
        return r;
    }

    /** The committee approves; refused when it would take the cell's excellent members over the limit. */
    public MemberRating approve(long ratingId) {
        Caller who = caller.get();
        who.requireWholeWard();
        MemberRating r = find(ratingId, true);
        if (r.state() == RatingState.PROPOSED && r.grade() == Grade.EXCELLENT) {
            List<MemberRating> cellYear = em.createQuery("""
                            select r from MemberRating r where r.cellId = :c and r.year = :y and r.state <> :returned""",
                            MemberRating.class).setParameter("c", r.cellId()).setParameter("y", r.year())
                    .setParameter("returned", RatingState.RETURNED)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
            long excellent = cellYear.stream().filter(x -> x.state() == RatingState.APPROVED
                    && x.grade() == Grade.EXCELLENT).count() + 1;
            long goodOrBetter = cellYear.stream().filter(x -> x.grade().goodOrBetter()).count();
            if (!RatingRule.withinExcellentLimit(excellent, goodOrBetter)) {
                throw new Conflict("rating.excellentLimit", RatingRule.MAX_EXCELLENT_PERCENT_OF_GOOD_OR_BETTER,
                        excellent, goodOrBetter);
            }
        }
        r.approve(who.username());
        audit.record(AuditAction.RATING_APPROVED, "MEMBER", r.memberId(), r.year() + ": " + r.score() + " " + r.grade());
        return r;
    }

    /** The committee sends a proposal back to the cell with the reason. */
    public MemberRating giveBack(long ratingId, String reason) {
        Caller who = caller.get();
        who.requireWholeWard();
        MemberRating r = find(ratingId, false);
        String why = VietnameseText.clean(reason);
        if (why == null || why.isEmpty()) {
            throw new InvalidInput(List.of(new InvalidField("reason", "field.required")));
        }
        if (why.length() > MAX_TEXT) {
            throw new InvalidInput(List.of(new InvalidField("reason", "field.tooLong", MAX_TEXT)));
        }
        r.giveBack(who.username(), why);
        audit.record(AuditAction.RATING_RETURNED, "MEMBER", r.memberId(), r.year() + ": " + why);
        return r;
    }

    /** Counts per grade for a cell and year, with the share of excellent members against the limit. */
    public RatingStatistics statistics(Long cellId, Integer year) {
        PartyUnit cell = cell(cellId);
        caller.get().requireManages(cell.id());
        int y = year(year);
        List<MemberRating> ratings = em.createQuery("""
                        select r from MemberRating r where r.cellId = :c and r.year = :y and r.state <> :returned""",
                        MemberRating.class).setParameter("c", cell.id()).setParameter("y", y)
                .setParameter("returned", RatingState.RETURNED).getResultList();
        int rated = ratings.size();
        Map<Grade, int[]> counts = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            counts.put(g, new int[2]);
        }
        for (MemberRating r : ratings) {
            counts.get(r.grade())[0]++;
            if (r.state() == RatingState.APPROVED) {
                counts.get(r.grade())[1]++;
            }
        }
        List<RatingStatistics.GradeCount> grades = new ArrayList<>();
        counts.forEach((g, c) -> grades.add(new RatingStatistics.GradeCount(g, c[0], c[1], percent(c[0], rated))));
        int excellent = counts.get(Grade.EXCELLENT)[0];
        int goodOrBetter = excellent + counts.get(Grade.GOOD)[0];
        int approved = (int) ratings.stream().filter(r -> r.state() == RatingState.APPROVED).count();
        return new RatingStatistics(cell.id(), cell.name(), y, activeMembers(cell.id()).size(), rated, approved, grades,
                percent(excellent, goodOrBetter), RatingRule.MAX_EXCELLENT_PERCENT_OF_GOOD_OR_BETTER,
                !RatingRule.withinExcellentLimit(excellent, goodOrBetter));
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }

    private static int minimum(Grade g) {
        return switch (g) {
            case EXCELLENT -> RatingRule.EXCELLENT_FROM;
            case GOOD -> RatingRule.GOOD_FROM;
            case COMPLETED -> RatingRule.COMPLETED_FROM;
            case NOT_COMPLETED -> 0;
        };
    }

    private List<Member> activeMembers(long cellId) {
        return em.createQuery("""
                        select m from Member m where m.cell.id = :c and m.status in :active
                        order by m.sortKey, m.id""", Member.class)
                .setParameter("c", cellId).setParameter("active", MemberStatus.ACTIVE).getResultList();
    }

    private PartyUnit cell(Long cellId) {
        if (cellId == null) {
            throw new InvalidInput(List.of(new InvalidField("cellId", "field.required")));
        }
        PartyUnit cell = Optional.ofNullable(em.find(PartyUnit.class, cellId)).orElseThrow(() -> new UnitNotFound(cellId));
        if (cell.kind() != UnitKind.CELL) {
            caller.get().requireManages(cellId);
            throw new InvalidInput(List.of(new InvalidField("cellId", "rating.notACell")));
        }
        return cell;
    }

    private MemberRating find(long id, boolean lock) {
        MemberRating r = Optional.ofNullable(em.find(MemberRating.class, id)).orElseThrow(() -> new RatingNotFound(id));
        if (lock) {
            em.lock(r, LockModeType.PESSIMISTIC_WRITE);
        }
        return r;
    }

    private static int year(Integer year) {
        int now = LocalDate.now().getYear();
        if (year == null) {
            return now;
        }
        if (year < 1930 || year > now) {
            throw new InvalidInput(List.of(new InvalidField("year", "rating.year", now)));
        }
        return year;
    }
}
