package vn.dangbo.records.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.dangbo.records.member.DossierField;
import vn.dangbo.records.member.Member;
import vn.dangbo.records.member.MemberEvent;
import vn.dangbo.records.transfer.CellPeriod;

/**
 * The dossier workbooks: the import template, member lists, and one member's 2-HSĐV sheet. Lists use
 * the import's column headers and words, so an exported list can be edited and imported back; they are
 * written with SXSSF, a window of rows in memory whatever the length of the list.
 */
public final class MemberWorkbooks {

    private static final int WINDOW = 200;
    private static final String DATE_FORMAT = "dd/mm/yyyy";
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<ImportColumn> COLUMNS = List.of(ImportColumn.values());
    private static final java.util.Map<String, String> EVENT_WORDS = java.util.Map.of(
            "FULL_MEMBERSHIP", "Công nhận đảng viên chính thức", "EXEMPTION", "Miễn sinh hoạt",
            "EXEMPTION_END", "Thôi miễn sinh hoạt", "DEATH", "Từ trần", "REMOVAL", "Xóa tên",
            "EXPULSION", "Khai trừ", "READMISSION", "Kết nạp lại");

    private MemberWorkbooks() {
    }

    /** The columns the import recognises, a title row above them as officers' sheets have, one invented example. */
    public static void template(OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW)) {
            Styles styles = new Styles(wb);
            Sheet sheet = wb.createSheet("Đảng viên");
            title(sheet, styles, "DANH SÁCH ĐẢNG VIÊN (mẫu nhập)");
            header(sheet, styles, 2);
            Row example = sheet.createRow(3);
            Object[] values = {"Nguyễn Thị Mẫu", null, "Nữ", LocalDate.of(1985, 3, 8), "Xã Mẫu, tỉnh Mẫu",
                    "Tổ 1, khu phố Mẫu", "Kinh", "Không", "001185012345", "Giáo viên", "12/12", "Đại học sư phạm",
                    "Sơ cấp", "Tiếng Anh B1", "Cơ bản", LocalDate.of(2015, 5, 19), LocalDate.of(2016, 5, 19),
                    null, "Chi bộ Khu phố 1", "Chính thức"};
            for (int i = 0; i < values.length; i++) {
                put(example, i, values[i], styles);
            }
            Sheet help = wb.createSheet("Hướng dẫn");
            String[] lines = {
                    "Mỗi dòng là một đảng viên. Dòng tiêu đề có thể nằm dưới các dòng tên bảng; thứ tự cột tùy ý; có dấu hay không dấu đều được.",
                    "Đối chiếu với hồ sơ đã có theo Số CCCD, nếu không có thì theo Số thẻ đảng viên: dòng khớp sẽ cập nhật hồ sơ, dòng không khớp sẽ tạo hồ sơ mới.",
                    "Ô để trống nghĩa là không thay đổi trường đó. Ngày là ô ngày tháng hoặc dạng dd/MM/yyyy. Số CCCD nên để dạng văn bản (giữ số 0 đầu).",
                    "Giới tính: Nam / Nữ. Lý luận chính trị: Chưa qua đào tạo / Sơ cấp / Trung cấp / Cao cấp / Cử nhân.",
                    "Trạng thái (hồ sơ mới): Dự bị / Chính thức / Miễn sinh hoạt. Thay đổi trạng thái hoặc chi bộ của hồ sơ đã có phải làm bằng quyết định hoặc chuyển sinh hoạt, không qua nhập tệp.",
                    "Bắt buộc với hồ sơ mới: Họ và tên, Giới tính, Ngày sinh, Số CCCD, Chi bộ (hoặc chọn chi bộ mặc định khi tải lên)."};
            for (int i = 0; i < lines.length; i++) {
                help.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            wb.write(out);
            wb.dispose();
        }
    }

    /** A member list in the import's shape; rows are written as the iterator yields them. */
    public static int memberList(Iterator<Member> members, String title, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW)) {
            Styles styles = new Styles(wb);
            Sheet sheet = wb.createSheet("Đảng viên");
            title(sheet, styles, title);
            header(sheet, styles, 2);
            int count = 0;
            while (members.hasNext()) {
                Member m = members.next();
                Row row = sheet.createRow(3 + count++);
                for (int i = 0; i < COLUMNS.size(); i++) {
                    put(row, i, value(m, COLUMNS.get(i)), styles);
                }
            }
            sheet.createFreezePane(0, 3);
            wb.write(out);
            wb.dispose();
            return count;
        }
    }

    /**
     * One member's dossier laid out like the Phiếu đảng viên (2-HSĐV): the fields with their labels,
     * then the status decisions and every cell the member belonged to.
     */
    public static void dossierSheet(Member m, List<MemberEvent> events, List<CellPeriod> cells, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW)) {
            Styles styles = new Styles(wb);
            Sheet sheet = wb.createSheet("2-HSĐV");
            sheet.setColumnWidth(0, 34 * 256);
            sheet.setColumnWidth(1, 60 * 256);
            Row head = sheet.createRow(0);
            cell(head, 0, "PHIẾU ĐẢNG VIÊN", styles.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
            cell(sheet.createRow(1), 0, "Mẫu 2-HSĐV", null);
            int r = 3;
            for (ImportColumn column : COLUMNS) {
                Row row = sheet.createRow(r++);
                cell(row, 0, column.header(), styles.header);
                put(row, 1, value(m, column), styles);
            }
            r++;
            cell(sheet.createRow(r++), 0, "Quá trình sinh hoạt đảng", styles.title);
            for (CellPeriod p : cells) {
                Row row = sheet.createRow(r++);
                cell(row, 0, (p.from() == null ? "" : DISPLAY.format(p.from())) + " – "
                        + (p.to() == null ? "nay" : DISPLAY.format(p.to())), null);
                cell(row, 1, p.cellName(), null);
            }
            r++;
            cell(sheet.createRow(r++), 0, "Quyết định về đảng tịch", styles.title);
            for (MemberEvent e : events) {
                Row row = sheet.createRow(r++);
                cell(row, 0, DISPLAY.format(e.date()), null);
                cell(row, 1, EVENT_WORDS.getOrDefault(e.kind().name(), e.kind().name()) + (e.decisionNumber() == null ? "" : " — " + e.decisionNumber())
                        + (e.reason() == null ? "" : " — " + e.reason()), null);
            }
            wb.write(out);
            wb.dispose();
        }
    }

    /** Members due for a Party badge in a period, with the milestone, the day it is reached and the award day. */
    public static void badgeList(List<vn.dangbo.records.badge.BadgeService.Candidate> due, LocalDate from,
                                 LocalDate to, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW)) {
            Styles styles = new Styles(wb);
            Sheet sheet = wb.createSheet("Huy hiệu Đảng");
            title(sheet, styles, "DANH SÁCH ĐẢNG VIÊN ĐẾN HẠN HUY HIỆU ĐẢNG (" + DISPLAY.format(from) + " – "
                    + DISPLAY.format(to) + ")");
            String[] headers = {"STT", "Họ và tên", "Chi bộ", "Ngày vào Đảng", "Huy hiệu (năm tuổi Đảng)",
                    "Ngày đủ tuổi Đảng", "Ngày xét", "Ngày trao", "Ghi chú"};
            Row header = sheet.createRow(2);
            for (int i = 0; i < headers.length; i++) {
                cell(header, i, headers[i], styles.header);
                sheet.setColumnWidth(i, (i == 1 ? 26 : i == 2 ? 24 : 14) * 256);
            }
            int r = 3;
            for (vn.dangbo.records.badge.BadgeService.Candidate c : due) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r - 2);
                put(row, 1, c.member().fullName(), styles);
                put(row, 2, c.member().cell().name(), styles);
                put(row, 3, c.member().admissionDate(), styles);
                row.createCell(4).setCellValue(c.due().years());
                put(row, 5, c.due().reachedOn(), styles);
                put(row, 6, c.due().dueOn(), styles);
                put(row, 7, c.due().awardOn(), styles);
                put(row, 8, c.due().early() ? "Sớm (bệnh nặng)" : null, styles);
                r++;
            }
            sheet.createFreezePane(0, 3);
            wb.write(out);
            wb.dispose();
        }
    }

    private static Object value(Member m, ImportColumn column) {
        DossierField f = column.field();
        return switch (f) {
            case FULL_NAME -> m.fullName();
            case OTHER_NAMES -> m.otherNames();
            case SEX -> ImportColumn.word(m.sex());
            case BIRTH_DATE -> m.birthDate();
            case BIRTHPLACE -> m.birthplace();
            case RESIDENCE -> m.residence();
            case ETHNICITY -> m.ethnicity();
            case RELIGION -> m.religion();
            case CITIZEN_ID -> m.citizenId();
            case OCCUPATION -> m.occupation();
            case GENERAL_EDUCATION -> m.generalEducation();
            case PROFESSIONAL_QUALIFICATION -> m.professionalQualification();
            case POLITICAL_THEORY -> ImportColumn.word(m.politicalTheory());
            case FOREIGN_LANGUAGE -> m.foreignLanguage();
            case IT_LEVEL -> m.itLevel();
            case ADMISSION_DATE -> m.admissionDate();
            case FULL_MEMBERSHIP_DATE -> m.fullMembershipDate();
            case PARTY_CARD_NUMBER -> m.partyCardNumber();
            case CELL_ID -> m.cell().name();
            case STATUS -> ImportColumn.word(m.status());
        };
    }

    private static void title(Sheet sheet, Styles styles, String text) {
        cell(sheet.createRow(0), 0, text, styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
    }

    private static void header(Sheet sheet, Styles styles, int rowIndex) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < COLUMNS.size(); i++) {
            cell(row, i, COLUMNS.get(i).header(), styles.header);
            sheet.setColumnWidth(i, (COLUMNS.get(i) == ImportColumn.FULL_NAME ? 26 : 16) * 256);
        }
    }

    /** Dates as real date cells, text as text: a citizen ID keeps its leading zeros. */
    private static void put(Row row, int column, Object value, Styles styles) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
        } else {
            cell.setCellValue(value.toString());
            cell.setCellStyle(styles.text);
        }
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle date;
        final CellStyle text;

        Styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            title = wb.createCellStyle();
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title.setFont(big);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat(DATE_FORMAT));
            text = wb.createCellStyle();
            // "@": the cell is text, so Excel does not turn 001185012345 into a number when edited
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
        }
    }
}
