package vn.dangbo.records.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.dangbo.records.shared.InvalidField;

class EvidenceFileTest {

    @Test
    void photosAndDocumentsAreToldByTheirBytes() {
        assertEquals("image/png", EvidenceFile.type(DemoResolutions.PHOTO, "anh.txt"));
        assertEquals("image/jpeg", EvidenceFile.type(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00}, "a"));
        assertEquals("application/pdf", EvidenceFile.type("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII), "x"));
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("image/webp", EvidenceFile.type(webp, "b.webp"));
        byte[] heic = "\0\0\0\u0018ftypheic\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("image/heic", EvidenceFile.type(heic, "IMG_0001.HEIC"));
        byte[] docx = "PK\u0003\u0004....[Content_Types].xml....word/document.xml".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(EvidenceFile.DOCX, EvidenceFile.type(docx, "bien-ban.docx"));
    }

    @Test
    void aTextOrAProgramIsRefusedWhateverItsName() {
        InvalidField e = assertThrows(InvalidField.class,
                () -> EvidenceFile.type("không phải ảnh".getBytes(StandardCharsets.UTF_8), "anh.jpg"));
        assertEquals("resolution.evidence.type", e.messageKey());
        assertEquals("file", e.field());
        assertThrows(InvalidField.class, () -> EvidenceFile.type("MZ\u0090\0".getBytes(StandardCharsets.ISO_8859_1),
                "bao-cao.pdf"));
        // A plain ZIP is not an Office document.
        assertThrows(InvalidField.class, () -> EvidenceFile.type("PK\u0003\u0004abc.txt".getBytes(
                StandardCharsets.ISO_8859_1), "x.docx"));
        assertEquals("resolution.evidence.empty",
                assertThrows(InvalidField.class, () -> EvidenceFile.type(new byte[0], "a.png")).messageKey());
        assertEquals("resolution.evidence.tooLarge", assertThrows(InvalidField.class,
                () -> EvidenceFile.type(new byte[EvidenceFile.MAX_BYTES + 1], "a.png")).messageKey());
    }
}
