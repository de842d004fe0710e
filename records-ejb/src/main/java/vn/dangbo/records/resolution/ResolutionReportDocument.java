package vn.dangbo.records.resolution;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.dangbo.records.shared.WordPages;

/**
 * The follow-up report of a resolution as a Word document in the layout of the Party's papers (A4, Times New
 * Roman, the heading block, see WordPages): the figures told in sentences, the table of units, the table of every
 * task with its status and latest progress, and the signature of the standing committee. Always in Vietnamese.
 */
public final class ResolutionReportDocument {

    static final String TITLE = "BÁO CÁO TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ResolutionReportDocument() {
    }

    public static void writeDocx(ResolutionService.Dashboard d, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            WordPages.a4(doc);
            heading(doc, d);
            Resolution r = d.resolution();
            WordPages.para(doc, ParagraphAlignment.CENTER, 240, 0, TITLE, true, false, WordPages.BODY);
            WordPages.para(doc, ParagraphAlignment.CENTER, 0, 240, "thực hiện " + r.code() + " — " + r.title(),
                    true, false, WordPages.BODY);
            WordPages.para(doc, ParagraphAlignment.BOTH, 0, 120, summary(d), false, false, WordPages.BODY);
            WordPages.para(doc, ParagraphAlignment.LEFT, 120, 60, "1. Theo đơn vị chịu trách nhiệm", true, false,
                    WordPages.BODY);
            units(doc, d);
            WordPages.para(doc, ParagraphAlignment.LEFT, 240, 60, "2. Từng nhiệm vụ", true, false, WordPages.BODY);
            tasks(doc, d);
            signature(doc);
            doc.write(out);
        }
    }

    /** The figures in one sentence, as the report is read at the committee's meeting. */
    static String summary(ResolutionService.Dashboard d) {
        TaskCounts c = d.counts();
        Resolution r = d.resolution();
        return "Thực hiện " + r.code() + " ngày " + r.issuedOn().format(DAY) + " của " + r.issuer() + ", đến ngày "
                + d.today().format(DAY) + " có " + c.total() + " nhiệm vụ được theo dõi, trong đó: hoàn thành "
                + c.done() + " (" + pct(c.share(c.done())) + "); đúng tiến độ " + c.onTime() + " ("
                + pct(c.share(c.onTime())) + "); có nguy cơ chậm " + c.atRisk() + " (" + pct(c.share(c.atRisk()))
                + "); quá hạn " + c.overdue() + " (" + pct(c.share(c.overdue())) + ").";
    }

    private static String pct(double share) {
        return String.format(new Locale("vi"), "%.1f%%", share);
    }

    private static void units(XWPFDocument doc, ResolutionService.Dashboard d) {
        String[] head = {"Đơn vị", "Tổng số", "Hoàn thành", "Đúng tiến độ", "Nguy cơ chậm", "Quá hạn"};
        XWPFTable t = WordPages.grid(doc, List.of(head));
        for (ResolutionService.UnitLine u : d.byUnit()) {
            TaskCounts c = u.counts();
            WordPages.row(t, List.of(u.name(), "" + c.total(), "" + c.done(), "" + c.onTime(), "" + c.atRisk(), "" + c.overdue()));
        }
        TaskCounts c = d.counts();
        WordPages.row(t, List.of("Cộng", "" + c.total(), "" + c.done(), "" + c.onTime(), "" + c.atRisk(), "" + c.overdue()));
    }

    private static void tasks(XWPFDocument doc, ResolutionService.Dashboard d) {
        String[] head = {"TT", "Nhiệm vụ", "Chịu trách nhiệm", "Thời hạn", "Tiến độ", "Trạng thái",
                "Báo cáo gần nhất"};
        XWPFTable t = WordPages.grid(doc, List.of(head));
        int n = 0;
        for (TaskLine l : d.tasks()) {
            ResolutionTask task = l.task();
            String target = ResolutionReportWorkbook.target(task);
            WordPages.row(t, List.of("" + ++n, task.title() + (target.isEmpty() ? "" : " (" + target + ")"),
                    ResolutionReportWorkbook.responsible(l), task.deadline().format(DAY),
                    task.progressPercent() + "%", ResolutionReportWorkbook.status(l.status()),
                    l.lastNote() == null ? "" : l.lastNote()));
        }
    }

    private static void heading(XWPFDocument doc, ResolutionService.Dashboard d) {
        XWPFTable t = WordPages.borderless(doc, 2);
        XWPFTableCell left = t.getRow(0).getCell(0);
        XWPFTableCell right = t.getRow(0).getCell(1);
        Locale vi = new Locale("vi");
        if (!d.wardName().isEmpty()) {
            WordPages.cellPara(left, d.wardName().toUpperCase(vi), true);
        }
        WordPages.cellPara(left, "*", false);
        WordPages.cellPara(right, "ĐẢNG CỘNG SẢN VIỆT NAM", true).getRuns().get(0)
                .setUnderline(UnderlinePatterns.SINGLE);
        LocalDate day = d.today();
        WordPages.cellPara(right, "ngày " + day.getDayOfMonth() + " tháng " + day.getMonthValue() + " năm "
                + day.getYear(), false).getRuns().get(0).setItalic(true);
    }

    private static void signature(XWPFDocument doc) {
        XWPFTable t = WordPages.borderless(doc, 2);
        XWPFTableCell left = t.getRow(0).getCell(0);
        WordPages.cellPara(left, "Nơi nhận:", true).setAlignment(ParagraphAlignment.LEFT);
        WordPages.cellPara(left, "- Ban Thường vụ Đảng ủy,", false).setAlignment(ParagraphAlignment.LEFT);
        WordPages.cellPara(left, "- Các chi bộ trực thuộc,", false).setAlignment(ParagraphAlignment.LEFT);
        WordPages.cellPara(left, "- Lưu Văn phòng Đảng ủy.", false).setAlignment(ParagraphAlignment.LEFT);
        XWPFTableCell right = t.getRow(0).getCell(1);
        WordPages.cellPara(right, "T/M BAN THƯỜNG VỤ", true);
        WordPages.cellPara(right, "BÍ THƯ", true);
        WordPages.cellPara(right, "(Ký, ghi rõ họ tên)", false).getRuns().get(0).setItalic(true);
    }
}
