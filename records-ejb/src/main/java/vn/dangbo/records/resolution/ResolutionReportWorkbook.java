package vn.dangbo.records.resolution;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The follow-up report of a resolution as an .xlsx workbook, headed in Vietnamese: the figures by status, the
 * lines by responsible unit, then every task with its status today and its latest progress.
 */
public final class ResolutionReportWorkbook {

    public static final String SHEET = "Theo dõi nhiệm vụ";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String[] COUNT_HEADERS = {"Tổng số", "Hoàn thành", "Đúng tiến độ", "Có nguy cơ chậm", "Quá hạn"};
    static final String[] TASK_HEADERS = {"STT", "Nhiệm vụ", "Đơn vị / người chịu trách nhiệm", "Chỉ tiêu",
            "Thời hạn", "Tiến độ (%)", "Tiến độ dự kiến (%)", "Trạng thái", "Báo cáo gần nhất", "Nội dung báo cáo"};

    private ResolutionReportWorkbook() {
    }

    public static String status(TaskStatus s) {
        return switch (s) {
            case DONE -> "Hoàn thành";
            case ON_TIME -> "Đúng tiến độ";
            case AT_RISK -> "Có nguy cơ chậm";
            case OVERDUE -> "Quá hạn";
        };
    }

    public static void write(ResolutionService.Dashboard d, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            Sheet sheet = wb.createSheet(SHEET);
            sheet.setColumnWidth(0, 8 * 256);
            sheet.setColumnWidth(1, 50 * 256);
            sheet.setColumnWidth(2, 30 * 256);
            for (int c = 3; c < TASK_HEADERS.length; c++) {
                sheet.setColumnWidth(c, 16 * 256);
            }
            int r = 0;
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue("BÁO CÁO TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ");
            title.getCell(0).setCellStyle(bold);
            Resolution res = d.resolution();
            sheet.createRow(r++).createCell(0).setCellValue(res.code() + " — " + res.title());
            sheet.createRow(r++).createCell(0).setCellValue(res.issuer() + ", ngày " + res.issuedOn().format(DAY));
            sheet.createRow(r++).createCell(0).setCellValue("Số liệu đến ngày " + d.today().format(DAY));
            r++;
            Row head = sheet.createRow(r++);
            head.createCell(1).setCellValue("Theo trạng thái");
            head.getCell(1).setCellStyle(bold);
            for (int c = 0; c < COUNT_HEADERS.length; c++) {
                head.createCell(2 + c).setCellValue(COUNT_HEADERS[c]);
                head.getCell(2 + c).setCellStyle(bold);
            }
            r = counts(sheet, r, "Toàn bộ nghị quyết", d.counts(), percent, true);
            for (ResolutionService.UnitLine u : d.byUnit()) {
                r = counts(sheet, r, u.name(), u.counts(), percent, false);
            }
            r++;
            Row th = sheet.createRow(r++);
            for (int c = 0; c < TASK_HEADERS.length; c++) {
                th.createCell(c).setCellValue(TASK_HEADERS[c]);
                th.getCell(c).setCellStyle(bold);
            }
            int n = 0;
            for (TaskLine l : d.tasks()) {
                Row row = sheet.createRow(r++);
                ResolutionTask t = l.task();
                row.createCell(0).setCellValue(++n);
                row.createCell(1).setCellValue(t.title());
                row.createCell(2).setCellValue(responsible(l));
                row.createCell(3).setCellValue(target(t));
                row.createCell(4).setCellValue(t.deadline().format(DAY));
                row.createCell(5).setCellValue(t.progressPercent());
                row.createCell(6).setCellValue(l.expectedPercent());
                row.createCell(7).setCellValue(status(l.status()));
                row.createCell(8).setCellValue(t.lastReportAt() == null ? ""
                        : LocalDate.ofInstant(t.lastReportAt(), ZoneId.of("Asia/Ho_Chi_Minh")).format(DAY));
                row.createCell(9).setCellValue(l.lastNote() == null ? "" : l.lastNote());
            }
            wb.write(out);
            wb.dispose();
        }
    }

    private static int counts(Sheet sheet, int r, String name, TaskCounts c, CellStyle percent, boolean shares) {
        Row row = sheet.createRow(r++);
        row.createCell(1).setCellValue(name);
        int[] values = {c.total(), c.done(), c.onTime(), c.atRisk(), c.overdue()};
        for (int i = 0; i < values.length; i++) {
            row.createCell(2 + i).setCellValue(values[i]);
        }
        if (shares) {
            Row share = sheet.createRow(r++);
            share.createCell(1).setCellValue("Tỷ lệ");
            for (int i = 1; i < values.length; i++) {
                var cell = share.createCell(2 + i);
                cell.setCellValue(c.total() == 0 ? 0 : (double) values[i] / c.total());
                cell.setCellStyle(percent);
            }
        }
        return r;
    }

    static String responsible(TaskLine l) {
        if (l.unitName() != null && l.memberName() != null) {
            return l.unitName() + " (đ/c " + l.memberName() + ")";
        }
        return l.unitName() != null ? l.unitName() : "Đ/c " + l.memberName();
    }

    static String target(ResolutionTask t) {
        StringBuilder s = new StringBuilder();
        if (t.indicator() != null) {
            s.append(t.indicator());
        }
        if (t.targetValue() != null) {
            s.append(s.isEmpty() ? "" : ": ").append(TaskService.plain(t.targetValue()));
            if (t.targetUnit() != null) {
                s.append(' ').append(t.targetUnit());
            }
            if (t.lastValue() != null) {
                s.append(" (đạt ").append(TaskService.plain(t.lastValue())).append(')');
            }
        }
        return s.toString();
    }
}
