package vn.dangbo.records.congress;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Delegate cards to print and cut: eight 90 × 60 mm cards on an A4 page with crop marks, each with the congress's
 * name on a red band, the photo (or an empty frame to paste one), the kind of delegate, the name, the delegation,
 * the seat and group, and the card's QR code drawn as vector squares (sharp on any printer). DejaVu Sans Condensed
 * is embedded (subset): PDF's standard fonts have no Vietnamese letters.
 */
public final class CardSheet {

    /** What one card shows; photo is the stored JPEG or PNG, or null. */
    public record Face(String fullName, DelegateKind kind, String delegation, String seat, String group,
                       String token, byte[] photo) {
    }

    public static final int PER_PAGE = 8;
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final float MM = 72f / 25.4f;
    private static final float CARD_W = 90 * MM;
    private static final float CARD_H = 60 * MM;
    private static final float GAP = 6 * MM;
    private static final int COLUMNS = 2;
    private static final int ROWS = 4;
    private static final float PAD = 8;
    private static final float BAND = 26;
    private static final float PHOTO_W = 63;
    private static final float PHOTO_H = 84;
    private static final float QR = 68;
    /** Photos are scaled down to about 300 dpi at their printed size: a 2 MB photo ×100 would make a huge file. */
    private static final int PHOTO_PX_W = 270;
    private static final Color RED = new Color(0xB7, 0x1C, 0x1C);

    private final PDDocument doc = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<PDType0Font, Map<Integer, Boolean>> glyphs = new HashMap<>();

    private CardSheet() throws IOException {
        regular = font("DejaVuSansCondensed.ttf");
        bold = font("DejaVuSansCondensed-Bold.ttf");
    }

    /** The cards in the order given, eight a page. */
    public static void write(String congressName, List<Face> cards, OutputStream target) throws IOException {
        CardSheet sheet = new CardSheet();
        try (PDDocument doc = sheet.doc) {
            float left = (PDRectangle.A4.getWidth() - COLUMNS * CARD_W - (COLUMNS - 1) * GAP) / 2;
            float top = PDRectangle.A4.getHeight()
                    - (PDRectangle.A4.getHeight() - ROWS * CARD_H - (ROWS - 1) * GAP) / 2;
            for (int start = 0; start < cards.size(); start += PER_PAGE) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    for (int i = 0; i < PER_PAGE && start + i < cards.size(); i++) {
                        float x = left + (i % COLUMNS) * (CARD_W + GAP);
                        float y = top - (i / COLUMNS) * (CARD_H + GAP);
                        sheet.card(out, x, y, congressName, cards.get(start + i));
                    }
                }
            }
            doc.save(target);
        }
    }

    /** One card whose top-left corner is (x, y). */
    private void card(PDPageContentStream out, float x, float y, String congress, Face f) throws IOException {
        cropMarks(out, x, y);
        out.setStrokingColor(new Color(0xCC, 0xCC, 0xCC));
        out.setLineWidth(0.3f);
        out.addRect(x, y - CARD_H, CARD_W, CARD_H);
        out.stroke();

        out.setNonStrokingColor(RED);
        out.addRect(x, y - BAND, CARD_W, BAND);
        out.fill();
        out.setNonStrokingColor(Color.WHITE);
        List<String> title = wrap(congress.toUpperCase(java.util.Locale.ROOT), bold, 7, CARD_W - 2 * PAD, 2);
        float ty = y - (title.size() == 1 ? 15.5f : 11);
        for (String line : title) {
            text(out, bold, 7, x + (CARD_W - width(line, bold, 7)) / 2, ty, line);
            ty -= 8.5f;
        }

        photo(out, f.photo(), x + PAD, y - BAND - 6 - PHOTO_H);

        float tx = x + PAD + PHOTO_W + 8;
        float tw = x + CARD_W - PAD - tx;
        float ty2 = y - BAND - 14;
        out.setNonStrokingColor(RED);
        text(out, bold, 7.5f, tx, ty2, kind(f.kind()));
        out.setNonStrokingColor(Color.BLACK);
        ty2 -= 14;
        for (String line : wrap(f.fullName(), bold, 11.5f, tw, 2)) {
            text(out, bold, 11.5f, tx, ty2, line);
            ty2 -= 13;
        }
        ty2 -= 1;
        if (f.delegation() != null) {
            for (String line : wrap(f.delegation(), regular, 7.5f, tw, 2)) {
                text(out, regular, 7.5f, tx, ty2, line);
                ty2 -= 9;
            }
        }

        float qx = x + CARD_W - PAD - QR;
        float qy = y - CARD_H + PAD;
        qr(out, f.token(), qx, qy, QR);

        float sx = x + PAD;
        float sw = qx - 6 - sx;
        float sy = y - BAND - 6 - PHOTO_H - 16;
        String seat = f.seat() == null ? "Ghế: chưa xếp" : "Ghế: " + f.seat();
        text(out, bold, 12, sx, sy, fit(seat, bold, 12, sw));
        sy -= 11;
        if (f.group() != null) {
            for (String line : wrap("Tổ: " + f.group(), regular, 8, sw, 2)) {
                text(out, regular, 8, sx, sy, line);
                sy -= 9.5f;
            }
        }
    }

    static String kind(DelegateKind kind) {
        return switch (kind) {
            case OFFICIAL -> "ĐẠI BIỂU CHÍNH THỨC";
            case ALTERNATE -> "ĐẠI BIỂU DỰ KHUYẾT";
            case GUEST -> "KHÁCH MỜI";
        };
    }

    private void cropMarks(PDPageContentStream out, float x, float y) throws IOException {
        out.setStrokingColor(Color.BLACK);
        out.setLineWidth(0.25f);
        float off = 1.5f;
        float len = 7;
        float[][] corners = {{x, y, -1, 1}, {x + CARD_W, y, 1, 1}, {x, y - CARD_H, -1, -1},
                {x + CARD_W, y - CARD_H, 1, -1}};
        for (float[] c : corners) {
            out.moveTo(c[0] + c[2] * off, c[1]);
            out.lineTo(c[0] + c[2] * (off + len), c[1]);
            out.moveTo(c[0], c[1] + c[3] * off);
            out.lineTo(c[0], c[1] + c[3] * (off + len));
        }
        out.stroke();
    }

    private void photo(PDPageContentStream out, byte[] bytes, float x, float y) throws IOException {
        PDImageXObject image = bytes == null ? null : image(bytes);
        if (image == null) {
            out.setStrokingColor(new Color(0x99, 0x99, 0x99));
            out.setLineWidth(0.5f);
            out.setLineDashPattern(new float[] {2, 2}, 0);
            out.addRect(x, y, PHOTO_W, PHOTO_H);
            out.stroke();
            out.setLineDashPattern(new float[0], 0);
            out.setNonStrokingColor(new Color(0x77, 0x77, 0x77));
            String[] lines = {"Ảnh", "3 × 4"};
            float ly = y + PHOTO_H / 2 + 3;
            for (String line : lines) {
                text(out, regular, 7.5f, x + (PHOTO_W - width(line, regular, 7.5f)) / 2, ly, line);
                ly -= 10;
            }
            out.setNonStrokingColor(Color.BLACK);
            return;
        }
        // cover the 3:4 frame, cropping what overflows, centred
        float scale = Math.max(PHOTO_W / image.getWidth(), PHOTO_H / image.getHeight());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        out.saveGraphicsState();
        out.addRect(x, y, PHOTO_W, PHOTO_H);
        out.clip();
        out.drawImage(image, x + (PHOTO_W - w) / 2, y + (PHOTO_H - h) / 2, w, h);
        out.restoreGraphicsState();
    }

    /** The photo as a small JPEG, or null when it cannot be read (the empty frame is printed instead). */
    private PDImageXObject image(byte[] bytes) throws IOException {
        BufferedImage source;
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            source = ImageIO.read(in);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (source == null) {
            return null;
        }
        int w = Math.min(PHOTO_PX_W, source.getWidth());
        int h = Math.max(1, Math.round(source.getHeight() * (w / (float) source.getWidth())));
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return JPEGFactory.createFromImage(doc, rgb, 0.85f);
    }

    /** The QR code (error correction M, a 4-module quiet zone inside the square), dark runs as rectangles. */
    private static void qr(PDPageContentStream out, String token, float x, float y, float size) throws IOException {
        ByteMatrix m = matrix(token);
        int n = m.getWidth();
        float module = size / (n + 8);
        float ox = x + 4 * module;
        float oy = y + size - 4 * module;
        out.setNonStrokingColor(Color.BLACK);
        for (int r = 0; r < n; r++) {
            int c = 0;
            while (c < n) {
                if (m.get(c, r) != 1) {
                    c++;
                    continue;
                }
                int start = c;
                while (c < n && m.get(c, r) == 1) {
                    c++;
                }
                // a hair of overlap so no white seams show between rows at any zoom
                out.addRect(ox + start * module, oy - (r + 1) * module, (c - start) * module + 0.01f,
                        module + 0.01f);
            }
        }
        out.fill();
    }

    static ByteMatrix matrix(String token) {
        try {
            return Encoder.encode(token, ErrorCorrectionLevel.M).getMatrix();
        } catch (WriterException e) {
            throw new IllegalStateException("a card token always fits a QR code: " + token, e);
        }
    }

    private void text(PDPageContentStream out, PDType0Font font, float size, float x, float y, String s)
            throws IOException {
        if (s.isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(s);
        out.endText();
    }

    /** Word-wrapped into at most maxLines; the last line shortened with "…" when the text goes on. */
    private List<String> wrap(String raw, PDType0Font font, float size, float width, int maxLines) {
        String text = printable(raw, font).strip();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text.split(" +");
        for (int i = 0; i < words.length; i++) {
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            if (width(candidate, font, size) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            lines.add(line.toString());
            line.setLength(0);
            line.append(words[i]);
            if (lines.size() == maxLines) {
                String rest = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
                String last = lines.remove(lines.size() - 1) + " " + rest;
                lines.add(fit(last, font, size, width));
                return lines;
            }
        }
        if (!line.isEmpty()) {
            lines.add(fit(line.toString(), font, size, width));
        }
        return lines;
    }

    private String fit(String s, PDType0Font font, float size, float width) {
        if (width(s, font, size) <= width) {
            return s;
        }
        String cut = s;
        while (cut.length() > 1 && width(cut + "…", font, size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.stripTrailing() + "…";
    }

    private float width(String s, PDType0Font font, float size) {
        try {
            return font.getStringWidth(s) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** NFC (the font has precomposed Vietnamese letters), control characters dropped, anything else missing as "?". */
    private String printable(String text, PDType0Font font) {
        String nfc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        Map<Integer, Boolean> known = glyphs.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder b = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp)) {
                b.append(' ');
            } else if (Character.isISOControl(cp)) {
                return;
            } else if (known.computeIfAbsent(cp, c -> hasGlyph(font, c))) {
                b.appendCodePoint(cp);
            } else {
                b.append('?');
            }
        });
        return b.toString();
    }

    private static boolean hasGlyph(PDType0Font font, int cp) {
        try {
            font.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private PDType0Font font(String file) throws IOException {
        try (InputStream in = CardSheet.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the class path: " + file);
            }
            return PDType0Font.load(doc, in);
        }
    }
}
