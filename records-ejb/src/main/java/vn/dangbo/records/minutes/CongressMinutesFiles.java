package vn.dangbo.records.minutes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.dangbo.records.shared.PdfPages;
import vn.dangbo.records.shared.PdfPages.Run;
import vn.dangbo.records.shared.PdfPages.Style;
import vn.dangbo.records.shared.WordPages;

/** The congress minutes written out: a Word document to edit and sign, and a PDF to circulate. */
public final class CongressMinutesFiles {

    private CongressMinutesFiles() {
    }

    public static byte[] docx(CongressMinutes m) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WordPages.a4(doc);
            WordPages.para(doc, ParagraphAlignment.CENTER, 0, 0, m.title(), true, false, WordPages.BODY);
            WordPages.para(doc, ParagraphAlignment.CENTER, 0, 0, m.congressName(), true, false, WordPages.BODY);
            WordPages.para(doc, ParagraphAlignment.CENTER, 0, 240, m.subtitle(), false, true, WordPages.SMALL);
            for (MinutesBlock b : m.blocks()) {
                if (b instanceof MinutesBlock.Heading h) {
                    WordPages.para(doc, ParagraphAlignment.LEFT, 240, 120, h.text(), true, false, WordPages.BODY);
                } else if (b instanceof MinutesBlock.Text t) {
                    WordPages.para(doc, ParagraphAlignment.BOTH, 0, 120, t.text(), false, false, WordPages.BODY);
                } else if (b instanceof MinutesBlock.Table t) {
                    XWPFTable table = WordPages.grid(doc, t.headers());
                    t.rows().forEach(r -> WordPages.row(table, r));
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same content; a table's rows become numbered lines ("header: value · …"), readable on a phone. */
    public static byte[] pdf(CongressMinutes m) {
        try (PdfPages pdf = PdfPages.a4(12)) {
            pdf.centered(m.title(), Style.BOLD);
            pdf.centered(m.congressName(), Style.BOLD);
            pdf.centered(m.subtitle(), Style.ITALIC);
            pdf.space(12);
            for (MinutesBlock b : m.blocks()) {
                if (b instanceof MinutesBlock.Heading h) {
                    pdf.space(8);
                    pdf.paragraph(List.of(new Run(h.text(), Style.BOLD)), 0);
                    pdf.space(4);
                } else if (b instanceof MinutesBlock.Text t) {
                    pdf.paragraph(List.of(new Run(t.text(), Style.REGULAR)), 0);
                    pdf.space(4);
                } else if (b instanceof MinutesBlock.Table t) {
                    for (List<String> row : t.rows()) {
                        List<String> cells = new ArrayList<>();
                        for (int i = 1; i < row.size(); i++) {
                            if (!row.get(i).isEmpty()) {
                                cells.add(t.headers().get(i) + ": " + row.get(i));
                            }
                        }
                        pdf.paragraph(List.of(new Run(row.get(0) + ". ", Style.BOLD),
                                new Run(String.join(" · ", cells), Style.REGULAR)), 0);
                        pdf.space(2);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
