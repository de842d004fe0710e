package vn.dangbo.records.transfer;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;

/** Shared by both transfer services (a plain class: an EJB's non-public methods cannot be called through it). */
final class LastMove {

    private LastMove() {
    }

    /** The date of the member's last move (between cells, out, or back in): a new one must come after it. */
    static LocalDate of(EntityManager em, long memberId) {
        LocalDate last = em.createQuery("""
                        select max(t.effectiveDate) from Transfer t
                        where t.member.id = :m and t.state = :done""", LocalDate.class)
                .setParameter("m", memberId).setParameter("done", TransferState.COMPLETED).getSingleResult();
        LocalDate out = em.createQuery("""
                        select max(t.effectiveDate) from OutgoingTransfer t
                        where t.member.id = :m and t.state = :done""", LocalDate.class)
                .setParameter("m", memberId).setParameter("done", TransferState.COMPLETED).getSingleResult();
        LocalDate in = em.createQuery("""
                        select max(i.acceptedOn) from IncomingDossier i
                        where i.memberId = :m and i.state = :accepted""", LocalDate.class)
                .setParameter("m", memberId).setParameter("accepted", IncomingState.ACCEPTED).getSingleResult();
        LocalDate max = last;
        for (LocalDate d : new LocalDate[] {out, in}) {
            if (d != null && (max == null || d.isAfter(max))) {
                max = d;
            }
        }
        return max;
    }

}
