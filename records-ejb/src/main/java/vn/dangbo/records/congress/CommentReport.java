package vn.dangbo.records.congress;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.dangbo.records.shared.WordPages;

/**
 * The summary of comments for the drafting team (tổ biên tập): how many approved comments each field has, then
 * the comments themselves grouped by field, each with its author, the document and paragraph it is about. A4,
 * Times New Roman as the Party's documents are written; in Vietnamese whatever the UI language. Comments are
 * written as plain text runs, so whatever a resident typed stays text.
 */
public final class CommentReport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String UNCLASSIFIED = "Chưa phân loại";

    public record Content(Congress congress, List<CommentField> fields, CongressDocuments.Counts counts,
                          List<CongressDocuments.CommentOnDocument> comments) {
    }

    private CommentReport() {
    }

    /** The comments under each field's name (a comment in two fields appears under both), empty fields kept. */
    static Map<String, List<CongressDocuments.CommentOnDocument>> byField(Content c) {
        Map<String, List<CongressDocuments.CommentOnDocument>> out = new LinkedHashMap<>();
        for (CommentField f : c.fields()) {
            List<CongressDocuments.CommentOnDocument> mine = new ArrayList<>();
            for (CongressDocuments.CommentOnDocument cd : c.comments()) {
                if (cd.comment().fields().contains(f.id())) {
                    mine.add(cd);
                }
            }
            out.put(f.name(), mine);
        }
        List<CongressDocuments.CommentOnDocument> none = c.comments().stream()
                .filter(cd -> cd.comment().fields().isEmpty()).toList();
        if (!none.isEmpty()) {
            out.put(UNCLASSIFIED, none);
        }
        return out;
    }

    public static void writeDocx(Content c, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            WordPages.a4(doc);
            para(doc, ParagraphAlignment.CENTER, 0, 0, c.congress().name().toUpperCase(new java.util.Locale("vi")), true, false);
            para(doc, ParagraphAlignment.CENTER, 240, 0, "TỔNG HỢP Ý KIẾN GÓP Ý DỰ THẢO VĂN KIỆN", true, false);
            para(doc, ParagraphAlignment.CENTER, 0, 240, "(theo lĩnh vực; lập ngày "
                    + LocalDate.now(VIETNAM).format(DATE) + ")", false, true);
            para(doc, ParagraphAlignment.LEFT, 120, 120, "Số ý kiến đã duyệt: " + c.counts().approved()
                    + "; đang chờ duyệt: " + c.counts().pending() + ".", false, false);

            XWPFTable t = doc.createTable(c.counts().fields().size() + 1, 2);
            cell(t, 0, 0, "Lĩnh vực", true);
            cell(t, 0, 1, "Số ý kiến", true);
            int row = 1;
            for (CongressDocuments.FieldCount fc : c.counts().fields()) {
                cell(t, row, 0, fc.field().name(), false);
                cell(t, row, 1, Long.toString(fc.comments()), false);
                row++;
            }

            int n = 1;
            for (Map.Entry<String, List<CongressDocuments.CommentOnDocument>> e : byField(c).entrySet()) {
                para(doc, ParagraphAlignment.LEFT, 240, 120, n++ + ". " + e.getKey() + " (" + e.getValue().size()
                        + " ý kiến)", true, false);
                for (CongressDocuments.CommentOnDocument cd : e.getValue()) {
                    CongressComment cm = cd.comment();
                    String who = cm.authorKind() == CommentAuthor.RESIDENT
                            ? "Nhân dân: " + cm.authorName() + " (" + cm.neighbourhood() + ")"
                            : "Đại biểu: " + cm.authorName();
                    String where = cd.documentTitle() + (cm.paragraph() == null ? "" : ", đoạn " + cm.paragraph());
                    para(doc, ParagraphAlignment.LEFT, 60, 0, who + " — " + where, false, true);
                    XWPFParagraph p = doc.createParagraph();
                    p.setAlignment(ParagraphAlignment.BOTH);
                    p.setSpacingAfter(60);
                    String[] lines = cm.body().split("\n");
                    XWPFRun r = p.createRun();
                    style(r, false, false);
                    for (int i = 0; i < lines.length; i++) {
                        if (i > 0) {
                            r.addBreak();
                        }
                        r.setText(lines[i], i);
                    }
                }
            }
            doc.write(out);
        }
    }

    private static void para(XWPFDocument doc, ParagraphAlignment align, int before, int after, String text,
                             boolean bold, boolean italic) {
        WordPages.para(doc, align, before, after, text, bold, italic, WordPages.SMALL);
    }

    private static void cell(XWPFTable t, int row, int col, String text, boolean bold) {
        XWPFParagraph p = t.getRow(row).getCell(col).getParagraphs().get(0);
        XWPFRun r = p.createRun();
        style(r, bold, false);
        r.setText(text);
    }

    private static void style(XWPFRun r, boolean bold, boolean italic) {
        WordPages.style(r, bold, italic, WordPages.SMALL);
    }
}
