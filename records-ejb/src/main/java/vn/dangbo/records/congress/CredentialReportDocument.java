package vn.dangbo.records.congress;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.dangbo.records.shared.WordPages;

/**
 * The credential committee's report as a Word document in the layout of the Party's papers (as the meeting
 * minutes are): the heading block, the title, the figures told in sentences, a table per structure, the
 * questioned credentials with the committee's conclusions, and the head of the committee's signature. A4, Times
 * New Roman 14 (Hướng dẫn 36-HD/VPTW). Always in Vietnamese: it is read out to the congress and filed.
 * The committee can still edit it before it is signed.
 */
public final class CredentialReportDocument {

    static final String TITLE = "BÁO CÁO THẨM TRA TƯ CÁCH ĐẠI BIỂU";
    static final String COMMITTEE = "BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU";

    private CredentialReportDocument() {
    }

    public static void writeDocx(CredentialReport r, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            WordPages.a4(doc);
            heading(doc, r);
            para(doc, ParagraphAlignment.CENTER, 240, 0, TITLE, true, false);
            para(doc, ParagraphAlignment.CENTER, 0, 0, r.congressName(), true, false);
            para(doc, ParagraphAlignment.CENTER, 0, 240, "Nhiệm kỳ " + r.term(), false, true);
            para(doc, ParagraphAlignment.BOTH, 0, 60, "Căn cứ Điều lệ Đảng và Quy chế làm việc của Đại hội, "
                    + "Ban Thẩm tra tư cách đại biểu đã thẩm tra tư cách đại biểu trên cơ sở hồ sơ đảng viên, danh "
                    + "sách đại biểu được triệu tập và kết quả điểm danh"
                    + (r.sessionName() == null ? "" : " tại " + r.sessionName()) + "; xin báo cáo Đại hội như sau:",
                    false, false);
            numbers(doc, r);
            structures(doc, r);
            questioned(doc, r);
            conclusion(doc, r);
            signature(doc, r);
            doc.write(out);
        }
    }

    /** The figures told in sentences, as the report is read out in the hall. */
    static List<String> attendanceSentences(CredentialReport r) {
        List<String> s = new ArrayList<>();
        StringBuilder basis = new StringBuilder();
        for (CredentialReport.Share b : r.byBasis()) {
            basis.append(basis.isEmpty() ? "" : "; ").append(clause(b)).append(" ").append(b.count())
                    .append(" đồng chí (").append(pct(b.percent())).append(")");
        }
        s.add("Tổng số đại biểu chính thức được triệu tập: " + r.convened() + " đồng chí, trong đó: " + basis + ".");
        s.add("Số đại biểu có mặt: " + r.present() + " đồng chí, chiếm " + pct(r.presentPercent())
                + " tổng số đại biểu được triệu tập; vắng mặt " + r.absent() + " đồng chí (có lý do "
                + r.absentWithReason() + " đồng chí, chiếm " + pct(r.absentWithReasonPercent()) + "; không có lý do "
                + r.absentWithoutReason() + " đồng chí, chiếm " + pct(r.absentWithoutReasonPercent()) + ").");
        s.add("Số đại biểu có mặt " + (r.quorumReached() ? "bảo đảm" : "chưa đủ") + " tỷ lệ theo quy định "
                + "(tối thiểu " + r.quorumNeeded() + " đồng chí, hai phần ba số đại biểu được triệu tập)"
                + (r.quorumReached() ? "; Đại hội đủ điều kiện tiến hành." : "."));
        if (r.alternates() > 0 || r.guests() > 0) {
            s.add("Đại biểu dự khuyết: " + r.alternates() + " đồng chí (có mặt " + r.alternatesPresent()
                    + "); khách mời: " + r.guests() + " (có mặt " + r.guestsPresent() + ").");
        }
        if (r.withdrawn() > 0) {
            s.add("Số đại biểu chính thức không còn được triệu tập: " + r.withdrawn() + " đồng chí.");
        }
        return s;
    }

    static List<String> structureSentences(CredentialReport r) {
        List<String> s = new ArrayList<>();
        s.add("Về giới tính: " + shares(r.structure("sex").rows()) + ".");
        s.add("Về độ tuổi: " + shares(r.structure("ageBand").rows()) + "."
                + (r.oldest() == null ? "" : " Đại biểu cao tuổi nhất là đồng chí " + r.oldest().fullName() + ", "
                        + r.oldest().age() + " tuổi; đại biểu trẻ tuổi nhất là đồng chí " + r.youngest().fullName()
                        + ", " + r.youngest().age() + " tuổi; tuổi bình quân " + num(r.averageAge()) + "."));
        s.add("Về dân tộc: " + shares(r.structure("ethnicity").rows()) + "; đại biểu là người dân tộc thiểu số "
                + r.ethnicMinorities() + " đồng chí (" + pct(r.ethnicMinoritiesPercent()) + ").");
        s.add("Về trình độ giáo dục phổ thông: " + shares(r.structure("generalEducation").rows()) + ".");
        s.add("Về trình độ chuyên môn, nghiệp vụ: " + shares(r.structure("professionalQualification").rows()) + ".");
        s.add("Về trình độ lý luận chính trị: " + shares(r.structure("politicalTheory").rows()) + ".");
        s.add("Về tuổi đảng: " + shares(r.structure("partyAgeBand").rows()) + ".");
        s.add("Về nghề nghiệp: " + shares(r.structure("occupation").rows()) + ".");
        return s;
    }

    private static void numbers(XWPFDocument doc, CredentialReport r) {
        para(doc, ParagraphAlignment.LEFT, 120, 60, "I. SỐ LƯỢNG ĐẠI BIỂU", true, false);
        for (String line : attendanceSentences(r)) {
            para(doc, ParagraphAlignment.BOTH, 0, 60, "- " + line, false, false);
        }
        if (!r.absences().isEmpty()) {
            para(doc, ParagraphAlignment.BOTH, 60, 60, "Danh sách đại biểu vắng mặt:", false, true);
            XWPFTable t = WordPages.grid(doc, List.of("STT", "Họ và tên", "Đoàn đại biểu", "Lý do"));
            int i = 1;
            for (CredentialReport.Absence a : r.absences()) {
                WordPages.row(t, List.of(String.valueOf(i++), a.fullName(), nz(a.delegation()),
                        a.reason() == null ? "Không có lý do" : a.reason()));
            }
        }
    }

    private static void structures(XWPFDocument doc, CredentialReport r) {
        para(doc, ParagraphAlignment.LEFT, 120, 60, "II. CƠ CẤU ĐẠI BIỂU CHÍNH THỨC ĐƯỢC TRIỆU TẬP", true, false);
        for (String line : structureSentences(r)) {
            para(doc, ParagraphAlignment.BOTH, 0, 60, "- " + line, false, false);
        }
        for (String key : CredentialFigures.STRUCTURES) {
            para(doc, ParagraphAlignment.LEFT, 120, 60, CredentialFigures.title(key), true, true);
            XWPFTable t = WordPages.grid(doc, List.of("Nội dung", "Số lượng", "Tỷ lệ (%)"));
            for (CredentialReport.Share s : r.structure(key).rows()) {
                WordPages.row(t, List.of(s.label(), String.valueOf(s.count()), num(s.percent())));
            }
        }
    }

    private static void questioned(XWPFDocument doc, CredentialReport r) {
        para(doc, ParagraphAlignment.LEFT, 120, 60, "III. KẾT QUẢ XEM XÉT CÁC TRƯỜNG HỢP CÓ Ý KIẾN VỀ TƯ CÁCH ĐẠI BIỂU",
                true, false);
        if (r.questioned().isEmpty()) {
            para(doc, ParagraphAlignment.BOTH, 0, 60, "Ban Thẩm tra tư cách đại biểu không nhận được đơn, thư hay ý "
                    + "kiến nào về tư cách đại biểu.", false, false);
            return;
        }
        para(doc, ParagraphAlignment.BOTH, 0, 60, "Ban Thẩm tra tư cách đại biểu đã xem xét "
                + r.questioned().size() + " trường hợp có ý kiến về tư cách đại biểu:", false, false);
        XWPFTable t = WordPages.grid(doc, List.of("STT", "Họ và tên", "Nội dung", "Kết luận của Ban"));
        int i = 1;
        for (CredentialReport.Questioned q : r.questioned()) {
            WordPages.row(t, List.of(String.valueOf(i++), q.fullName(), q.question(),
                    q.decisionLabel() + (q.note() == null ? "" : ": " + q.note())));
        }
    }

    private static void conclusion(XWPFDocument doc, CredentialReport r) {
        para(doc, ParagraphAlignment.LEFT, 120, 60, "IV. KẾT LUẬN", true, false);
        para(doc, ParagraphAlignment.BOTH, 0, 60, "Căn cứ kết quả thẩm tra, Ban Thẩm tra tư cách đại biểu đề nghị "
                + "Đại hội xem xét, biểu quyết công nhận tư cách đại biểu của " + r.convened() + " đồng chí đại biểu "
                + "chính thức được triệu tập dự Đại hội.", false, false);
    }

    private static void heading(XWPFDocument doc, CredentialReport r) {
        XWPFTable t = WordPages.borderless(doc, 2);
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        Locale vi = new Locale("vi");
        if (r.partyCommittee() != null) {
            WordPages.cellPara(left, r.partyCommittee().toUpperCase(vi), false);
        }
        WordPages.cellPara(left, COMMITTEE, true);
        WordPages.cellPara(left, "*", false);
        WordPages.cellPara(right, "ĐẢNG CỘNG SẢN VIỆT NAM", true).getRuns().get(0).setUnderline(UnderlinePatterns.SINGLE);
        LocalDate d = r.openingDate();
        WordPages.cellPara(right, "ngày " + d.getDayOfMonth() + " tháng " + d.getMonthValue()
                + " năm " + d.getYear(), false).getRuns().get(0).setItalic(true);
    }

    private static void signature(XWPFDocument doc, CredentialReport r) {
        XWPFTable t = WordPages.borderless(doc, 2);
        XWPFTableCell left = t.getRow(0).getCell(0);
        WordPages.cellPara(left, "Nơi nhận:", true).setAlignment(ParagraphAlignment.LEFT);
        WordPages.cellPara(left, "- Đoàn Chủ tịch Đại hội,", false).setAlignment(ParagraphAlignment.LEFT);
        WordPages.cellPara(left, "- Lưu Ban Thẩm tra tư cách đại biểu.", false).setAlignment(ParagraphAlignment.LEFT);
        XWPFTableCell right = t.getRow(0).getCell(1);
        WordPages.cellPara(right, "T/M " + COMMITTEE, true);
        WordPages.cellPara(right, "TRƯỞNG BAN", true);
        WordPages.cellPara(right, "(Ký, ghi rõ họ tên)", false).getRuns().get(0).setItalic(true);
        WordPages.cellPara(right, "", false);
        WordPages.cellPara(right, "", false);
        WordPages.cellPara(right, nz(r.committeeHead()), true);
    }

    private static XWPFParagraph para(XWPFDocument doc, ParagraphAlignment align, int before, int after, String text,
                                      boolean bold, boolean italic) {
        return WordPages.para(doc, align, before, after, text, bold, italic, WordPages.BODY);
    }

    private static String shares(List<CredentialReport.Share> rows) {
        StringBuilder s = new StringBuilder();
        for (CredentialReport.Share r : rows) {
            if (r.count() == 0) {
                continue;
            }
            s.append(s.isEmpty() ? "" : "; ").append(clause(r)).append(" ").append(r.count())
                    .append(" đồng chí (").append(pct(r.percent())).append(")");
        }
        return s.isEmpty() ? "không có" : s.toString();
    }

    /** 66.7 → "66,7": the Vietnamese decimal comma. */
    static String num(double d) {
        return String.format(Locale.ROOT, "%.1f", d).replace('.', ',');
    }

    static String pct(double d) {
        return num(d) + "%";
    }

    /** A code's label opens a clause in lower case ("Nam" → "nam"); a recorded text ("Kinh", "12/12") stays. */
    private static String clause(CredentialReport.Share r) {
        String label = r.label();
        return r.key().matches("[A-Z0-9_]+") ? label.substring(0, 1).toLowerCase(new Locale("vi")) + label.substring(1)
                : label;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
