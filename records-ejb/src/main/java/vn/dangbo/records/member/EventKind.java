package vn.dangbo.records.member;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The decisions that change a member's status (DOMAIN.md: admission, full membership after 12 months
 * of probation, exemption and its end, death, removal, expulsion, re-admission), each with the
 * statuses it may follow and the status it leads to.
 */
public enum EventKind {
    FULL_MEMBERSHIP(EnumSet.of(MemberStatus.PROBATIONARY), MemberStatus.FULL),
    EXEMPTION(EnumSet.of(MemberStatus.FULL), MemberStatus.EXEMPT),
    EXEMPTION_END(EnumSet.of(MemberStatus.EXEMPT), MemberStatus.FULL),
    DEATH(MemberStatus.ACTIVE, MemberStatus.DECEASED),
    REMOVAL(MemberStatus.ACTIVE, MemberStatus.REMOVED),
    EXPULSION(MemberStatus.ACTIVE, MemberStatus.EXPELLED),
    READMISSION(EnumSet.of(MemberStatus.REMOVED), MemberStatus.PROBATIONARY);

    private final Set<MemberStatus> from;
    private final MemberStatus to;

    EventKind(Set<MemberStatus> from, MemberStatus to) {
        this.from = Set.copyOf(from);
        this.to = to;
    }

    public boolean allowedFrom(MemberStatus status) {
        return from.contains(status);
    }

    public MemberStatus leadsTo() {
        return to;
    }

    /** Why a kind cannot follow a status, as a message key: a closed dossier, or the wrong order. */
    static String refusal(EventKind kind, MemberStatus current) {
        return Map.of(MemberStatus.DECEASED, "event.afterDeath",
                        MemberStatus.EXPELLED, "event.afterExpulsion",
                        MemberStatus.TRANSFERRED_OUT, "event.afterTransferOut")
                .getOrDefault(current, "event.notFrom." + kind.name());
    }
}
