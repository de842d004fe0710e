package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The delegate cards as a PDF: batches in the list's Vietnamese order, eight cards a page, Vietnamese names as
 * text, and a QR code that the kiosk accepts once read back from the printed (rendered) page.
 */
class CardsApiIT extends ServerTest {

    private Congresses congresses() {
        return new Congresses(officer);
    }

    @Test
    void aBatchPrintsEightCardsAPageInTheListsOrderAndItsQrCodesCheckIn() throws IOException {
        long cell = world.cell("Chi bộ Thẻ In");
        String s = World.suffix();
        // given names An…Khánh: the Vietnamese order (by given name) is the order written here
        String[] given = {"An", "Bảo", "Cường", "Dũng", "Đức", "Giang", "Hà", "Hùng", "Khánh"};
        long[] members = new long[given.length];
        for (int i = 0; i < given.length; i++) {
            members[i] = world.member("Nguyễn " + s + " " + given[i], cell);
        }
        long congress = congresses().create("Đại hội đại biểu Đảng bộ phường lần thứ XV " + s);
        List<Long> ids = congresses().addDelegates(congress, "OFFICIAL", "ELECTED", members);
        Http.Reply group = officer.post("/api/congresses/" + congress + "/groups", World.obj("name", "Tổ 1 " + s));
        assertEquals(201, group.status(), group.toString());
        long groupId = group.json().getJsonNumber("id").longValue();
        officer.send("PUT", "/api/congresses/" + congress + "/seats",
                "{\"rows\":[{\"label\":\"A\",\"seats\":20}]}", "application/json");
        Http.Reply placed = officer.send("PUT", "/api/congresses/" + congress + "/delegates/" + ids.get(0)
                + "/placement", "{\"groupId\":" + groupId + ",\"seatRow\":\"A\",\"seatNumber\":12}", "application/json");
        assertEquals(200, placed.status(), placed.toString());
        assertEquals(204, putPhoto(congress, ids.get(0), portrait()));

        String base = "/api/congresses/" + congress + "/cards.pdf";
        try (PDDocument all = Loader.loadPDF(officer.bytes(base + "?from=0&size=9"))) {
            assertEquals(2, all.getNumberOfPages(), "9 cards: 8 on the first page, 1 on the second");
            String first = text(all, 1);
            for (int i = 0; i < 8; i++) {
                assertTrue(first.contains("Nguyễn " + s + " " + given[i]), given[i] + " on page 1: " + first);
            }
            assertTrue(first.contains("ĐẠI BIỂU CHÍNH THỨC"), first);
            assertTrue(first.contains("Ghế: A12"), first);
            assertTrue(first.contains("Tổ: Tổ 1"), first);
            assertTrue(text(all, 2).contains("Nguyễn " + s + " Khánh"), text(all, 2));

            // the printed code, read back from the page as a camera would, checks the delegate in
            List<String> codes = decodeAll(new PDFRenderer(all).renderImageWithDPI(0, 200));
            assertEquals(8, codes.size(), "every card on the page has a readable QR code: " + codes);
            String annsCode = codes.stream().filter(c -> c.startsWith("DH1." + congress + "." + ids.get(0) + "."))
                    .findFirst().orElseThrow();
            assertEquals(congresses().cardToken(congress, ids.get(0)), annsCode);
            congresses().session(congress, "Phiên trù bị", true);
            Http.Reply in = officer.post("/api/congresses/" + congress + "/check-ins/card",
                    Json.createObjectBuilder().add("token", annsCode).build());
            assertEquals(200, in.status(), in.toString());
            JsonObject reply = in.json();
            assertEquals("Nguyễn " + s + " An", reply.getString("fullName"));
            assertEquals("A12", reply.getString("seat"));
            assertFalse(reply.getBoolean("alreadyCheckedIn"));
        }

        try (PDDocument rest = Loader.loadPDF(officer.bytes(base + "?from=8&size=100"))) {
            assertEquals(1, rest.getNumberOfPages());
            String t = text(rest, 1);
            assertTrue(t.contains(s + " Khánh") && !t.contains(s + " An "), t);
        }
        try (PDDocument ofGroup = Loader.loadPDF(officer.bytes(base + "?groupId=" + groupId))) {
            String t = text(ofGroup, 1);
            assertTrue(t.contains(s + " An") && !t.contains(s + " Bảo"), t);
        }
    }

    @Test
    void onlyTheOrganisingBoardPrintsCardsInBatchesOfAtMostAHundred() {
        long cell = world.cell("Chi bộ Lô Thẻ");
        long m = world.member("Trần Thị Lô " + World.suffix(), cell);
        long congress = congresses().create("Đại hội Lô thẻ " + World.suffix());
        long other = congresses().create("Đại hội Khác " + World.suffix());
        long delegate = congresses().addDelegates(congress, "OFFICIAL", "ELECTED", m).get(0);
        Http.Reply otherGroup = officer.post("/api/congresses/" + other + "/groups", World.obj("name", "Tổ khác"));
        String base = "/api/congresses/" + congress + "/cards.pdf";

        Http.Reply tooMany = officer.get(base + "?size=101");
        assertEquals(400, tooMany.status(), tooMany.toString());
        assertTrue(tooMany.body().contains("100"), tooMany.body());
        Http.Reply beyond = officer.get(base + "?from=1");
        assertEquals(400, beyond.status(), beyond.toString());
        Http.Reply foreignGroup = officer.get(base + "?groupId=" + otherGroup.json().getJsonNumber("id"));
        assertEquals(400, foreignGroup.status(), foreignGroup.toString());
        assertEquals(404, officer.get("/api/congresses/987654321/cards.pdf").status());

        assertEquals(403, anonymous.as(world.secretaryOf(cell)).get(base).status(), "a secretary");
        assertEquals(403, anonymous.as(World.memberToken(m)).get(base).status(), "the delegate themselves");

        // a withdrawn delegate gets no card: it would be refused at the door
        congresses().appoint(congress, "CREDENTIALS", delegate);
        Http.Reply withdrawn = officer.post("/api/congresses/" + congress + "/delegates/" + delegate + "/notes",
                Json.createObjectBuilder().add("withdraw", true).add("withdrawReason", "Chuyển công tác").build());
        assertEquals(200, withdrawn.status(), withdrawn.toString());
        assertEquals(400, officer.get(base).status(), "nobody left to print");
    }

    private static String text(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return Normalizer.normalize(stripper.getText(doc), Normalizer.Form.NFC).replaceAll("\\s+", " ");
    }

    private static List<String> decodeAll(BufferedImage page) {
        try {
            Result[] found = new QRCodeMultiReader().decodeMultiple(new BinaryBitmap(new HybridBinarizer(
                    new ImageLuminance(page))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            List<String> texts = new ArrayList<>();
            Arrays.stream(found).forEach(r -> texts.add(r.getText()));
            return texts;
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    /** Grey levels of an image for zxing (its core has no AWT; the javase module is not needed for this). */
    static final class ImageLuminance extends LuminanceSource {
        private final byte[] grey;

        ImageLuminance(BufferedImage image) {
            super(image.getWidth(), image.getHeight());
            grey = new byte[image.getWidth() * image.getHeight()];
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    int lum = (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                    grey[y * image.getWidth() + x] = (byte) lum;
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

    private static byte[] portrait() {
        BufferedImage img = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x33, 0x66, 0x99));
        g.fillRect(0, 0, 300, 400);
        g.setColor(Color.WHITE);
        g.fillOval(90, 60, 120, 150);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int putPhoto(long congress, long delegate, byte[] png) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base.toString()
                            + "api/congresses/" + congress + "/delegates/" + delegate + "/photo?consent=true"))
                    .header("Authorization", "Bearer " + Tokens.officer()).header("Content-Type", "image/png")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(png)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
