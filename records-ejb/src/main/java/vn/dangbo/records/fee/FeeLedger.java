package vn.dangbo.records.fee;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** A cell's fees for a year: every member active in it, month by month, with their arrears and warning level. */
public record FeeLedger(long cellId, String cellName, int year, List<MemberYear> members, long due, long paid,
                        long arrears, int warnings, int flags) {

    /** One member's year. {@code basisMissing}: no salary or category recorded, so no amount can be computed. */
    public record MemberYear(long memberId, String fullName, LocalDate inCellSince, List<Month> months, long due,
                             long paid, long arrears, int unpaidMonths, ArrearsLevel level, boolean basisMissing) {
    }

    /**
     * One month of one member. {@code owed}: the member was in the cell and the month has begun; {@code due} is
     * null when no basis applies; the payment fields are null when nothing was paid.
     */
    public record Month(YearMonth month, boolean owed, Long due, Long paymentId, Long paid, LocalDate paidOn,
                       String recordedBy) {
    }

    /** The arrears of one cell for a year, for the ward's overview. */
    public record CellArrears(long cellId, String cellName, int members, long due, long paid, long arrears,
                              int warnings, int flags) {
    }

    public CellArrears summary() {
        return new CellArrears(cellId, cellName, members.size(), due, paid, arrears, warnings, flags);
    }
}
