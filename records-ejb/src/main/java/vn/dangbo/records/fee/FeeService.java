package vn.dangbo.records.fee;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
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
import vn.dangbo.records.transfer.TransferState;

/**
 * Party fees: the committee sets category amounts, cells record each member's basis and monthly payments,
 * and the ledger shows what was due, what was paid and who is behind (DOMAIN.md's absence rule).
 * A payment is never changed or deleted: a correction is a new payment that supersedes it.
 */
@Stateless
public class FeeService {

    static final int MAX_NOTE = 500;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,40}");
    /** Far above any real salary; catches a mistyped extra digit group. */
    private static final long MAX_AMOUNT = 10_000_000_000L;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditLog audit;

    /** Every category rate, by code and then from the oldest month; any cell manager may read them. */
    public List<FeeCategoryRate> categoryRates() {
        caller.get().requireManagesAnything();
        return em.createQuery("select r from FeeCategoryRate r order by r.code, r.effectiveMonth",
                FeeCategoryRate.class).getResultList();
    }

    /** The committee sets (or changes from a month on) a category's fixed monthly amount. */
    public FeeCategoryRate setCategoryRate(String code, String name, Long amount, String effectiveMonth) {
        Caller who = caller.get();
        who.requireWholeWard();
        List<InvalidField> problems = new ArrayList<>();
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            problems.add(new InvalidField("code", c.isEmpty() ? "field.required" : "fee.code"));
        }
        String n = VietnameseText.clean(name);
        if (n == null || n.isEmpty()) {
            problems.add(new InvalidField("name", "field.required"));
        } else if (n.length() > 200) {
            problems.add(new InvalidField("name", "field.tooLong", 200));
        }
        checkAmount("amount", amount, true, problems);
        YearMonth from = month("effectiveMonth", effectiveMonth, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        boolean exists = !em.createQuery("select r.id from FeeCategoryRate r where r.code = :c and r.effectiveMonth = :m",
                Long.class).setParameter("c", c).setParameter("m", from.atDay(1)).getResultList().isEmpty();
        if (exists) {
            throw new Conflict("fee.rateExists", c, from.toString());
        }
        FeeCategoryRate rate = new FeeCategoryRate(c, n, amount, from, who.username());
        em.persist(rate);
        em.flush();
        audit.record(AuditAction.FEE_RATE_SET, "FEE_CATEGORY", c, n + ": " + amount + " đ từ " + from);
        return rate;
    }

    /** A member's salary (1% due) or category from a month on; by the member's cell or an officer. */
    public MemberFeeBasis setBasis(long memberId, String effectiveMonth, Long salary, String categoryCode) {
        Caller who = caller.get();
        Member m = member(memberId);
        who.requireManages(m.cell().id());
        List<InvalidField> problems = new ArrayList<>();
        YearMonth from = month("effectiveMonth", effectiveMonth, problems);
        String code = categoryCode == null || categoryCode.isBlank() ? null
                : categoryCode.strip().toUpperCase(java.util.Locale.ROOT);
        if ((salary == null) == (code == null)) {
            problems.add(new InvalidField("salary", "fee.salaryOrCategory"));
        } else if (salary != null) {
            checkAmount("salary", salary, true, problems);
        } else if (em.createQuery("select count(r) from FeeCategoryRate r where r.code = :c", Long.class)
                .setParameter("c", code).getSingleResult() == 0) {
            problems.add(new InvalidField("categoryCode", "fee.unknownCategory"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        MemberFeeBasis basis = new MemberFeeBasis(memberId, from, salary, code, who.username());
        em.persist(basis);
        em.flush();
        audit.record(AuditAction.FEE_BASIS_SET, "MEMBER", memberId,
                (salary != null ? "lương " + salary + " đ" : "đối tượng " + code) + " từ " + from);
        return basis;
    }

    /** The bases recorded for a member, oldest first. */
    public List<MemberFeeBasis> bases(long memberId) {
        Member m = member(memberId);
        caller.get().requireManages(m.cell().id());
        return em.createQuery("select b from MemberFeeBasis b where b.memberId = :m order by b.effectiveMonth, b.id",
                MemberFeeBasis.class).setParameter("m", memberId).getResultList();
    }

    /** The outcome of recording a payment: {@code created} is false when the same payment was already there. */
    public record Recorded(FeePayment payment, boolean created) {
    }

    /**
     * The cell records a member's fee for a month. Sending the same payment again changes nothing (a retry);
     * a different payment for a month already paid is refused: it must be a correction.
     */
    public Recorded recordPayment(Long memberId, String month, Long amount, LocalDate paidOn, String note) {
        Caller who = caller.get();
        if (memberId == null) {
            throw new InvalidInput(List.of(new InvalidField("memberId", "field.required")));
        }
        Member m = member(memberId);
        who.requireManages(m.cell().id());
        if (!m.status().active()) {
            throw new Conflict("fee.memberNotActive");
        }
        List<InvalidField> problems = new ArrayList<>();
        YearMonth ym = month("month", month, problems);
        LocalDate paid = paidOn == null ? LocalDate.now() : paidOn;
        checkPayment(amount, paid, note, problems);
        if (ym != null && ym.isAfter(YearMonth.now())) {
            problems.add(new InvalidField("month", "fee.futureMonth"));
        } else if (ym != null) {
            LocalDate since = inCellSince(List.of(m), m.cell().id()).get(m.id());
            if (since != null && ym.isBefore(YearMonth.from(since))) {
                problems.add(new InvalidField("month", "fee.notInCell"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Optional<FeePayment> existing = currentPayment(memberId, ym);
        if (existing.isPresent()) {
            FeePayment p = existing.get();
            if (p.amount() == amount && p.paidOn().equals(paid)) {
                return new Recorded(p, false);
            }
            throw new Conflict("fee.alreadyPaid", ym.toString());
        }
        FeePayment p = new FeePayment(memberId, m.cell().id(), ym, amount, paid, cleanNote(note), who.username(), null);
        em.persist(p);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // Two secretaries recording the same month at once: the unique key decides, the second is told why.
            throw new Conflict("fee.alreadyPaid", ym.toString());
        }
        audit.record(AuditAction.FEE_PAYMENT_RECORDED, "MEMBER", memberId, ym + ": " + amount + " đ, #" + p.id());
        return new Recorded(p, true);
    }

    /** A correction: a new payment for the same member and month replaces one that counts; a reason is required. */
    public FeePayment correctPayment(long paymentId, Long amount, LocalDate paidOn, String reason) {
        Caller who = caller.get();
        FeePayment old = Optional.ofNullable(em.find(FeePayment.class, paymentId))
                .orElseThrow(() -> new FeePaymentNotFound(paymentId));
        Member m = member(old.memberId());
        who.requireManages(m.cell().id());
        if (!old.current()) {
            throw new Conflict("fee.alreadyCorrected");
        }
        List<InvalidField> problems = new ArrayList<>();
        LocalDate paid = paidOn == null ? old.paidOn() : paidOn;
        checkPayment(amount, paid, reason, problems);
        if (VietnameseText.clean(reason) == null || VietnameseText.clean(reason).isEmpty()) {
            problems.add(new InvalidField("reason", "field.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        old.supersede();
        em.flush();
        FeePayment p = new FeePayment(old.memberId(), old.cellId(), old.month(), amount, paid, cleanNote(reason),
                who.username(), old.id());
        em.persist(p);
        em.flush();
        audit.record(AuditAction.FEE_PAYMENT_CORRECTED, "MEMBER", old.memberId(),
                old.month() + ": #" + old.id() + " " + old.amount() + " đ → #" + p.id() + " " + amount + " đ ("
                        + cleanNote(reason) + ")");
        return p;
    }

    /** Every payment of a member for a month, corrections included, oldest first. */
    public List<FeePayment> paymentHistory(long memberId, String month) {
        Member m = member(memberId);
        caller.get().requireManages(m.cell().id());
        List<InvalidField> problems = new ArrayList<>();
        YearMonth ym = month("month", month, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return em.createQuery("select p from FeePayment p where p.memberId = :m and p.feeMonth = :f order by p.id",
                FeePayment.class).setParameter("m", memberId).setParameter("f", ym.atDay(1)).getResultList();
    }

    /** A cell's ledger for a year: its active members, month by month. */
    public FeeLedger ledger(Long cellId, Integer year) {
        Caller who = caller.get();
        if (cellId == null) {
            throw new InvalidInput(List.of(new InvalidField("cellId", "field.required")));
        }
        PartyUnit cell = Optional.ofNullable(em.find(PartyUnit.class, cellId)).orElseThrow(() -> new UnitNotFound(cellId));
        who.requireManages(cellId);
        if (cell.kind() != UnitKind.CELL) {
            throw new InvalidInput(List.of(new InvalidField("cellId", "fee.notACell")));
        }
        return compute(cell, year(year), rules());
    }

    /** Arrears of every cell the caller manages (all cells for officers) for a year. */
    public List<FeeLedger.CellArrears> arrears(Integer year) {
        Caller who = caller.get();
        who.requireManagesAnything();
        int y = year(year);
        List<PartyUnit> cells = em.createQuery(
                        "select u from PartyUnit u where u.kind = :cell and u.dissolvedOn is null order by u.name",
                        PartyUnit.class).setParameter("cell", UnitKind.CELL).getResultList().stream()
                .filter(c -> who.manages(c.id())).toList();
        List<FeeRule.Rate> rates = rules();
        return cells.stream().map(c -> compute(c, y, rates).summary()).toList();
    }

    private FeeLedger compute(PartyUnit cell, int year, List<FeeRule.Rate> rates) {
        List<Member> members = em.createQuery("""
                        select m from Member m where m.cell.id = :c and m.status in :active
                        order by m.sortKey, m.id""", Member.class)
                .setParameter("c", cell.id()).setParameter("active", MemberStatus.ACTIVE).getResultList();
        List<Long> ids = members.stream().map(Member::id).toList();
        Map<Long, List<FeeRule.Basis>> bases = new HashMap<>();
        Map<Long, Map<YearMonth, FeePayment>> payments = new HashMap<>();
        Map<Long, LocalDate> since = inCellSince(members, cell.id());
        if (!ids.isEmpty()) {
            for (MemberFeeBasis b : em.createQuery("select b from MemberFeeBasis b where b.memberId in :ids",
                    MemberFeeBasis.class).setParameter("ids", ids).getResultList()) {
                bases.computeIfAbsent(b.memberId(), k -> new ArrayList<>()).add(b.rule());
            }
            for (FeePayment p : em.createQuery("""
                            select p from FeePayment p where p.memberId in :ids and p.currentFlag = 1
                              and p.feeMonth between :from and :to""", FeePayment.class)
                    .setParameter("ids", ids).setParameter("from", LocalDate.of(year, 1, 1))
                    .setParameter("to", LocalDate.of(year, 12, 1)).getResultList()) {
                payments.computeIfAbsent(p.memberId(), k -> new HashMap<>()).put(p.month(), p);
            }
        }
        YearMonth now = YearMonth.now();
        List<FeeLedger.MemberYear> rows = new ArrayList<>();
        long due = 0;
        long paid = 0;
        long arrears = 0;
        int warnings = 0;
        int flags = 0;
        for (Member m : members) {
            List<FeeRule.Basis> own = bases.getOrDefault(m.id(), List.of());
            Map<YearMonth, FeePayment> ownPaid = payments.getOrDefault(m.id(), Map.of());
            LocalDate in = since.get(m.id());
            List<YearMonth> owedMonths = FeeRule.dueMonths(year, in, now);
            List<FeeLedger.Month> months = new ArrayList<>();
            long mDue = 0;
            long mPaid = 0;
            long mArrears = 0;
            int unpaid = 0;
            boolean missing = false;
            for (int i = 1; i <= 12; i++) {
                YearMonth ym = YearMonth.of(year, i);
                boolean owed = owedMonths.contains(ym);
                Long d = owed ? FeeRule.due(ym, own, rates) : null;
                FeePayment p = ownPaid.get(ym);
                if (owed) {
                    missing |= d == null;
                    mDue += d == null ? 0 : d;
                    if (p == null) {
                        unpaid++;
                    }
                    long got = p == null ? 0 : p.amount();
                    mArrears += d == null ? 0 : Math.max(0, d - got);
                    // Only owed months count: a transferred member's earlier payments belong to the old cell.
                    mPaid += got;
                }
                months.add(new FeeLedger.Month(ym, owed, d, p == null ? null : p.id(), p == null ? null : p.amount(),
                        p == null ? null : p.paidOn(), p == null ? null : p.recordedBy()));
            }
            ArrearsLevel level = FeeRule.level(unpaid);
            warnings += level == ArrearsLevel.WARNING ? 1 : 0;
            flags += level == ArrearsLevel.FLAG ? 1 : 0;
            due += mDue;
            paid += mPaid;
            arrears += mArrears;
            rows.add(new FeeLedger.MemberYear(m.id(), m.fullName(), in, months, mDue, mPaid, mArrears, unpaid, level,
                    missing));
        }
        return new FeeLedger(cell.id(), cell.name(), year, rows, due, paid, arrears, warnings, flags);
    }

    /** Since when each member belongs to the cell: the last transfer into it, otherwise their admission. */
    private Map<Long, LocalDate> inCellSince(Collection<Member> members, long cellId) {
        Map<Long, LocalDate> since = new HashMap<>();
        members.forEach(m -> {
            if (m.admissionDate() != null) {
                since.put(m.id(), m.admissionDate());
            }
        });
        if (members.isEmpty()) {
            return since;
        }
        List<Object[]> moves = em.createQuery("""
                        select t.member.id, max(t.effectiveDate) from Transfer t
                        where t.toCell.id = :c and t.state = :done and t.member.id in :ids
                        group by t.member.id""", Object[].class)
                .setParameter("c", cellId).setParameter("done", TransferState.COMPLETED)
                .setParameter("ids", members.stream().map(Member::id).toList()).getResultList();
        for (Object[] row : moves) {
            since.put((Long) row[0], (LocalDate) row[1]);
        }
        return since;
    }

    private List<FeeRule.Rate> rules() {
        return em.createQuery("select r from FeeCategoryRate r", FeeCategoryRate.class).getResultList().stream()
                .map(FeeCategoryRate::rule).toList();
    }

    private Optional<FeePayment> currentPayment(long memberId, YearMonth month) {
        return em.createQuery("select p from FeePayment p where p.memberId = :m and p.feeMonth = :f and p.currentFlag = 1",
                        FeePayment.class).setParameter("m", memberId).setParameter("f", month.atDay(1))
                .getResultList().stream().findFirst();
    }

    private Member member(long id) {
        return Optional.ofNullable(em.find(Member.class, id)).orElseThrow(() -> new MemberNotFound(id));
    }

    private static int year(Integer year) {
        int now = LocalDate.now().getYear();
        if (year == null) {
            return now;
        }
        if (year < 1930 || year > now) {
            throw new InvalidInput(List.of(new InvalidField("year", "fee.year", now)));
        }
        return year;
    }

    private static void checkPayment(Long amount, LocalDate paidOn, String note, List<InvalidField> problems) {
        checkAmount("amount", amount, false, problems);
        if (paidOn.isAfter(LocalDate.now())) {
            problems.add(new InvalidField("paidOn", "fee.paidInFuture"));
        } else if (paidOn.getYear() < 1930) {
            problems.add(new InvalidField("paidOn", "field.dateOutOfRange"));
        }
        String n = VietnameseText.clean(note);
        if (n != null && n.length() > MAX_NOTE) {
            problems.add(new InvalidField("note", "field.tooLong", MAX_NOTE));
        }
    }

    private static void checkAmount(String field, Long amount, boolean zeroAllowed, List<InvalidField> problems) {
        if (amount == null) {
            problems.add(new InvalidField(field, "field.required"));
        } else if (amount < 0 || amount == 0 && !zeroAllowed) {
            problems.add(new InvalidField(field, zeroAllowed ? "fee.negative" : "fee.notPositive"));
        } else if (amount > MAX_AMOUNT) {
            problems.add(new InvalidField(field, "fee.tooLarge"));
        }
    }

    private static String cleanNote(String note) {
        String n = VietnameseText.clean(note);
        return n == null || n.isEmpty() ? null : n;
    }

    /** "2026-03" (or "2026-3"), refused with the field's name otherwise. */
    static YearMonth month(String field, String text, List<InvalidField> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new InvalidField(field, "field.required"));
            return null;
        }
        try {
            String[] parts = text.strip().split("-");
            if (parts.length != 2) {
                throw new DateTimeParseException("month", text, 0);
            }
            YearMonth ym = YearMonth.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            if (ym.getYear() < 1930 || ym.getYear() > 2200) {
                throw new DateTimeParseException("month", text, 0);
            }
            return ym;
        } catch (RuntimeException e) {
            problems.add(new InvalidField(field, "fee.month"));
            return null;
        }
    }
}
