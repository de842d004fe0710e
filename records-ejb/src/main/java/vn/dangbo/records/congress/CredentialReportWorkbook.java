package vn.dangbo.records.congress;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The credential report as an .xlsx workbook for the committee's own tables: a summary sheet, one sheet per
 * structure (count and share of the convened), the questioned credentials, and the list of everyone convened or
 * invited. In Vietnamese, like the report it backs. Shares are fractions formatted as percentages.
 */
public final class CredentialReportWorkbook {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CredentialReportWorkbook() {
    }

    private record Styles(CellStyle bold, CellStyle percent) {
    }

    public static void write(CredentialReport r, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            Styles st = new Styles(bold, percent);
            summary(wb.createSheet("Tổng hợp"), r, st);
            for (String key : CredentialFigures.STRUCTURES) {
                structure(wb.createSheet(CredentialFigures.title(key).replace(",", "")), r, key, st);
            }
            questioned(wb.createSheet("Tư cách đại biểu"), r, st);
            delegates(wb.createSheet("Danh sách đại biểu"), r, st);
            wb.write(out);
        }
    }

    private static void summary(Sheet sheet, CredentialReport r, Styles st) {
        sheet.setColumnWidth(0, 48 * 256);
        sheet.setColumnWidth(1, 14 * 256);
        sheet.setColumnWidth(2, 14 * 256);
        int i = 0;
        text(sheet.createRow(i++), 0, CredentialReportDocument.TITLE, st.bold());
        text(sheet.createRow(i++), 0, r.congressName() + " — nhiệm kỳ " + r.term(), null);
        text(sheet.createRow(i++), 0, "Khai mạc ngày " + r.openingDate().format(DAY)
                + (r.sessionName() == null ? "" : " — điểm danh: " + r.sessionName()), null);
        i++;
        Row head = sheet.createRow(i++);
        text(head, 0, "Nội dung", st.bold());
        text(head, 1, "Số lượng", st.bold());
        text(head, 2, "Tỷ lệ", st.bold());
        i = figure(sheet, i, "Đại biểu chính thức được triệu tập", r.convened(), r.convened() == 0 ? 0 : 100, st);
        for (CredentialReport.Share b : r.byBasis()) {
            i = figure(sheet, i, "  " + b.label(), b.count(), b.percent(), st);
        }
        i = figure(sheet, i, "Có mặt", r.present(), r.presentPercent(), st);
        i = figure(sheet, i, "Vắng mặt có lý do", r.absentWithReason(), r.absentWithReasonPercent(), st);
        i = figure(sheet, i, "Vắng mặt không có lý do", r.absentWithoutReason(), r.absentWithoutReasonPercent(), st);
        i = figure(sheet, i, "Số có mặt tối thiểu (2/3)", r.quorumNeeded(), null, st);
        i = figure(sheet, i, "Đại biểu dân tộc thiểu số", r.ethnicMinorities(), r.ethnicMinoritiesPercent(), st);
        i = figure(sheet, i, "Đại biểu chính thức không còn được triệu tập", r.withdrawn(), null, st);
        i = figure(sheet, i, "Đại biểu dự khuyết", r.alternates(), null, st);
        i = figure(sheet, i, "Đại biểu dự khuyết có mặt", r.alternatesPresent(), null, st);
        i = figure(sheet, i, "Khách mời", r.guests(), null, st);
        i = figure(sheet, i, "Khách mời có mặt", r.guestsPresent(), null, st);
        i++;
        if (r.oldest() != null) {
            Row o = sheet.createRow(i++);
            text(o, 0, "Cao tuổi nhất: " + r.oldest().fullName(), null);
            o.createCell(1).setCellValue(r.oldest().age());
            Row y = sheet.createRow(i++);
            text(y, 0, "Trẻ tuổi nhất: " + r.youngest().fullName(), null);
            y.createCell(1).setCellValue(r.youngest().age());
            Row a = sheet.createRow(i++);
            text(a, 0, "Tuổi bình quân", null);
            a.createCell(1).setCellValue(r.averageAge());
        }
        if (!r.absences().isEmpty()) {
            i++;
            text(sheet.createRow(i++), 0, "Đại biểu vắng mặt", st.bold());
            for (CredentialReport.Absence a : r.absences()) {
                Row row = sheet.createRow(i++);
                text(row, 0, a.fullName(), null);
                text(row, 1, a.reason() == null ? "Không có lý do" : a.reason(), null);
            }
        }
    }

    private static int figure(Sheet sheet, int i, String label, long count, Double percent, Styles st) {
        Row row = sheet.createRow(i);
        text(row, 0, label, null);
        row.createCell(1).setCellValue(count);
        if (percent != null) {
            Cell c = row.createCell(2);
            c.setCellValue(percent / 100);
            c.setCellStyle(st.percent());
        }
        return i + 1;
    }

    private static int figure(Sheet sheet, int i, String label, long count, double percent, Styles st) {
        return figure(sheet, i, label, count, Double.valueOf(percent), st);
    }

    private static void structure(Sheet sheet, CredentialReport r, String key, Styles st) {
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 14 * 256);
        sheet.setColumnWidth(2, 14 * 256);
        text(sheet.createRow(0), 0, CredentialFigures.title(key) + " (" + r.convened()
                + " đại biểu chính thức được triệu tập)", st.bold());
        Row head = sheet.createRow(2);
        text(head, 0, "Nội dung", st.bold());
        text(head, 1, "Số lượng", st.bold());
        text(head, 2, "Tỷ lệ", st.bold());
        int i = 3;
        for (CredentialReport.Share s : r.structure(key).rows()) {
            i = figure(sheet, i, s.label(), s.count(), s.percent(), st);
        }
    }

    private static void questioned(Sheet sheet, CredentialReport r, Styles st) {
        List<String> heads = List.of("STT", "Họ và tên", "Loại", "Đoàn đại biểu", "Nội dung", "Kết luận", "Ghi chú");
        header(sheet, heads, st);
        int i = 1;
        for (CredentialReport.Questioned q : r.questioned()) {
            Row row = sheet.createRow(i);
            row.createCell(0).setCellValue(i++);
            text(row, 1, q.fullName(), null);
            text(row, 2, CredentialFigures.label("kind", q.kind()), null);
            text(row, 3, q.delegation(), null);
            text(row, 4, q.question(), null);
            text(row, 5, q.decisionLabel(), null);
            text(row, 6, q.note(), null);
        }
    }

    private static void delegates(Sheet sheet, CredentialReport r, Styles st) {
        List<String> heads = List.of("STT", "Họ và tên", "Loại", "Cơ sở", "Đoàn đại biểu", "Giới tính", "Ngày sinh",
                "Tuổi", "Dân tộc", "Giáo dục phổ thông", "Chuyên môn, nghiệp vụ", "Lý luận chính trị", "Tuổi đảng",
                "Nghề nghiệp", "Triệu tập", "Có mặt", "Lý do vắng");
        header(sheet, heads, st);
        int i = 1;
        for (CredentialReport.Line d : r.delegates()) {
            Row row = sheet.createRow(i);
            row.createCell(0).setCellValue(i++);
            text(row, 1, d.fullName(), null);
            text(row, 2, CredentialFigures.label("kind", d.kind()), null);
            text(row, 3, d.basis() == null ? null : CredentialFigures.label("basis", d.basis()), null);
            text(row, 4, d.delegation(), null);
            text(row, 5, d.sex() == null ? null : CredentialFigures.label("sex", d.sex()), null);
            text(row, 6, d.birthDate() == null ? null : d.birthDate().format(DAY), null);
            if (d.age() != null) {
                row.createCell(7).setCellValue(d.age());
            }
            text(row, 8, d.ethnicity(), null);
            text(row, 9, d.generalEducation(), null);
            text(row, 10, d.professionalQualification(), null);
            text(row, 11, d.politicalTheory() == null ? null : CredentialFigures.label("politicalTheory",
                    d.politicalTheory()), null);
            if (d.partyYears() != null) {
                row.createCell(12).setCellValue(d.partyYears());
            }
            text(row, 13, d.occupation(), null);
            text(row, 14, "CONVENED".equals(d.status()) ? "Có" : "Không", null);
            text(row, 15, d.present() ? "Có" : "Không", null);
            text(row, 16, d.absenceReason(), null);
        }
        sheet.createFreezePane(2, 1);
    }

    private static void header(Sheet sheet, List<String> heads, Styles st) {
        Row head = sheet.createRow(0);
        for (int c = 0; c < heads.size(); c++) {
            text(head, c, heads.get(c), st.bold());
            sheet.setColumnWidth(c, (c == 1 || c == 4 ? 30 : 16) * 256);
        }
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell c = row.createCell(col);
        c.setCellValue(value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }
}
