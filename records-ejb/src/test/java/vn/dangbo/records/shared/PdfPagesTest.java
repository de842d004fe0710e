package vn.dangbo.records.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.dangbo.records.shared.PdfPages.Line;
import vn.dangbo.records.shared.PdfPages.Run;
import vn.dangbo.records.shared.PdfPages.Style;

class PdfPagesTest {

    @Test
    void vietnameseTextIsWrappedOntoNumberedPagesAndReadsBack() throws Exception {
        String sentence = "Chi bộ thống nhất giao nhiệm vụ cho từng đồng chí đảng viên ở khu phố. ";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfPages pdf = PdfPages.a4(13)) {
            pdf.columns(List.of(new Line("ĐẢNG BỘ PHƯỜNG HÀ TU", Style.REGULAR)),
                    List.of(new Line("ĐẢNG CỘNG SẢN VIỆT NAM", Style.BOLD)));
            pdf.centered("BIÊN BẢN", Style.BOLD);
            // NFD input, a tab, a control character and a letter the font lacks must not break the document
            pdf.paragraph(List.of(new Run("Nội dung:\t", Style.BOLD),
                    new Run(Normalizer.normalize("Quán triệt nghị quyết\u0007 🙂 ", Normalizer.Form.NFD), Style.REGULAR),
                    new Run(sentence.repeat(120), Style.REGULAR)), 28);
            pdf.paragraph(List.of(new Run("x".repeat(400), Style.ITALIC)), 0);
            pdf.writeTo(out);
        }
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertTrue(doc.getNumberOfPages() >= 2, "long text flows onto a second page");
            String text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
            assertTrue(text.contains("ĐẢNG CỘNG SẢN VIỆT NAM"), text);
            assertTrue(text.contains("Nội dung: Quán triệt nghị quyết ? Chi bộ thống nhất"), text);
            assertTrue(text.contains("Trang 1/" + doc.getNumberOfPages()), text);
            for (String line : text.split("\n")) {
                assertTrue(line.length() < 120, "every line wrapped within the margins: " + line);
            }
            assertEquals(120, text.replaceAll("Trang \\d+/\\d+", "").replaceAll("\\s+", " ").split("Chi bộ thống nhất", -1).length - 1, "no words lost at line ends");
        }
    }
}
