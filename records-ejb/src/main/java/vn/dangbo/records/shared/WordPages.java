package vn.dangbo.records.shared;

import java.math.BigInteger;
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
 * The layout every Word document of the Party records shares (minutes, credential report, comment summary): A4
 * with the usual administrative margins (top and bottom 2 cm, left 3 cm, right 2 cm), Times New Roman, centred
 * table cells, and the two-column borderless table that holds the Party heading and the signatures.
 */
public final class WordPages {

    public static final String FONT = "Times New Roman";
    /** Body text, in points. */
    public static final int BODY = 14;
    /** Table and heading text, in points. */
    public static final int SMALL = 13;

    private WordPages() {
    }

    public static void a4(XWPFDocument doc) {
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

    public static void style(XWPFRun r, boolean bold, boolean italic, int size) {
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
    }

    /** A paragraph of one run. */
    public static XWPFParagraph para(XWPFDocument doc, ParagraphAlignment align, int before, int after, String text,
                                     boolean bold, boolean italic, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        XWPFRun r = p.createRun();
        style(r, bold, italic, size);
        r.setText(text);
        return p;
    }

    /** A table of one row without borders or paragraphs, for text side by side (heading, signatures). */
    public static XWPFTable borderless(XWPFDocument doc, int cols) {
        XWPFTable t = doc.createTable(1, cols);
        t.setWidth("100%");
        t.removeBorders();
        for (XWPFTableCell cell : t.getRow(0).getTableCells()) {
            cell.removeParagraph(0);
        }
        return t;
    }

    /** A centred line in a table cell. */
    public static XWPFParagraph cellPara(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph p = cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        XWPFRun r = p.createRun();
        style(r, bold, false, SMALL);
        r.setText(text);
        return p;
    }

    /** A table across the page whose header row (bold) repeats on every page. */
    public static XWPFTable grid(XWPFDocument doc, java.util.List<String> headers) {
        XWPFTable t = doc.createTable(1, headers.size());
        t.setWidth("100%");
        org.apache.poi.xwpf.usermodel.XWPFTableRow head = t.getRow(0);
        for (int i = 0; i < headers.size(); i++) {
            XWPFTableCell c = head.getCell(i);
            c.removeParagraph(0);
            cellPara(c, headers.get(i), true);
        }
        head.setRepeatHeader(true);
        return t;
    }

    /** A row of a {@link #grid}: the first column and figures centred, text to the left. */
    public static void row(XWPFTable t, java.util.List<String> values) {
        org.apache.poi.xwpf.usermodel.XWPFTableRow row = t.createRow();
        for (int i = 0; i < values.size(); i++) {
            XWPFTableCell c = row.getCell(i);
            c.removeParagraph(0);
            XWPFParagraph p = cellPara(c, values.get(i), false);
            p.setAlignment(i == 0 || values.get(i).matches("[0-9.,]+") ? ParagraphAlignment.CENTER
                    : ParagraphAlignment.LEFT);
        }
    }
}
