package vn.dangbo.records.fee;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.dangbo.records.shared.Messages;

/**
 * A cell's fee ledger for a year as .xlsx: one row per member, the amount paid each month (blank when unpaid,
 * "—" when the member was not in the cell yet), then due, paid, arrears and the warning. Streamed (SXSSF).
 */
public final class FeeLedgerWorkbook {

    private FeeLedgerWorkbook() {
    }

    public static void write(FeeLedger ledger, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            Sheet sheet = wb.createSheet(label(locale, "fee.xlsx.sheet") + " " + ledger.year());
            sheet.setColumnWidth(1, 30 * 256);
            int r = 0;
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue(label(locale, "fee.xlsx.title") + " " + ledger.year() + " — "
                    + ledger.cellName());
            title.getCell(0).setCellStyle(bold);
            r++;
            Row head = sheet.createRow(r++);
            int c = 0;
            head.createCell(c++).setCellValue(label(locale, "fee.xlsx.number"));
            head.createCell(c++).setCellValue(label(locale, "fee.xlsx.name"));
            for (int m = 1; m <= 12; m++) {
                head.createCell(c++).setCellValue(label(locale, "fee.xlsx.month") + " " + m);
            }
            for (String k : new String[] {"due", "paid", "arrears", "unpaidMonths", "level"}) {
                head.createCell(c++).setCellValue(label(locale, "fee.xlsx." + k));
            }
            for (int i = 0; i < c; i++) {
                head.getCell(i).setCellStyle(bold);
            }
            int n = 1;
            for (FeeLedger.MemberYear my : ledger.members()) {
                Row row = sheet.createRow(r++);
                c = 0;
                row.createCell(c++).setCellValue(n++);
                row.createCell(c++).setCellValue(my.fullName());
                for (FeeLedger.Month m : my.months()) {
                    var cell = row.createCell(c++);
                    if (m.paid() != null) {
                        cell.setCellValue(m.paid());
                        cell.setCellStyle(money);
                    } else if (!m.owed()) {
                        cell.setCellValue("—");
                    }
                }
                for (long v : new long[] {my.due(), my.paid(), my.arrears()}) {
                    var cell = row.createCell(c++);
                    cell.setCellValue(v);
                    cell.setCellStyle(money);
                }
                row.createCell(c++).setCellValue(my.unpaidMonths());
                row.createCell(c).setCellValue(my.level() == ArrearsLevel.NONE ? ""
                        : label(locale, "fee.level." + my.level()));
            }
            Row total = sheet.createRow(++r);
            total.createCell(1).setCellValue(label(locale, "fee.xlsx.total"));
            total.getCell(1).setCellStyle(bold);
            c = 14;
            for (long v : new long[] {ledger.due(), ledger.paid(), ledger.arrears()}) {
                var cell = total.createCell(c++);
                cell.setCellValue(v);
                cell.setCellStyle(money);
            }
            wb.write(out);
            wb.dispose();
        }
    }

    private static String label(Locale locale, String key) {
        return Messages.get(locale, key);
    }
}
