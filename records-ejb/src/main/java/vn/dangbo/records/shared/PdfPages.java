package vn.dangbo.records.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A small flowing-text writer for the Party's printed records (minutes, lists): A4 pages, a serif font that has
 * every Vietnamese letter, paragraphs wrapped at word boundaries, centred titles, two-column blocks (the heading
 * and the signatures), page numbers. PDF's standard fonts have no Vietnamese glyphs, so DejaVu Serif is embedded
 * (subset) from the fonts jar on the class path.
 */
public final class PdfPages implements AutoCloseable {

    public enum Style {
        REGULAR("DejaVuSerif.ttf"), BOLD("DejaVuSerif-Bold.ttf"), ITALIC("DejaVuSerif-Italic.ttf");

        private final String file;

        Style(String file) {
            this.file = file;
        }
    }

    /** A piece of text in one style. */
    public record Run(String text, Style style) {
    }

    /** One centred line of a column block. */
    public record Line(String text, Style style) {
    }

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final float MM = 72f / 25.4f;
    private static final float LEADING = 1.35f;

    private final PDDocument doc = new PDDocument();
    private final Map<Style, PDType0Font> fonts = new EnumMap<>(Style.class);
    private final Map<Style, Map<Integer, Boolean>> glyphs = new EnumMap<>(Style.class);
    private final float size;
    private final float left;
    private final float right;
    private final float top;
    private final float bottom;
    private PDPageContentStream out;
    private float y;

    /** A4 with the margins of Hướng dẫn 36-HD/VPTW (left 30 mm, others 20 mm) and the given body size. */
    public static PdfPages a4(float size) {
        return new PdfPages(size, 30 * MM, 20 * MM, 20 * MM, 20 * MM);
    }

    private PdfPages(float size, float left, float right, float top, float bottom) {
        this.size = size;
        this.left = left;
        this.right = PDRectangle.A4.getWidth() - right;
        this.top = PDRectangle.A4.getHeight() - top;
        this.bottom = bottom;
        try {
            for (Style s : Style.values()) {
                try (InputStream in = PdfPages.class.getResourceAsStream(FONTS + s.file)) {
                    if (in == null) {
                        throw new IllegalStateException("font missing from the class path: " + s.file);
                    }
                    fonts.put(s, PDType0Font.load(doc, in));
                }
                glyphs.put(s, new HashMap<>());
            }
            newPage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Vertical space, in points. */
    public void space(float points) throws IOException {
        y -= points;
        if (y < bottom) {
            newPage();
        }
    }

    /** A title line (or lines, when long), centred. */
    public void centered(String text, Style style) throws IOException {
        for (List<Run> line : wrap(List.of(new Run(text, style)), right - left)) {
            ensure(lineHeight());
            drawLine(line, left + (right - left - width(line)) / 2);
        }
    }

    /** A paragraph of runs in several styles, wrapped, the first line indented. */
    public void paragraph(List<Run> runs, float firstIndent) throws IOException {
        boolean first = true;
        for (List<Run> line : wrap(runs, right - left - firstIndent)) {
            ensure(lineHeight());
            drawLine(line, left + (first ? firstIndent : 0));
            first = false;
        }
    }

    /** Two columns of centred lines side by side, kept on one page (the heading block, the signatures). */
    public void columns(List<Line> leftColumn, List<Line> rightColumn) throws IOException {
        float half = (right - left) / 2;
        List<List<Run>> l = columnLines(leftColumn, half);
        List<List<Run>> r = columnLines(rightColumn, half);
        int rows = Math.max(l.size(), r.size());
        ensure(rows * lineHeight());
        float start = y;
        drawColumn(l, left, half, start);
        drawColumn(r, left + half, half, start);
        y = start - rows * lineHeight();
    }

    /** Adds "Trang i/n" under each page when there is more than one, and writes the document. */
    public void writeTo(OutputStream target) throws IOException {
        out.close();
        int pages = doc.getNumberOfPages();
        if (pages > 1) {
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream s = new PDPageContentStream(doc, doc.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    List<Run> number = List.of(new Run("Trang " + (i + 1) + "/" + pages, Style.ITALIC));
                    float w = width(number) * 0.8f;
                    s.beginText();
                    s.setFont(fonts.get(Style.ITALIC), size * 0.8f);
                    s.newLineAtOffset(left + (right - left - w) / 2, bottom / 2);
                    s.showText(printable(number.get(0).text(), Style.ITALIC));
                    s.endText();
                }
            }
        }
        doc.save(target);
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

    private List<List<Run>> columnLines(List<Line> lines, float width) {
        List<List<Run>> all = new ArrayList<>();
        for (Line line : lines) {
            all.addAll(wrap(List.of(new Run(line.text(), line.style())), width));
        }
        return all;
    }

    private void drawColumn(List<List<Run>> lines, float x, float width, float start) throws IOException {
        float at = start;
        for (List<Run> line : lines) {
            y = at;
            drawLine(line, x + (width - width(line)) / 2);
            at -= lineHeight();
        }
    }

    private float lineHeight() {
        return size * LEADING;
    }

    private void ensure(float height) throws IOException {
        if (y - height < bottom) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = top;
    }

    /** Draws one line whose top is at the cursor, then moves the cursor below it. */
    private void drawLine(List<Run> line, float x) throws IOException {
        float baseline = y - size;
        float at = x;
        for (Run run : line) {
            if (run.text().isEmpty()) {
                continue;
            }
            out.beginText();
            out.setFont(fonts.get(run.style()), size);
            out.newLineAtOffset(at, baseline);
            out.showText(run.text());
            out.endText();
            at += width(run);
        }
        y -= lineHeight();
    }

    /** Greedy word wrap over styled runs; a word longer than the line is cut where it must be. */
    private List<List<Run>> wrap(List<Run> runs, float width) {
        List<List<Run>> lines = new ArrayList<>();
        List<Run> line = new ArrayList<>();
        float used = 0;
        for (Run run : runs) {
            String text = printable(run.text(), run.style());
            for (String word : text.split("(?<= )")) {
                Run piece = new Run(word, run.style());
                float w = width(piece);
                float visible = width(new Run(word.stripTrailing(), run.style()));
                if (used + visible > width && !line.isEmpty()) {
                    lines.add(line);
                    line = new ArrayList<>();
                    used = 0;
                }
                while (visible > width) {
                    int cut = fitting(word, run.style(), width);
                    lines.add(List.of(new Run(word.substring(0, cut), run.style())));
                    word = word.substring(cut);
                    piece = new Run(word, run.style());
                    w = width(piece);
                    visible = width(new Run(word.stripTrailing(), run.style()));
                }
                line.add(piece);
                used += w;
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private int fitting(String word, Style style, float width) {
        int cut = 1;
        while (cut < word.length() && width(new Run(word.substring(0, cut + 1), style)) <= width) {
            cut++;
        }
        return cut;
    }

    private float width(List<Run> line) {
        float w = 0;
        for (Run r : line) {
            w += width(r);
        }
        // trailing space is not ink: centring should ignore it
        if (!line.isEmpty()) {
            Run last = line.get(line.size() - 1);
            w -= width(last) - width(new Run(last.text().stripTrailing(), last.style()));
        }
        return w;
    }

    private float width(Run r) {
        try {
            return fonts.get(r.style()).getStringWidth(r.text()) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** NFC (the font has precomposed Vietnamese letters), tabs as spaces, anything without a glyph as "?". */
    private String printable(String text, Style style) {
        String nfc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(cp -> {
            if (cp == '\t' || cp == '\r' || cp == '\n') {
                b.append(' ');
            } else if (Character.isISOControl(cp)) {
                return;
            } else if (glyphs.get(style).computeIfAbsent(cp, c -> hasGlyph(style, c))) {
                b.appendCodePoint(cp);
            } else {
                b.append('?');
            }
        });
        return b.toString();
    }

    private boolean hasGlyph(Style style, int cp) {
        try {
            fonts.get(style).encode(new String(Character.toChars(cp)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
