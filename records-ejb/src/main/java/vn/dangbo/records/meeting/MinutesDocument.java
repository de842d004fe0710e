package vn.dangbo.records.meeting;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.dangbo.records.shared.WordPages;

/**
 * The minutes (biên bản sinh hoạt chi bộ) as a Word document or a PDF in the layout cells use on paper: the Party's
 * heading block (the superior committee and the cell on the left, ĐẢNG CỘNG SẢN VIỆT NAM on the right), the
 * title, time and place, attendance, chair and secretary, content, opinions, resolutions with the vote, and
 * the two signatures. A4, Times New Roman 14 as in the Party's document rules (Hướng dẫn 36-HD/VPTW).
 * The document is in Vietnamese whatever the UI language: it is a Party record.
 */
public final class MinutesDocument {

        private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";
    static final String SIGN_HINT = "(Ký, ghi rõ họ tên)";

    /** What the document needs, gathered by the service under the caller's scope. */
    public record Content(CellMeeting meeting, String cellName, int required, int present, int excused,
                          int unexcused, Quorum quorum, boolean quorumMet, String superiorName) {
    }

    private MinutesDocument() {
    }

    /** One line "Label: value" or a titled section of free text, in the order the minutes read. */
    sealed interface Block permits Fact, Section {
    }

    record Fact(String label, String value) implements Block {
    }

    record Section(String title, String body) implements Block {
    }

    /**
     * The wording of the minutes, shared by the Word and the PDF renderings so both say exactly the same.
     * {@code headingLeft} is the committee block (superior, cell, "*"); {@code dateLine} sits under the Party's name.
     */
    record Wording(List<String> headingLeft, String dateLine, String title, String topic, List<Block> blocks,
                   String closing, String secretary, String chair) {
    }

    static Wording wording(Content c) {
        CellMeeting m = c.meeting();
        Locale vi = new Locale("vi");
        List<String> left = new ArrayList<>();
        if (c.superiorName() != null) {
            left.add(c.superiorName().toUpperCase(vi));
        }
        left.add(c.cellName().toUpperCase(vi));
        String title = m.kind() == MeetingKind.REGULAR
                ? "SINH HOẠT CHI BỘ ĐỊNH KỲ THÁNG " + m.startsAt().getMonthValue() + "/" + m.startsAt().getYear()
                : "SINH HOẠT CHI BỘ CHUYÊN ĐỀ";
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Fact("Thời gian: ", "bắt đầu lúc " + time(m.startsAt()) + " ngày " + m.startsAt().format(DATE) + "."));
        blocks.add(new Fact("Địa điểm: ", m.place() + "."));
        blocks.add(new Fact("Thành phần: ", "tổng số đảng viên phải dự " + c.required() + " đồng chí; có mặt "
                + c.present() + " đồng chí; vắng có lý do " + c.excused() + " đồng chí; vắng không lý do "
                + c.unexcused() + " đồng chí."));
        blocks.add(new Fact("Tỷ lệ dự họp: ", c.required() == 0 ? "—" : c.present() + "/" + c.required() + " ("
                + String.format(Locale.ROOT, "%.1f", 100.0 * c.present() / c.required()).replace('.', ',')
                + "%), yêu cầu tối thiểu " + c.quorum() + ": buổi sinh hoạt "
                + (c.quorumMet() ? "đủ điều kiện tiến hành." : "không đủ số đảng viên theo quy định.")));
        blocks.add(new Fact("Chủ trì: ", "đồng chí " + nz(m.chairName()) + "."));
        blocks.add(new Fact("Thư ký: ", "đồng chí " + nz(m.secretaryName()) + "."));
        blocks.add(new Section("I. NỘI DUNG SINH HOẠT", m.minutesContent()));
        if (m.agenda() != null) {
            // The agenda posted with the invitation, kept beside what was actually said.
            blocks.add(new Section("Chương trình đã thông báo", m.agenda()));
        }
        blocks.add(new Section("II. Ý KIẾN THẢO LUẬN",
                m.minutesOpinions() == null ? "Không có ý kiến khác." : m.minutesOpinions()));
        blocks.add(new Section("III. KẾT LUẬN, NGHỊ QUYẾT", m.minutesResolutions() == null ? "—" : m.minutesResolutions()));
        if (m.votesFor() != null || m.votesAgainst() != null || m.votesAbstain() != null) {
            blocks.add(new Fact("Biểu quyết: ", "tán thành " + n(m.votesFor()) + " đồng chí; không tán thành "
                    + n(m.votesAgainst()) + " đồng chí; không biểu quyết " + n(m.votesAbstain()) + " đồng chí."));
        }
        String date = "ngày " + m.startsAt().getDayOfMonth() + " tháng " + m.startsAt().getMonthValue() + " năm "
                + m.startsAt().getYear();
        return new Wording(left, date, title, m.topic(), blocks, "Buổi sinh hoạt kết thúc lúc " + time(m.endsAt())
                + " cùng ngày. Biên bản đã được đọc lại cho chi bộ nghe và thông qua.", nz(m.secretaryName()),
                nz(m.chairName()));
    }

    /** The minutes as a Word document the cell can still edit before signing. */
    public static void writeDocx(Content c, OutputStream out) throws IOException {
        Wording w = wording(c);
        try (XWPFDocument doc = new XWPFDocument()) {
            WordPages.a4(doc);
            heading(doc, w);
            para(doc, ParagraphAlignment.CENTER, 240, 0, run("BIÊN BẢN", true, false, 14));
            para(doc, ParagraphAlignment.CENTER, 0, 0, run(w.title(), true, false, 14));
            para(doc, ParagraphAlignment.CENTER, 0, 240, run(w.topic(), false, true, 14));
            for (Block b : w.blocks()) {
                if (b instanceof Fact f) {
                    line(doc, f.label(), f.value());
                } else if (b instanceof Section sec) {
                    section(doc, sec.title(), sec.body());
                }
            }
            para(doc, ParagraphAlignment.BOTH, 120, 240, run(w.closing(), false, false, 14));
            signatures(doc, w);
            doc.write(out);
        }
    }

    /** The minutes as a PDF (A4, the same wording), for reading on a phone and for the archive. */
    public static void writePdf(Content c, OutputStream out) throws IOException {
        MinutesPdf.write(wording(c), out);
    }

    private static void heading(XWPFDocument doc, Wording w) {
        XWPFTable t = WordPages.borderless(doc, 2);
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        for (int i = 0; i < w.headingLeft().size(); i++) {
            // the cell's own name is bold, its superior's is not
            WordPages.cellPara(left, w.headingLeft().get(i), i == w.headingLeft().size() - 1);
        }
        WordPages.cellPara(left, "*", false);
        XWPFParagraph party = WordPages.cellPara(right, PARTY, true);
        party.getRuns().get(0).setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
        WordPages.cellPara(right, w.dateLine(), false).getRuns().get(0).setItalic(true);
    }

    private static void signatures(XWPFDocument doc, Wording w) {
        XWPFTable t = WordPages.borderless(doc, 2);
        signature(t.getRow(0).getCell(0), "THƯ KÝ", w.secretary());
        signature(t.getRow(0).getCell(1), "CHỦ TRÌ", w.chair());
    }

    private static void signature(XWPFTableCell cell, String role, String name) {
        WordPages.cellPara(cell, role, true);
        WordPages.cellPara(cell, SIGN_HINT, false).getRuns().get(0).setItalic(true);
        WordPages.cellPara(cell, "", false);
        WordPages.cellPara(cell, "", false);
        WordPages.cellPara(cell, name, true);
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
        WordPages.style(r, false, false, 14);
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
        WordPages.style(r, spec.bold(), spec.italic(), spec.size());
        r.setText(spec.text());
        return p;
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
