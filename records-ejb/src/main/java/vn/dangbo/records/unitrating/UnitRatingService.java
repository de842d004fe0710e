package vn.dangbo.records.unitrating;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.organization.PartyUnit;
import vn.dangbo.records.organization.UnitKind;
import vn.dangbo.records.organization.UnitNotFound;
import vn.dangbo.records.organization.UnitTree;
import vn.dangbo.records.rating.Grade;
import vn.dangbo.records.rating.RatingState;
import vn.dangbo.records.security.Caller;
import vn.dangbo.records.security.CurrentCaller;
import vn.dangbo.records.shared.Conflict;
import vn.dangbo.records.shared.InvalidField;
import vn.dangbo.records.shared.InvalidInput;
import vn.dangbo.records.shared.PlainText;

/**
 * Yearly rating of party organisations (cells and sub-committees): the ward sets the year's criteria and
 * thresholds (officers, before any organisation has assessed itself), the organisation's secretary scores each
 * criterion and proposes a grade, the committee decides (final) or returns it. The grade may never be better than
 * the score allows, and the organisation's own members' ratings limit it (see {@link UnitRatingRule#breach}).
 */
@Stateless
public class UnitRatingService {

    static final int MAX_TITLE = 300;
    static final int MAX_NOTE = 1000;
    static final int FIRST_YEAR = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    @Inject
    UnitTree tree;

    /** A criterion as entered by the officer: id of an existing one to change it, none for a new one. */
    public record CriterionInput(Long id, String title, Integer maxPoints) {
    }

    /**
     * A year's criteria and thresholds. configured: saved by the ward (otherwise the defaults are shown, without
     * ids, to be saved); locked: an organisation has already assessed itself, so they no longer change.
     */
    public record YearSetup(int year, boolean configured, boolean locked, UnitRatingRule.Thresholds thresholds,
                            List<RatingCriterion> criteria, List<UnitRatingRule.CriterionDraft> defaults) {

        public int maxScore() {
            return configured ? criteria.stream().mapToInt(RatingCriterion::maxPoints).sum()
                    : defaults.stream().mapToInt(UnitRatingRule.CriterionDraft::maxPoints).sum();
        }
    }

    /** An organisation in scope with its rating for the year, if any. */
    public record UnitLine(PartyUnit unit, Optional<UnitRating> rating, UnitRatingRule.MemberGrades members) {
    }

    /** The self-assessment form of one organisation: the year's setup, its rating, its members' grades. */
    public record Form(PartyUnit unit, YearSetup setup, Optional<UnitRating> rating,
                       UnitRatingRule.MemberGrades members, Optional<UnitRatingRule.Breach> excellentBreach) {
    }

    /** A year's organisations counted by grade (final grades, and proposals still waiting). */
    public record YearCount(int year, Map<Grade, Integer> decided, Map<Grade, Integer> proposed, int units) {
    }

    /** Every year's counts for the caller's organisations, and one organisation's ratings by year when asked. */
    public record History(List<YearCount> years, Optional<PartyUnit> unit, List<UnitRating> ratings) {
    }

    // ---------------------------------------------------------------- the ward's criteria

    public YearSetup setup(Integer year) {
        caller.get().requireManagesAnything();
        return setupOf(year(year, 1));
    }

    /** The officer sets the year's thresholds and criteria; refused once an organisation has assessed itself. */
    public YearSetup configure(Integer year, Integer excellentFrom, Integer goodFrom, Integer completedFrom,
                               List<CriterionInput> criteria) {
        Caller who = caller.get();
        who.requireWholeWard();
        int y = year(year, 1);
        List<InvalidField> problems = new ArrayList<>();
        UnitRatingRule.Thresholds t = new UnitRatingRule.Thresholds(
                or(excellentFrom, UnitRatingRule.DEFAULT_THRESHOLDS.excellentFrom()),
                or(goodFrom, UnitRatingRule.DEFAULT_THRESHOLDS.goodFrom()),
                or(completedFrom, UnitRatingRule.DEFAULT_THRESHOLDS.completedFrom()));
        problems.addAll(t.problems());
        List<CriterionInput> given = criteria == null ? List.of() : criteria.stream().filter(c -> c != null).toList();
        if (given.isEmpty()) {
            problems.add(new InvalidField("criteria", "unitRating.noCriteria"));
        } else if (given.size() > UnitRatingRule.MAX_CRITERIA) {
            problems.add(new InvalidField("criteria", "unitRating.tooManyCriteria", UnitRatingRule.MAX_CRITERIA));
        }
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            CriterionInput c = given.get(i);
            titles.add(PlainText.line("criteria[" + i + "].title", c.title(), MAX_TITLE, true, problems));
            if (c.maxPoints() == null) {
                problems.add(new InvalidField("criteria[" + i + "].maxPoints", "field.required"));
            } else if (c.maxPoints() < 1 || c.maxPoints() > UnitRatingRule.MAX_CRITERION_POINTS) {
                problems.add(new InvalidField("criteria[" + i + "].maxPoints", "unitRating.maxPoints",
                        UnitRatingRule.MAX_CRITERION_POINTS));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        RatingYear ry = em.find(RatingYear.class, y, LockModeType.PESSIMISTIC_WRITE);
        if (ratingsExist(y)) {
            throw new Conflict("unitRating.criteriaLocked", y);
        }
        boolean created = ry == null;
        if (created) {
            ry = new RatingYear(y);
            ry.set(t, who.username());
            em.persist(ry);
            em.flush();
        } else {
            ry.set(t, who.username());
        }
        Map<Long, RatingCriterion> existing = criteriaOf(y, true).stream()
                .collect(Collectors.toMap(RatingCriterion::id, Function.identity()));
        Set<Long> kept = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            CriterionInput c = given.get(i);
            RatingCriterion rc = c.id() == null ? null : existing.get(c.id());
            if (c.id() != null && rc == null) {
                throw new InvalidInput(List.of(new InvalidField("criteria[" + i + "].id", "unitRating.notThisYear")));
            }
            if (rc == null) {
                em.persist(new RatingCriterion(y, i + 1, titles.get(i), c.maxPoints()));
            } else {
                rc.change(i + 1, titles.get(i), c.maxPoints());
                kept.add(rc.id());
            }
        }
        existing.values().stream().filter(c -> !kept.contains(c.id()) && !c.retired()).forEach(RatingCriterion::retire);
        em.flush();
        YearSetup s = setupOf(y);
        audit.record(AuditAction.UNIT_RATING_CRITERIA_SET, "UNIT_RATING_YEAR", y, "ngưỡng " + t.excellentFrom() + "/"
                + t.goodFrom() + "/" + t.completedFrom() + "%; " + s.criteria().stream()
                .map(c -> c.title() + " (" + c.maxPoints() + ")").collect(Collectors.joining("; ")));
        return s;
    }

    // ---------------------------------------------------------------- the organisations

    /** The cells and sub-committees the caller manages (officers: all of them), with the year's ratings. */
    public List<UnitLine> list(Integer year) {
        Caller who = caller.get();
        who.requireManagesAnything();
        int y = year(year, 0);
        List<PartyUnit> units = em.createQuery("select u from PartyUnit u where u.kind in :kinds order by u.name, u.id",
                        PartyUnit.class).setParameter("kinds", List.of(UnitKind.SUB, UnitKind.CELL)).getResultList()
                .stream().filter(u -> who.manages(u.id()))
                .filter(u -> u.dissolvedOn() == null || u.dissolvedOn().getYear() >= y).toList();
        Map<Long, UnitRating> ratings = ratingsOf(y).stream()
                .collect(Collectors.toMap(UnitRating::unitId, Function.identity()));
        Map<Long, UnitRatingRule.MemberGrades> grades = memberGradesByCell(y);
        return units.stream().map(u -> new UnitLine(u, Optional.ofNullable(ratings.get(u.id())),
                sum(grades, cellsOf(u)))).toList();
    }

    public Form form(Long unitId, Integer year) {
        PartyUnit u = rated(unitId);
        caller.get().requireManages(u.id());
        int y = year(year, 0);
        UnitRatingRule.MemberGrades members = memberGrades(u, y);
        return new Form(u, setupOf(y), findRating(u.id(), y, false), members,
                UnitRatingRule.breach(Grade.EXCELLENT, members));
    }

    /**
     * The organisation's self-assessment: points for every criterion of the year (none above its maximum), a grade
     * no better than the total allows (the allowed one when none is given) and within the members' limits.
     */
    public UnitRating propose(Long unitId, Integer year, Map<Long, Integer> points, Grade grade, String note) {
        Caller who = caller.get();
        PartyUnit u = rated(unitId);
        who.requireManages(u.id());
        int y = year(year, 0);
        List<InvalidField> problems = new ArrayList<>();
        RatingYear ry = em.find(RatingYear.class, y, LockModeType.PESSIMISTIC_READ);
        if (ry == null) {
            throw new Conflict("unitRating.notConfigured", y);
        }
        List<RatingCriterion> criteria = criteriaOf(y, false);
        Map<Long, Integer> given = points == null ? Map.of() : points;
        Map<Long, Integer> scores = new LinkedHashMap<>();
        for (RatingCriterion c : criteria) {
            Integer p = given.get(c.id());
            String field = "scores." + c.id();
            if (p == null) {
                problems.add(new InvalidField(field, "unitRating.scoreMissing", c.title()));
            } else if (p < 0 || p > c.maxPoints()) {
                problems.add(new InvalidField(field, "unitRating.scoreRange", c.title(), c.maxPoints()));
            } else {
                scores.put(c.id(), p);
            }
        }
        for (Long id : given.keySet()) {
            if (criteria.stream().noneMatch(c -> c.id().equals(id))) {
                problems.add(new InvalidField("scores." + id, "unitRating.notThisYear"));
            }
        }
        String text = PlainText.lines("note", note, MAX_NOTE, false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        int max = criteria.stream().mapToInt(RatingCriterion::maxPoints).sum();
        int total = scores.values().stream().mapToInt(Integer::intValue).sum();
        Grade chosen = checkGrade(grade, total, max, ry.thresholds(), "grade");
        requireWithinLimits(u, y, chosen);
        UnitRating r = findRating(u.id(), y, true).orElse(null);
        String before = r == null ? null : r.state() + " " + r.totalScore() + " " + r.proposedGrade();
        if (r == null) {
            r = new UnitRating(u.id(), y);
            r.propose(scores, max, chosen, text, who.username());
            em.persist(r);
        } else {
            r.propose(scores, max, chosen, text, who.username());
        }
        em.flush();
        audit.record(AuditAction.UNIT_RATING_PROPOSED, "UNIT", u.id(), y + ": " + (before == null ? "" : before + " → ")
                + total + "/" + max + " " + chosen);
        return r;
    }

    /** The committee's decision: the grade (the proposed one when none is given), under the same rules; final. */
    public UnitRating decide(long ratingId, Grade grade, String note) {
        Caller who = caller.get();
        who.requireWholeWard();
        UnitRating r = find(ratingId);
        List<InvalidField> problems = new ArrayList<>();
        String text = PlainText.lines("note", note, MAX_NOTE, false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (r.state() != UnitRatingState.PROPOSED) {
            throw new Conflict(r.state() == UnitRatingState.DECIDED ? "unitRating.final" : "unitRating.notProposed");
        }
        RatingYear ry = em.find(RatingYear.class, r.year());
        Grade chosen = checkGrade(grade == null ? r.proposedGrade() : grade, r.totalScore(), r.maxScore(),
                ry.thresholds(), "grade");
        PartyUnit u = em.find(PartyUnit.class, r.unitId());
        requireWithinLimits(u, r.year(), chosen);
        r.decide(chosen, text, who.username());
        audit.record(AuditAction.UNIT_RATING_DECIDED, "UNIT", r.unitId(), r.year() + ": " + r.totalScore() + "/"
                + r.maxScore() + " " + chosen + (text == null ? "" : " — " + text));
        return r;
    }

    public UnitRating giveBack(long ratingId, String reason) {
        Caller who = caller.get();
        who.requireWholeWard();
        UnitRating r = find(ratingId);
        List<InvalidField> problems = new ArrayList<>();
        String why = PlainText.lines("reason", reason, MAX_NOTE, true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        r.giveBack(why, who.username());
        audit.record(AuditAction.UNIT_RATING_RETURNED, "UNIT", r.unitId(), r.year() + ": " + why);
        return r;
    }

    /** Counts per grade and year over the caller's organisations; one organisation's ratings when unitId is given. */
    public History history(Long unitId) {
        Caller who = caller.get();
        who.requireManagesAnything();
        Optional<PartyUnit> unit = Optional.empty();
        if (unitId != null) {
            PartyUnit u = rated(unitId);
            who.requireManages(u.id());
            unit = Optional.of(u);
        }
        List<UnitRating> all = em.createQuery("select r from UnitRating r order by r.year, r.id", UnitRating.class)
                .getResultList().stream().filter(r -> who.manages(r.unitId())).toList();
        Map<Integer, List<UnitRating>> byYear = all.stream()
                .collect(Collectors.groupingBy(UnitRating::year, TreeMap::new, Collectors.toList()));
        List<YearCount> years = new ArrayList<>();
        byYear.forEach((y, rs) -> {
            Map<Grade, Integer> decided = zero();
            Map<Grade, Integer> proposed = zero();
            for (UnitRating r : rs) {
                if (r.state() == UnitRatingState.DECIDED) {
                    decided.merge(r.decidedGrade(), 1, Integer::sum);
                } else if (r.state() == UnitRatingState.PROPOSED) {
                    proposed.merge(r.proposedGrade(), 1, Integer::sum);
                }
            }
            years.add(new YearCount(y, decided, proposed, rs.size()));
        });
        List<UnitRating> ofUnit = unit.map(u -> all.stream().filter(r -> r.unitId() == u.id())
                .sorted(Comparator.comparingInt(UnitRating::year).reversed()).toList()).orElse(List.of());
        return new History(years, unit, ofUnit);
    }

    // ---------------------------------------------------------------- rules applied

    private static Grade checkGrade(Grade asked, int total, int max, UnitRatingRule.Thresholds t, String field) {
        Grade allowed = UnitRatingRule.gradeFor(total, max, t);
        Grade chosen = asked == null ? allowed : asked;
        if (chosen.betterThan(allowed)) {
            throw new InvalidInput(List.of(new InvalidField(field, "unitRating.gradeAboveScore",
                    UnitRatingRule.minimumPoints(chosen, max, t), max, total)));
        }
        return chosen;
    }

    private void requireWithinLimits(PartyUnit u, int year, Grade grade) {
        UnitRatingRule.breach(grade, memberGrades(u, year)).ifPresent(b -> {
            throw new Conflict(b.messageKey(), b.figures());
        });
    }

    private UnitRatingRule.MemberGrades memberGrades(PartyUnit u, int year) {
        return sum(memberGradesByCell(year), cellsOf(u));
    }

    private Set<Long> cellsOf(PartyUnit u) {
        return u.kind() == UnitKind.CELL ? Set.of(u.id()) : tree.withDescendants(Set.of(u.id()));
    }

    /** The members' ratings of a year (proposed or approved) counted by grade, per cell. */
    private Map<Long, UnitRatingRule.MemberGrades> memberGradesByCell(int year) {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : em.createQuery("""
                        select r.cellId, r.grade, count(r) from MemberRating r
                        where r.year = :y and r.state <> :returned group by r.cellId, r.grade""", Object[].class)
                .setParameter("y", year).setParameter("returned", RatingState.RETURNED).getResultList()) {
            counts.computeIfAbsent((Long) row[0], k -> new long[4])[((Grade) row[1]).ordinal()] += (Long) row[2];
        }
        Map<Long, UnitRatingRule.MemberGrades> out = new HashMap<>();
        counts.forEach((cell, c) -> out.put(cell, new UnitRatingRule.MemberGrades(c[0], c[1], c[2], c[3])));
        return out;
    }

    private static UnitRatingRule.MemberGrades sum(Map<Long, UnitRatingRule.MemberGrades> byCell, Set<Long> cells) {
        long e = 0, g = 0, c = 0, n = 0;
        for (Long id : cells) {
            UnitRatingRule.MemberGrades m = byCell.get(id);
            if (m != null) {
                e += m.excellent();
                g += m.good();
                c += m.completed();
                n += m.notCompleted();
            }
        }
        return new UnitRatingRule.MemberGrades(e, g, c, n);
    }

    // ---------------------------------------------------------------- lookups

    private YearSetup setupOf(int y) {
        RatingYear ry = em.find(RatingYear.class, y);
        boolean locked = ratingsExist(y);
        if (ry == null) {
            return new YearSetup(y, false, locked, UnitRatingRule.DEFAULT_THRESHOLDS, List.of(),
                    UnitRatingRule.DEFAULT_CRITERIA);
        }
        return new YearSetup(y, true, locked, ry.thresholds(), criteriaOf(y, false), UnitRatingRule.DEFAULT_CRITERIA);
    }

    private List<RatingCriterion> criteriaOf(int year, boolean withRetired) {
        return em.createQuery("select c from RatingCriterion c where c.year = :y"
                        + (withRetired ? "" : " and c.retired = false") + " order by c.position, c.id",
                RatingCriterion.class).setParameter("y", year).getResultList();
    }

    private boolean ratingsExist(int year) {
        return em.createQuery("select count(r) from UnitRating r where r.year = :y", Long.class)
                .setParameter("y", year).getSingleResult() > 0;
    }

    private List<UnitRating> ratingsOf(int year) {
        return em.createQuery("select r from UnitRating r where r.year = :y", UnitRating.class)
                .setParameter("y", year).getResultList();
    }

    private Optional<UnitRating> findRating(long unitId, int year, boolean lock) {
        var q = em.createQuery("select r from UnitRating r where r.unitId = :u and r.year = :y", UnitRating.class)
                .setParameter("u", unitId).setParameter("y", year);
        if (lock) {
            q.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return q.getResultList().stream().findFirst();
    }

    private UnitRating find(long id) {
        UnitRating r = Optional.ofNullable(em.find(UnitRating.class, id)).orElseThrow(() -> new UnitRatingNotFound(id));
        em.lock(r, LockModeType.PESSIMISTIC_WRITE);
        return r;
    }

    /** A cell or a sub-committee: the ward committee itself is rated by the level above. */
    private PartyUnit rated(Long unitId) {
        if (unitId == null) {
            throw new InvalidInput(List.of(new InvalidField("unitId", "field.required")));
        }
        PartyUnit u = Optional.ofNullable(em.find(PartyUnit.class, unitId)).orElseThrow(() -> new UnitNotFound(unitId));
        if (u.kind() == UnitKind.WARD) {
            caller.get().requireManages(u.id());
            throw new InvalidInput(List.of(new InvalidField("unitId", "unitRating.notRated")));
        }
        return u;
    }

    /** A year from 2000 to this year (plus {@code ahead} years: the criteria of next year may be prepared). */
    private static int year(Integer year, int ahead) {
        int now = LocalDate.now().getYear();
        if (year == null) {
            return now;
        }
        if (year < FIRST_YEAR || year > now + ahead) {
            throw new InvalidInput(List.of(new InvalidField("year", "unitRating.year", FIRST_YEAR, now + ahead)));
        }
        return year;
    }

    private static int or(Integer v, int dflt) {
        return v == null ? dflt : v;
    }

    private static Map<Grade, Integer> zero() {
        Map<Grade, Integer> m = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            m.put(g, 0);
        }
        return m;
    }
}
