package vn.dangbo.records.library;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A plain A4 PDF of a title and paragraphs in DejaVu Sans (it has every Vietnamese letter), for the demo
 * library: the demo's PDF is made at seeding time rather than copied from anywhere.
 */
public final class SimplePdf {

    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final float MARGIN = 56;
    private static final float SIZE = 12;
    private static final float LEADING = 17;

    private SimplePdf() {
    }

    public static byte[] of(String title, List<String> paragraphs) {
        try (PDDocument doc = new PDDocument(); InputStream font = SimplePdf.class.getResourceAsStream(FONT)) {
            if (font == null) {
                throw new IllegalStateException("DejaVu Sans is not on the class path");
            }
            PDType0Font f = PDType0Font.load(doc, font);
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<String[]> lines = new ArrayList<>();
            for (String l : wrap(title, f, SIZE + 4, width)) {
                lines.add(new String[] {"T", l});
            }
            lines.add(new String[] {"T", ""});
            for (String p : paragraphs) {
                for (String l : wrap(p, f, SIZE, width)) {
                    lines.add(new String[] {"P", l});
                }
                lines.add(new String[] {"P", ""});
            }
            PDPageContentStream out = null;
            float y = 0;
            for (String[] line : lines) {
                if (out == null || y < MARGIN) {
                    if (out != null) {
                        out.endText();
                        out.close();
                    }
                    PDPage page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    out = new PDPageContentStream(doc, page);
                    out.beginText();
                    y = PDRectangle.A4.getHeight() - MARGIN;
                    out.newLineAtOffset(MARGIN, y);
                }
                float size = line[0].equals("T") ? SIZE + 4 : SIZE;
                out.setFont(f, size);
                out.showText(line[1]);
                out.newLineAtOffset(0, -LEADING - (size - SIZE));
                y -= LEADING + (size - SIZE);
            }
            if (out != null) {
                out.endText();
                out.close();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }
}
