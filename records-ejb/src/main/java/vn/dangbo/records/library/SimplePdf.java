package vn.dangbo.records.library;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import vn.dangbo.records.shared.PdfPages;
import vn.dangbo.records.shared.PdfPages.Run;
import vn.dangbo.records.shared.PdfPages.Style;

/**
 * A plain A4 PDF of a title and paragraphs, for the demo library: the demo's PDF is made at seeding time rather
 * than copied from anywhere.
 */
public final class SimplePdf {

    private SimplePdf() {
    }

    public static byte[] of(String title, List<String> paragraphs) {
        try (PdfPages pdf = PdfPages.a4(12)) {
            pdf.centered(title, Style.BOLD);
            pdf.space(12);
            for (String p : paragraphs) {
                pdf.paragraph(List.of(new Run(p, Style.REGULAR)), 0);
                pdf.space(6);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.writeTo(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
