package vn.dangbo.records.partyage;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.dangbo.records.member.EventKind;
import vn.dangbo.records.member.MemberEvent;

/**
 * Tuổi đảng: counted from the first admission, minus every interruption (DOMAIN.md). An interruption
 * runs from a loss of membership (removal, expulsion) to the re-admission that follows it. A transfer
 * out of the ward is no interruption: the member stays in the Party elsewhere.
 */
public final class PartyAge {

    /** A stretch outside the Party; {@code to} is null while it lasts. */
    public record Interruption(LocalDate from, LocalDate to) {
        long daysBefore(LocalDate on) {
            LocalDate end = to == null || to.isAfter(on) ? on : to;
            return end.isAfter(from) ? ChronoUnit.DAYS.between(from, end) : 0;
        }
    }

    private final LocalDate firstAdmission;
    private final List<Interruption> interruptions;

    public PartyAge(LocalDate firstAdmission, List<Interruption> interruptions) {
        this.firstAdmission = firstAdmission;
        this.interruptions = interruptions.stream().sorted(Comparator.comparing(Interruption::from)).toList();
    }

    /** No interruption: party age is simply the time since admission. */
    public static PartyAge since(LocalDate admission) {
        return new PartyAge(admission, List.of());
    }

    /**
     * From the dossier's current admission date and its decisions (oldest first). A re-admission keeps the
     * admission date it replaced, so the first admission is the one the first re-admission replaced.
     */
    public static PartyAge of(LocalDate currentAdmission, List<MemberEvent> events) {
        if (events == null || events.isEmpty()) {
            return since(currentAdmission);
        }
        LocalDate first = null;
        LocalDate lostOn = null;
        List<Interruption> gaps = new ArrayList<>();
        for (MemberEvent e : events) {
            if (e.kind() == EventKind.REMOVAL || e.kind() == EventKind.EXPULSION) {
                lostOn = e.date();
            } else if (e.kind() == EventKind.READMISSION) {
                if (first == null) {
                    first = e.previousAdmissionDate();
                }
                if (lostOn != null) {
                    gaps.add(new Interruption(lostOn, e.date()));
                }
                lostOn = null;
            }
        }
        if (lostOn != null) {
            gaps.add(new Interruption(lostOn, null));
        }
        // Without the replaced date (an old record) the earlier membership is unknown: count from the current one.
        return first == null ? new PartyAge(currentAdmission, List.of()) : new PartyAge(first, gaps);
    }

    public LocalDate firstAdmission() {
        return firstAdmission;
    }

    public List<Interruption> interruptions() {
        return interruptions;
    }

    /** Whole years of party age on a date; empty without an admission date or before it. */
    public Optional<Integer> years(LocalDate on) {
        if (firstAdmission == null || on.isBefore(firstAdmission)) {
            return Optional.empty();
        }
        long out = interruptions.stream().mapToLong(i -> i.daysBefore(on)).sum();
        LocalDate shifted = firstAdmission.plusDays(out);
        return Optional.of(shifted.isAfter(on) ? 0 : Period.between(shifted, on).getYears());
    }

    /**
     * The day party age reaches a number of years: the admission date plus the years, pushed back by each
     * interruption that began before it. Empty while an interruption lasts (the member is not in the Party).
     */
    public Optional<LocalDate> reaches(int years) {
        if (firstAdmission == null) {
            return Optional.empty();
        }
        LocalDate day = firstAdmission.plusYears(years);
        for (Interruption i : interruptions) {
            if (!i.from().isBefore(day)) {
                break;
            }
            if (i.to() == null) {
                return Optional.empty();
            }
            day = day.plusDays(ChronoUnit.DAYS.between(i.from(), i.to()));
        }
        return Optional.of(day);
    }
}
