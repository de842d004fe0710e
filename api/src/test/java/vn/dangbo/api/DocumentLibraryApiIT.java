package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * The document library: officers publish PDFs (checked, their text extracted and searchable without
 * diacritics) and rich text (cleaned); members read, search, and see which must-read documents they have not
 * opened; withdrawn documents disappear for members and stay for officers; nobody else publishes.
 * Each test names its documents with a word of its own, so the ward-wide library of other tests does not matter.
 */
class DocumentLibraryApiIT extends ServerTest {

    @Test
    void anOfficersPdfIsReadAndFoundWithoutDiacriticsAndInDecomposedUnicode() {
        String word = World.suffix();
        byte[] pdf = pdf("Hội nghị ở Đà Nẵng " + word, "Thành phố Đà Nẵng tổ chức hội nghị quán triệt nghị quyết về"
                + " chuyển đổi số.", "Đảng viên " + word + " học tập kỹ năng số.");
        Http.Reply up = officer.upload(pdfPath("Tài liệu hội nghị " + word, "57-NQ/TW", "STUDY", true), pdf,
                "Hội nghị " + word + ".pdf");
        assertEquals(201, up.status(), up.toString());
        JsonObject doc = up.json();
        long id = doc.getJsonNumber("id").longValue();
        assertEquals("PDF", doc.getString("format"));
        assertEquals(3, doc.getInt("pageCount"));
        assertEquals(pdf.length, doc.getJsonNumber("fileSize").longValue());
        assertTrue(up.location().endsWith("/api/library/documents/" + id), up.location());

        Http member = anonymous.as(World.memberToken(world.member("Phạm Thị Đọc " + World.suffix(), world.cell("Chi bộ Đọc"))));
        List<JsonObject> found = list(member, "da nang " + word, null);
        assertEquals(List.of(id), ids(found), "found by words without diacritics");
        assertTrue(found.get(0).getString("snippet").contains("Đà Nẵng"), found.get(0).toString());
        String nfd = Normalizer.normalize("Tổ Chức " + word, Normalizer.Form.NFD);
        assertEquals(List.of(id), ids(list(member, nfd, null)), "found by a decomposed (NFD) query");
        assertEquals(List.of(id), ids(list(member, "57-nq " + word.toUpperCase(), "STUDY")), "by number and category");
        assertEquals(List.of(), ids(list(member, "to chuc " + word, "DIRECTIVE")), "another category");
        assertEquals(List.of(), ids(list(member, "ha noi " + word, null)), "every word must be there");

        JsonObject page = member.get("/api/library/documents/" + id).json();
        assertTrue(page.getString("text").contains("tổ chức hội nghị"), page.toString());
        assertEquals("Hội nghị " + word + ".pdf", page.getString("fileName"));
        assertArrayEquals(pdf, member.bytes("/api/library/documents/" + id + "/file"), "the file comes back as uploaded");
    }

    @Test
    void filesThatAreNotReadablePdfsAreRefusedWithTheReasonAndNothingIsStored() throws IOException {
        String word = World.suffix();
        String path = pdfPath("Tệp hỏng " + word, null, "OTHER", false);
        Http.Reply png = officer.upload(path, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}, "anh.pdf");
        assertEquals(400, png.status(), png.toString());
        assertEquals("Tệp này không phải tệp PDF.", png.json().getString("detail"));

        byte[] good = pdf("Tệp " + word, "Nội dung.");
        Http.Reply damaged = officer.upload(path, Arrays.copyOf(good, 60), "hong.pdf");
        assertEquals(400, damaged.status(), damaged.toString());
        assertTrue(damaged.json().getString("detail").contains("hỏng"), damaged.toString());

        Http.Reply locked = officer.upload(path, encrypted(good), "mat-khau.pdf");
        assertEquals(400, locked.status(), locked.toString());
        assertTrue(locked.json().getString("detail").contains("mật khẩu"), locked.toString());

        byte[] tooBig = Arrays.copyOf(good, 21 * 1024 * 1024);
        Http.Reply big = officer.upload(path, tooBig, "lon.pdf");
        assertEquals(413, big.status(), big.toString());
        assertTrue(big.json().getString("detail").contains("20 MB"), big.toString());

        Http.Reply untitled = officer.upload(pdfPath("", null, "NOPE", false), good, "x.pdf");
        assertEquals(400, untitled.status(), untitled.toString());
        assertEquals(List.of("title", "category"), untitled.json().getJsonArray("errors").getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("field")).toList());

        assertEquals(List.of(), list(officer, word + "&withdrawn=true", null), "nothing was stored");
    }

    @Test
    void richTextIsStoredCleanedOfScriptsAndIsSearchable() {
        String word = World.suffix();
        Http.Reply w = officer.post("/api/library/documents", Json.createObjectBuilder()
                .add("title", "Hướng dẫn " + word).add("number", "03-HD/ĐU").add("issuer", "Đảng ủy phường")
                .add("issuedOn", "2026-01-15").add("category", "REGULATION").add("mustRead", false)
                .add("html", "<h2 onmouseover=\"steal()\">Mục I</h2><script>alert('x')</script>"
                        + "<p>Chi bộ <strong>tổ chức</strong> sinh hoạt<img src=\"https://tracker.invalid/p.gif\"></p>"
                        + "<a href=\"javascript:alert(1)\">bấm</a>")
                .build());
        assertEquals(201, w.status(), w.toString());
        long id = w.json().getJsonNumber("id").longValue();
        String html = officer.get("/api/library/documents/" + id).json().getString("html");
        assertFalse(html.contains("script") || html.contains("onmouseover") || html.contains("<img")
                || html.contains("javascript"), html);
        assertTrue(html.contains("<h2>Mục I</h2>") && html.contains("<strong>tổ chức</strong>"), html);
        assertEquals(List.of(id), ids(list(officer, "huong dan " + word + " to chuc", "REGULATION")));

        Http.Reply empty = officer.post("/api/library/documents", Json.createObjectBuilder()
                .add("title", "Trống " + word).add("category", "OTHER").add("html", "<script>only()</script>").build());
        assertEquals(400, empty.status(), empty.toString());
        assertEquals("html", empty.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void onlyOfficersPublishOrWithdraw() {
        String word = World.suffix();
        long cell = world.cell("Chi bộ Thư viện");
        Http member = anonymous.as(World.memberToken(world.member("Ngô Văn Thư " + World.suffix(), cell)));
        Http secretary = anonymous.as(world.secretaryOf(cell));
        JsonObject body = Json.createObjectBuilder().add("title", "Không được " + word).add("category", "OTHER")
                .add("html", "<p>x</p>").build();
        assertEquals(403, member.post("/api/library/documents", body).status());
        assertEquals(403, secretary.post("/api/library/documents", body).status());
        assertEquals(403, member.upload(pdfPath("Không được " + word, null, "OTHER", false), pdf("x"), "x.pdf").status());
        assertEquals(List.of(), list(officer, word + "&withdrawn=true", null), "nothing was stored");

        long id = officer.post("/api/library/documents", body).json().getJsonNumber("id").longValue();
        assertEquals(403, member.post("/api/library/documents/" + id + "/withdrawal", World.obj("reason", "x")).status());
        assertEquals(403, secretary.post("/api/library/documents/" + id + "/withdrawal", World.obj("reason", "x")).status());
        assertEquals(List.of(id), ids(list(member, word, null)), "still there");
    }

    @Test
    void aWithdrawnDocumentIsHiddenFromMembersAndKeptForOfficers() {
        String word = World.suffix();
        Http member = anonymous.as(World.memberToken(world.member("Lý Thị Rút " + World.suffix(), world.cell("Chi bộ Rút"))));
        long id = officer.post("/api/library/documents", Json.createObjectBuilder().add("title", "Thu hồi " + word)
                .add("category", "DIRECTIVE").add("mustRead", true).add("html", "<p>Văn bản sẽ thu hồi.</p>").build())
                .json().getJsonNumber("id").longValue();
        assertEquals(List.of(id), ids(list(member, word, null)));

        assertEquals(400, officer.post("/api/library/documents/" + id + "/withdrawal", World.obj("reason", " ")).status());
        Http.Reply w = officer.post("/api/library/documents/" + id + "/withdrawal", World.obj("reason", "Ban hành nhầm"));
        assertEquals(200, w.status(), w.toString());
        assertEquals("Ban hành nhầm", w.json().getString("withdrawalReason"));

        assertEquals(List.of(), ids(list(member, word, null)), "gone from the members' library");
        assertFalse(ids(member.get("/api/library/documents/to-read").array().getValuesAs(JsonObject.class)).contains(id));
        assertEquals(404, member.get("/api/library/documents/" + id).status());
        assertEquals(List.of(), ids(list(member, word + "&withdrawn=true", null)), "members cannot ask for withdrawn ones");
        assertEquals(List.of(), ids(list(officer, word, null)), "officers' list hides them too by default");
        List<JsonObject> kept = list(officer, word + "&withdrawn=true", null);
        assertEquals(List.of(id), ids(kept));
        assertTrue(kept.get(0).getBoolean("withdrawn"));
        assertEquals(200, officer.get("/api/library/documents/" + id).status(), "never deleted");
        assertEquals(409, officer.post("/api/library/documents/" + id + "/withdrawal", World.obj("reason", "lại")).status());
        assertTrue(officer.get("/api/audit?size=50").body().contains("LIBRARY_DOCUMENT_WITHDRAWN"), "audited");
    }

    @Test
    void theDocumentsToReadAreTheMustReadOnesNotOpenedYet() {
        String word = World.suffix();
        long cell = world.cell("Chi bộ Cần Đọc");
        Http reader = anonymous.as(World.memberToken(world.member("Trần Văn Đọc " + World.suffix(), cell)));
        Http other = anonymous.as(World.memberToken(world.member("Trần Thị Chưa " + World.suffix(), cell)));
        long must = officer.post("/api/library/documents", Json.createObjectBuilder().add("title", "Phải đọc " + word)
                .add("category", "RESOLUTION").add("mustRead", true).add("html", "<p>Nội dung cần đọc.</p>").build())
                .json().getJsonNumber("id").longValue();
        long optional = officer.post("/api/library/documents", Json.createObjectBuilder().add("title", "Tham khảo " + word)
                .add("category", "STUDY").add("html", "<p>Tham khảo.</p>").build()).json().getJsonNumber("id").longValue();

        List<Long> toRead = ids(reader.get("/api/library/documents/to-read").array().getValuesAs(JsonObject.class));
        assertTrue(toRead.contains(must), "a must-read document not opened yet");
        assertFalse(toRead.contains(optional), "documents not marked must-read are not pushed");

        JsonObject first = reader.get("/api/library/documents/" + must).json();
        String openedAt = first.getString("firstOpenedAt");
        assertEquals(openedAt, reader.get("/api/library/documents/" + must).json().getString("firstOpenedAt"),
                "the first opening stays the first");
        assertFalse(ids(reader.get("/api/library/documents/to-read").array().getValuesAs(JsonObject.class)).contains(must));
        assertTrue(list(reader, word, null).stream().filter(d -> d.getJsonNumber("id").longValue() == must)
                .allMatch(d -> d.getBoolean("opened")));
        assertTrue(ids(other.get("/api/library/documents/to-read").array().getValuesAs(JsonObject.class)).contains(must),
                "another member has not read it");
        officer.get("/api/library/documents/" + must);
        assertTrue(ids(other.get("/api/library/documents/to-read").array().getValuesAs(JsonObject.class)).contains(must));
    }

    // ---------------------------------------------------------------- helpers

    private static String pdfPath(String title, String number, String category, boolean mustRead) {
        return "/api/library/documents/pdf?title=" + enc(title) + (number == null ? "" : "&number=" + enc(number))
                + "&issuer=" + enc("Ban Tuyên giáo") + "&issuedOn=2026-03-02&category=" + category + "&mustRead=" + mustRead;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<JsonObject> list(Http as, String q, String category) {
        String[] parts = q.split("&", 2);
        Http.Reply r = as.get("/api/library/documents?q=" + enc(parts[0]) + (parts.length > 1 ? "&" + parts[1] : "")
                + (category == null ? "" : "&category=" + category));
        assertEquals(200, r.status(), r.toString());
        return r.array().getValuesAs(JsonObject.class);
    }

    private static List<Long> ids(List<JsonObject> docs) {
        return docs.stream().map(d -> d.getJsonNumber("id").longValue()).toList();
    }

    /** A PDF with one page per text, in DejaVu Sans (which has the Vietnamese letters). */
    static byte[] pdf(String... pages) {
        try (PDDocument doc = new PDDocument();
             InputStream font = DocumentLibraryApiIT.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
            PDType0Font f = PDType0Font.load(doc, font);
            for (String text : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    out.beginText();
                    out.setFont(f, 11);
                    out.newLineAtOffset(50, 780);
                    out.showText(text);
                    out.endText();
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encrypted(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy p = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            p.setEncryptionKeyLength(128);
            doc.protect(p);
            doc.save(out);
            return out.toByteArray();
        }
    }
}
