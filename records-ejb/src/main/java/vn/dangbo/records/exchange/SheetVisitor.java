package vn.dangbo.records.exchange;

import java.util.Map;

/** Receives the rows of a spreadsheet one at a time, sheet after sheet, without the workbook in memory. */
public interface SheetVisitor {

    /**
     * A row that has at least one non-empty cell; {@code rowNumber} counts from 1 as the spreadsheet
     * shows it, cells are keyed by column index from 0. Returns false to leave this sheet.
     */
    boolean row(int sheetIndex, int rowNumber, Map<Integer, SheetCell> cells);

    /** Returns false to read no further sheet. */
    boolean endOfSheet(int sheetIndex);

    /** The row count the sheet declares (its dimension), when it does: an estimate for progress. */
    default void sheetDimension(int sheetIndex, int lastRowNumber) {
    }
}
