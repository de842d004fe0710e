package vn.dangbo.records.meeting;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The minutes (biên bản sinh hoạt chi bộ) as a Word document in the layout cells use on paper: the Party's
 * heading block (the superior committee and the cell on the left, ĐẢNG CỘNG SẢN VIỆT NAM on the right), the
 * title, time and place, attendance, chair and secretary, content, opinions, resolutions with the vote, and
 * the two signatures. A4, Times New Roman 14 as in the Party's document rules (Hướng dẫn 36-HD/VPTW).
 * The document is in Vietnamese whatever the UI language: it is a Party record.
 */
public final class MinutesDocument {

    private static final String FONT = "Times New Roman";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** What the document needs, gathered by the service under the caller's scope. */
    public record Content(CellMeeting meeting, String cellName, int required, int present, int excused,
                          int unexcused, Quorum quorum, boolean quorumMet, String superiorName) {
    }

    private MinutesDocument() {
    }

    public static void write(Content c, OutputStream out) throws IOException {
        CellMeeting m = c.meeting();
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            heading(doc, c);
            String title = m.kind() == MeetingKind.REGULAR
                    ? "SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG " + m.startsAt().getMonthValue() + "/" + m.startsAt().getYear()
                    : "SINH HOẠT CHI BỘ CHUYÊN ĐỀ";
            para(doc, ParagraphAlignment.CENTER, 240, 0, run("BIÊN BẢN", true, false, 14));
            para(doc, ParagraphAlignment.CENTER, 0, 0, run(title, true, false, 14));
            para(doc, ParagraphAlignment.CENTER, 0, 240, run(m.topic(), false, true, 14));

            line(doc, "Thời gian: ", "bắt đầu lúc " + time(m.startsAt()) + " ngày " + m.startsAt().format(DATE) + ".");
            line(doc, "Địa điểm: ", m.place() + ".");
            line(doc, "Thành phần: ", "tổng số đảng viên phải dự " + c.required() + " đồng chí; có mặt " + c.present()
                    + " đồng chí; vắng có lý do " + c.excused() + " đồng chí; vắng không lý do " + c.unexcused()
                    + " đồng chí.");
            line(doc, "Tỷ lệ dự họp: ", c.required() == 0 ? "—" : c.present() + "/" + c.required() + " ("
                    + String.format(Locale.ROOT, "%.1f", 100.0 * c.present() / c.required()).replace('.', ',')
                    + "%), yêu cầu tối thiểu " + c.quorum() + ": buổi sinh hoạt "
                    + (c.quorumMet() ? "đủ điều kiện tiến hành." : "không đủ số đảng viên theo quy định."));
            line(doc, "Chủ trì: ", "đồng chí " + nz(m.chairName()) + ".");
            line(doc, "Thư ký: ", "đồng chí " + nz(m.secretaryName()) + ".");

            section(doc, "I. NỘI DUNG SINH HOẠT", m.minutesContent());
            if (m.agenda() != null) {
                // The agenda posted with the invitation, kept beside what was actually said.
                section(doc, "Chương trình đã thông báo", m.agenda());
            }
            section(doc, "II. Ý KIẾN THẢO LUẬN", m.minutesOpinions() == null ? "Không có ý kiến khác." : m.minutesOpinions());
            section(doc, "III. KẾT LUẬN, NGHỊ QUYẾT", m.minutesResolutions() == null ? "—" : m.minutesResolutions());
            if (m.votesFor() != null || m.votesAgainst() != null || m.votesAbstain() != null) {
                line(doc, "Biểu quyết: ", "tán thành " + n(m.votesFor()) + " đồng chí; không tán thành "
                        + n(m.votesAgainst()) + " đồng chí; không biểu quyết " + n(m.votesAbstain()) + " đồng chí.");
            }
            para(doc, ParagraphAlignment.BOTH, 120, 240, run("Buổi sinh hoạt kết thúc lúc " + time(m.endsAt())
                    + " cùng ngày. Biên bản đã được đọc lại cho chi bộ nghe và thông qua.", false, false, 14));
            signatures(doc, m);
            doc.write(out);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(1134));
        mar.setBottom(BigInteger.valueOf(1134));
        mar.setLeft(BigInteger.valueOf(1701));
        mar.setRight(BigInteger.valueOf(1134));
    }

    private static void heading(XWPFDocument doc, Content c) {
        XWPFTable t = borderless(doc, 2);
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        if (c.superiorName() != null) {
            cellPara(left, c.superiorName().toUpperCase(new Locale("vi")), false);
        }
        cellPara(left, c.cellName().toUpperCase(new Locale("vi")), true);
        cellPara(left, "*", false);
        XWPFParagraph party = cellPara(right, "ĐẢNG CỘNG SẢN VIỆT NAM", true);
        party.getRuns().get(0).setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
        XWPFParagraph date = cellPara(right, "ngày " + c.meeting().startsAt().getDayOfMonth() + " tháng "
                + c.meeting().startsAt().getMonthValue() + " năm " + c.meeting().startsAt().getYear(), false);
        date.getRuns().get(0).setItalic(true);
    }

    private static void signatures(XWPFDocument doc, CellMeeting m) {
        XWPFTable t = borderless(doc, 2);
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        cellPara(left, "THƯ KÝ", true);
        cellPara(left, "(Ký, ghi rõ họ tên)", false).getRuns().get(0).setItalic(true);
        cellPara(left, "", false);
        cellPara(left, "", false);
        cellPara(left, nz(m.secretaryName()), true);
        cellPara(right, "CHỦ TRÌ", true);
        cellPara(right, "(Ký, ghi rõ họ tên)", false).getRuns().get(0).setItalic(true);
        cellPara(right, "", false);
        cellPara(right, "", false);
        cellPara(right, nz(m.chairName()), true);
    }

    private static XWPFTable borderless(XWPFDocument doc, int cols) {
        XWPFTable t = doc.createTable(1, cols);
        t.setWidth("100%");
        t.removeBorders();
        for (XWPFTableCell cell : t.getRow(0).getTableCells()) {
            cell.removeParagraph(0);
        }
        return t;
    }

    private static XWPFParagraph cellPara(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph p = cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(13);
        r.setBold(bold);
        r.setText(text);
        return p;
    }

    private static void section(XWPFDocument doc, String title, String body) {
        para(doc, ParagraphAlignment.LEFT, 120, 60, run(title, true, false, 14));
        for (String l : body.split("\n")) {
            para(doc, ParagraphAlignment.BOTH, 0, 60, run(l, false, false, 14));
        }
    }

    private static void line(XWPFDocument doc, String label, String value) {
        XWPFParagraph p = para(doc, ParagraphAlignment.BOTH, 0, 60, run(label, true, false, 14));
        XWPFRun r = p.createRun();
        style(r, false, false, 14);
        r.setText(value);
    }

    private record RunSpec(String text, boolean bold, boolean italic, int size) {
    }

    private static RunSpec run(String text, boolean bold, boolean italic, int size) {
        return new RunSpec(text, bold, italic, size);
    }

    private static XWPFParagraph para(XWPFDocument doc, ParagraphAlignment align, int before, int after, RunSpec spec) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        XWPFRun r = p.createRun();
        style(r, spec.bold(), spec.italic(), spec.size());
        r.setText(spec.text());
        return p;
    }

    private static void style(XWPFRun r, boolean bold, boolean italic, int size) {
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
    }

    private static String time(java.time.LocalDateTime t) {
        return String.format("%d giờ %02d", t.getHour(), t.getMinute());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static int n(Integer i) {
        return i == null ? 0 : i;
    }
}
