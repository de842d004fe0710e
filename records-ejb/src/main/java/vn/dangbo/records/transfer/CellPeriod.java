package vn.dangbo.records.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.dangbo.records.organization.PartyUnit;

/**
 * A stretch of time in one cell; {@code to} is null for the current cell. {@code receivedFrom} names the
 * organisation the member came from when the stretch began with a transfer into the ward;
 * {@code transferredOutTo} the one they went to when it ended with a transfer out of it.
 */
public record CellPeriod(long cellId, String cellName, LocalDate from, LocalDate to, String receivedFrom,
                         String transferredOutTo) {

    public CellPeriod(long cellId, String cellName, LocalDate from, LocalDate to) {
        this(cellId, cellName, from, to, null, null);
    }

    /** One move of a member: between cells, out of the ward, or into it. */
    sealed interface Move permits Between, Out, In {
        LocalDate date();
    }

    record Between(PartyUnit from, PartyUnit to, LocalDate date) implements Move {
    }

    record Out(PartyUnit from, String destination, LocalDate date) implements Move {
    }

    record In(String sender, PartyUnit into, LocalDate date) implements Move {
    }

    /**
     * The member's cells in order from every completed move: a stretch begins at admission (or on being
     * received into the ward) and ends at the next move; nothing is open after a transfer out.
     */
    static List<CellPeriod> chain(LocalDate admission, PartyUnit current, List<? extends Move> moves) {
        List<Move> ordered = new ArrayList<>(moves);
        ordered.sort(Comparator.comparing(Move::date));
        List<CellPeriod> periods = new ArrayList<>();
        PartyUnit cell = null;
        LocalDate start = admission;
        String receivedFrom = null;
        boolean open = ordered.isEmpty() || !(ordered.get(0) instanceof In);
        for (Move move : ordered) {
            if (move instanceof Between b) {
                PartyUnit was = cell == null ? b.from() : cell;
                periods.add(new CellPeriod(was.id(), was.name(), start, b.date(), receivedFrom, null));
                cell = b.to();
                start = b.date();
                receivedFrom = null;
                open = true;
            } else if (move instanceof Out o) {
                PartyUnit was = cell == null ? o.from() : cell;
                periods.add(new CellPeriod(was.id(), was.name(), start, o.date(), receivedFrom, o.destination()));
                cell = null;
                receivedFrom = null;
                open = false;
            } else if (move instanceof In i) {
                cell = i.into();
                start = i.date();
                receivedFrom = i.sender();
                open = true;
            }
        }
        if (open) {
            PartyUnit now = cell == null ? current : cell;
            periods.add(new CellPeriod(now.id(), now.name(), start, null, receivedFrom, null));
        }
        return periods;
    }
}
