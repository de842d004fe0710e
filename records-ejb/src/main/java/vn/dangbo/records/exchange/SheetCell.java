package vn.dangbo.records.exchange;

import java.time.LocalDate;

/**
 * One non-empty cell as the import needs it: its text as the user sees it, and the date when the cell
 * is a real date cell (a number with a date format), so that dates need not be guessed from text.
 */
public record SheetCell(String text, LocalDate date) {

    public static SheetCell text(String text) {
        return new SheetCell(text, null);
    }
}
