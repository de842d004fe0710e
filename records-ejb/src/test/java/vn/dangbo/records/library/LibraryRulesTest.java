package vn.dangbo.records.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

class LibraryRulesTest {

    private static final String TEXT = "Thành phố Đà Nẵng tổ chức hội nghị quán triệt Nghị quyết 57-NQ/TW về phát triển"
            + " khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.";

    @Test
    void wordsMatchWithoutDiacriticsCaseOrComposition() {
        String indexed = LibrarySearch.index("Hội nghị", "57-NQ/TW", null, TEXT);
        assertTrue(LibrarySearch.matches(indexed, LibrarySearch.terms("da nang")));
        assertTrue(LibrarySearch.matches(indexed, LibrarySearch.terms("TO CHUC")));
        assertTrue(LibrarySearch.matches(indexed, LibrarySearch.terms(Normalizer.normalize("tổ chức", Normalizer.Form.NFD))));
        assertTrue(LibrarySearch.matches(indexed, LibrarySearch.terms("57-nq")));
        assertTrue(LibrarySearch.matches(indexed, LibrarySearch.terms("chuyen doi so")));
        // Every word must be there, each at the start of a word.
        assertFalse(LibrarySearch.matches(indexed, LibrarySearch.terms("da nang ha noi")));
        assertFalse(LibrarySearch.matches(indexed, LibrarySearch.terms("ang")));
    }

    @Test
    void theLikePatternIsTheSameRuleAsTheIndex() {
        assertEquals("% da%", LibrarySearch.pattern("da"));
        assertEquals(List.of("to", "chuc"), LibrarySearch.terms("  Tổ   chức tổ! "));
        assertEquals(LibrarySearch.MAX_TERMS, LibrarySearch.terms("a b c d e f g h i j k").size());
        assertTrue(LibrarySearch.index("x").startsWith(" ") && LibrarySearch.index("x").endsWith(" "));
    }

    @Test
    void theSnippetShowsTheWordsAroundTheFirstHitInTheOriginalLetters() {
        String longText = "Mở đầu. ".repeat(30) + TEXT + " Kết thúc.".repeat(30);
        String s = LibrarySearch.snippet(longText, LibrarySearch.terms("da nang"));
        assertTrue(s.startsWith("… "), s);
        assertTrue(s.contains("Đà Nẵng"), s);
        assertTrue(s.endsWith(" …"), s);
        assertTrue(s.split(" ").length < 40, s);
        // Found only in the title: the beginning of the text.
        assertTrue(LibrarySearch.snippet(TEXT, List.of("zzz")).startsWith("Thành phố"));
        assertEquals("", LibrarySearch.snippet("  ", List.of("a")));
    }

    @Test
    void richTextLosesScriptsHandlersAndImagesButKeepsStructure() {
        String clean = RichText.clean("<h2 onclick=\"x()\">Mục I</h2><script>alert(1)</script><p>Đoạn <b>một</b>"
                + "<img src=\"https://tracker.example/p.gif\"></p><iframe src=\"https://x\"></iframe>"
                + "<a href=\"javascript:alert(1)\">link</a><ul><li>ý</li></ul>");
        assertFalse(clean.contains("script"), clean);
        assertFalse(clean.contains("onclick"), clean);
        assertFalse(clean.contains("img"), clean);
        assertFalse(clean.contains("iframe"), clean);
        assertFalse(clean.contains("javascript"), clean);
        assertTrue(clean.contains("<h2>Mục I</h2>") && clean.contains("<b>một</b>") && clean.contains("<li>ý</li>"), clean);
        String text = RichText.text(RichText.clean("<p>Một</p><p>Hai</p><ol><li>Ba</li></ol>"));
        assertEquals(List.of("Một", "Hai", "Ba"), Arrays.asList(text.split("\\s+")));
    }

    @Test
    void aPdfIsReadWithItsPagesAndVietnameseText() {
        byte[] pdf = SimplePdf.of("Tài liệu thử", List.of(TEXT));
        PdfFile read = PdfFile.read(pdf);
        assertEquals(1, read.pages());
        assertTrue(LibrarySearch.matches(LibrarySearch.index(read.text()), LibrarySearch.terms("da nang to chuc")),
                read.text());
    }

    @Test
    void otherBytesDamagedAndPasswordProtectedFilesAreRefused() throws IOException {
        assertEquals("library.notPdf", assertThrows(DocumentRefused.class,
                () -> PdfFile.read("PK\u0003\u0004 not a pdf".getBytes(StandardCharsets.ISO_8859_1))).messageKey());
        assertEquals("library.empty", assertThrows(DocumentRefused.class, () -> PdfFile.read(new byte[0])).messageKey());
        byte[] pdf = SimplePdf.of("Tài liệu thử", List.of(TEXT));
        assertEquals("library.damaged", assertThrows(DocumentRefused.class,
                () -> PdfFile.read(Arrays.copyOf(pdf, 40))).messageKey());
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy p = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            p.setEncryptionKeyLength(128);
            doc.protect(p);
            doc.save(out);
            assertEquals("library.encrypted", assertThrows(DocumentRefused.class,
                    () -> PdfFile.read(out.toByteArray())).messageKey());
        }
    }
}
