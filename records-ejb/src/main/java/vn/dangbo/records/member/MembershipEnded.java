package vn.dangbo.records.member;

import java.time.LocalDate;

/**
 * A member stopped belonging to the ward: death, removal, expulsion or transfer out. Fired as a CDI
 * event inside the transaction that records it, so that what depends on membership (the handbook
 * login) can follow once that transaction commits.
 */
public record MembershipEnded(long memberId, MemberStatus status, LocalDate on) {
}
