package vn.dangbo.records.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.dangbo.records.shared.Messages;
import vn.dangbo.records.statistics.MemberStatistics;

/**
 * The statistics report as an .xlsx workbook: one sheet with the totals and movements, then one block
 * per breakdown with counts and shares, labelled in the reader's language. Streamed (SXSSF).
 */
public final class StatisticsWorkbook {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private StatisticsWorkbook() {
    }

    public static void write(MemberStatistics stats, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            Sheet sheet = wb.createSheet(label(locale, "stats.sheet"));
            sheet.setColumnWidth(0, 40 * 256);
            sheet.setColumnWidth(1, 14 * 256);
            sheet.setColumnWidth(2, 14 * 256);
            int r = 0;
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue(label(locale, "stats.title") + " — " + stats.unitName());
            title.getCell(0).setCellStyle(bold);
            sheet.createRow(r++).createCell(0).setCellValue(label(locale, "stats.asOf") + " " + stats.date().format(DAY));
            Row total = sheet.createRow(r++);
            total.createCell(0).setCellValue(label(locale, "stats.total"));
            total.createCell(1).setCellValue(stats.total());
            r++;
            Row movementsTitle = sheet.createRow(r++);
            movementsTitle.createCell(0).setCellValue(label(locale, "stats.movements") + " "
                    + stats.from().format(DAY) + " – " + stats.to().format(DAY));
            movementsTitle.getCell(0).setCellStyle(bold);
            var m = stats.movements();
            for (Map.Entry<String, Long> e : Map.of(
                    "admitted", m.admitted(), "readmitted", m.readmitted(), "transferredIn", m.transferredIn(),
                    "died", m.died(), "removed", m.removed(), "expelled", m.expelled(),
                    "transferredOut", m.transferredOut()).entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).toList()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(label(locale, "stats.movement." + e.getKey()));
                row.createCell(1).setCellValue(e.getValue());
            }
            for (MemberStatistics.Breakdown b : stats.breakdowns()) {
                r++;
                Row head = sheet.createRow(r++);
                head.createCell(0).setCellValue(label(locale, "stats.breakdown." + b.key()));
                head.createCell(1).setCellValue(label(locale, "stats.count"));
                head.createCell(2).setCellValue(label(locale, "stats.share"));
                for (int c = 0; c < 3; c++) {
                    head.getCell(c).setCellStyle(bold);
                }
                for (MemberStatistics.Row row : b.rows()) {
                    Row line = sheet.createRow(r++);
                    line.createCell(0).setCellValue(value(locale, b.key(), row.key()));
                    line.createCell(1).setCellValue(row.count());
                    var share = line.createCell(2);
                    share.setCellValue(stats.total() == 0 ? 0 : (double) row.count() / stats.total());
                    share.setCellStyle(percent);
                }
            }
            wb.write(out);
            wb.dispose();
        }
    }

    private static String label(Locale locale, String key) {
        return Messages.get(locale, key);
    }

    /** Codes (statuses, bands) get their label; free texts (ethnicity, occupation) stay as recorded. */
    private static String value(Locale locale, String breakdown, String key) {
        String label = Messages.get(locale, "stats.value." + breakdown + "." + key);
        if (!label.startsWith("stats.value.")) {
            return label;
        }
        String unknown = Messages.get(locale, "stats.value." + key);
        return unknown.startsWith("stats.value.") ? key : unknown;
    }
}
