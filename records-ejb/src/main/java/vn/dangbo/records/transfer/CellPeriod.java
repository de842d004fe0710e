package vn.dangbo.records.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dangbo.records.organization.PartyUnit;

/** A stretch of time in one cell; {@code to} is null for the current cell. */
public record CellPeriod(long cellId, String cellName, LocalDate from, LocalDate to) {

    /**
     * The member's cells in order: the cell before the first transfer since admission, then each
     * transfer's receiving cell from its date.
     */
    static List<CellPeriod> chain(LocalDate admission, PartyUnit current, List<Transfer> completed) {
        List<CellPeriod> periods = new ArrayList<>();
        LocalDate start = admission;
        for (Transfer t : completed) {
            periods.add(new CellPeriod(t.fromCell().id(), t.fromCell().name(), start, t.effectiveDate()));
            start = t.effectiveDate();
        }
        periods.add(new CellPeriod(current.id(), current.name(), start, null));
        return periods;
    }
}
