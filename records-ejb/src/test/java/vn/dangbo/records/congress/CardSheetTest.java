package vn.dangbo.records.congress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The card sheet on its own: layout, Vietnamese text as text, and QR codes a reader decodes from the printed page. */
class CardSheetTest {

    private static final byte[] KEY = "a congress key of thirty-two bytes!".getBytes();

    @Test
    void eightCardsAPageWithVietnameseTextAndReadableCodes() throws Exception {
        List<CardSheet.Face> faces = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            faces.add(new CardSheet.Face("Nguyễn Thị Hồng Nhung Thứ " + i, i == 9 ? DelegateKind.GUEST
                    : i == 8 ? DelegateKind.ALTERNATE : DelegateKind.OFFICIAL,
                    "Chi bộ Khu phố " + i + " — một đoàn đại biểu có tên rất dài để thử xuống dòng và cắt bớt",
                    i % 2 == 0 ? "B" + i : null, i % 3 == 0 ? "Tổ thảo luận số " + i : null,
                    CardToken.sign(KEY, 12, 3400 + i, 1), null));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CardSheet.write("Đại hội đại biểu Đảng bộ phường Bến Thành lần thứ XIII, nhiệm kỳ 2025-2030", faces, out);

        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertEquals(2, doc.getNumberOfPages());
            String text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC)
                    .replaceAll("\\s+", " ");
            for (int i = 1; i <= 9; i++) {
                assertTrue(text.contains("Nguyễn Thị Hồng Nhung Thứ " + i), text);
            }
            assertTrue(text.contains("ĐẠI BIỂU DỰ KHUYẾT") && text.contains("KHÁCH MỜI"), text);
            assertTrue(text.contains("Ghế: B2") && text.contains("Ghế: chưa xếp"), text);
            assertTrue(text.contains("ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ PHƯỜNG"), text);

            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            Result[] found = new QRCodeMultiReader().decodeMultiple(new BinaryBitmap(new HybridBinarizer(
                    new Grey(page))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            Set<String> codes = Arrays.stream(found).map(Result::getText).collect(Collectors.toSet());
            Set<String> expected = faces.subList(0, 8).stream().map(CardSheet.Face::token).collect(Collectors.toSet());
            assertEquals(expected, codes, "each card carries its own code, readable at 150 dpi");
        }
    }

    @Test
    void theKindsReadAsPrinted() {
        assertEquals("ĐẠI BIỂU CHÍNH THỨC", CardSheet.kind(DelegateKind.OFFICIAL));
        assertEquals("ĐẠI BIỂU DỰ KHUYẾT", CardSheet.kind(DelegateKind.ALTERNATE));
        assertEquals("KHÁCH MỜI", CardSheet.kind(DelegateKind.GUEST));
    }

    private static final class Grey extends LuminanceSource {
        private final byte[] grey;

        Grey(BufferedImage image) {
            super(image.getWidth(), image.getHeight());
            grey = new byte[image.getWidth() * image.getHeight()];
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    grey[y * image.getWidth() + x] = (byte) ((((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587
                            + (rgb & 0xff) * 114) / 1000);
                }
            }
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] r = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
            System.arraycopy(grey, y * getWidth(), r, 0, getWidth());
            return r;
        }

        @Override
        public byte[] getMatrix() {
            return grey;
        }
    }
}
