package vn.dangbo.records.skills;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The period report of digital-skills classes as an .xlsx workbook, headed in Vietnamese as the ward sends it
 * upwards: totals, then the lines by Party unit and by neighbourhood, then one line per class.
 */
public final class SkillsReportWorkbook {

    public static final String SHEET = "Bình dân học vụ số";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String[] LINE_HEADERS = {"Số lớp", "Số học viên", "Người dân", "Đảng viên", "Hoàn thành",
            "Tỷ lệ hoàn thành"};

    private SkillsReportWorkbook() {
    }

    public static void write(SkillsClassService.Report report, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            Sheet sheet = wb.createSheet(SHEET);
            sheet.setColumnWidth(0, 40 * 256);
            for (int c = 1; c <= 6; c++) {
                sheet.setColumnWidth(c, 15 * 256);
            }
            int r = 0;
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue("BÁO CÁO KẾT QUẢ LỚP BÌNH DÂN HỌC VỤ SỐ");
            title.getCell(0).setCellStyle(bold);
            sheet.createRow(r++).createCell(0).setCellValue(report.wardName());
            sheet.createRow(r++).createCell(0).setCellValue("Từ ngày " + report.from().format(DAY) + " đến ngày "
                    + report.to().format(DAY));
            r++;
            Object[][] totals = {{"Số lớp", report.classes()}, {"Số buổi học", report.sessions()},
                    {"Số học viên", report.learners()}, {"Trong đó người dân", report.residents()},
                    {"Trong đó đảng viên", report.members()}, {"Số học viên hoàn thành", report.completed()}};
            for (Object[] t : totals) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue((String) t[0]);
                row.createCell(1).setCellValue((Integer) t[1]);
            }
            r = block(sheet, r + 1, "Theo tổ chức đảng", report.byUnit(), bold, percent, null);
            r = block(sheet, r + 1, "Theo khu phố / tổ dân phố", report.byNeighbourhood(), bold, percent, "(chưa ghi)");
            r++;
            Row head = sheet.createRow(r++);
            String[] headers = {"Lớp học", "Tổ chức đảng", "Giảng viên", "Số buổi", "Từ ngày", "Đến ngày",
                    "Số học viên", "Hoàn thành"};
            for (int c = 0; c < headers.length; c++) {
                head.createCell(c).setCellValue(headers[c]);
                head.getCell(c).setCellStyle(bold);
            }
            for (SkillsClassService.ClassSummary s : report.classList()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(s.skillsClass().title());
                row.createCell(1).setCellValue(s.unitName());
                row.createCell(2).setCellValue(s.skillsClass().instructor());
                row.createCell(3).setCellValue(s.sessions());
                row.createCell(4).setCellValue(day(s.firstDay()));
                row.createCell(5).setCellValue(day(s.lastDay()));
                row.createCell(6).setCellValue(s.learners());
                row.createCell(7).setCellValue(s.completed());
            }
            wb.write(out);
            wb.dispose();
        }
    }

    private static int block(Sheet sheet, int r, String heading, List<SkillsClassService.ReportLine> lines,
                             CellStyle bold, CellStyle percent, String blank) {
        Row head = sheet.createRow(r++);
        head.createCell(0).setCellValue(heading);
        head.getCell(0).setCellStyle(bold);
        for (int c = 0; c < LINE_HEADERS.length; c++) {
            head.createCell(c + 1).setCellValue(LINE_HEADERS[c]);
            head.getCell(c + 1).setCellStyle(bold);
        }
        for (SkillsClassService.ReportLine l : lines) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(l.name().isEmpty() && blank != null ? blank : l.name());
            row.createCell(1).setCellValue(l.classes());
            row.createCell(2).setCellValue(l.learners());
            row.createCell(3).setCellValue(l.residents());
            row.createCell(4).setCellValue(l.members());
            row.createCell(5).setCellValue(l.completed());
            var share = row.createCell(6);
            share.setCellValue(l.learners() == 0 ? 0 : (double) l.completed() / l.learners());
            share.setCellStyle(percent);
        }
        return r;
    }

    private static String day(LocalDate d) {
        return d == null ? "" : d.format(DAY);
    }
}
