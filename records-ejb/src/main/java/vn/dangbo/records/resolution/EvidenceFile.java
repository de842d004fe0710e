package vn.dangbo.records.resolution;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import vn.dangbo.records.shared.InvalidField;

/**
 * What an evidence file is, told by its first bytes (never by its name or the type the browser claims): a
 * photo from a phone (JPEG, PNG, WebP, HEIC), a PDF, or an Office document (.docx, .xlsx: a ZIP whose first entry
 * is the package's content types). Anything else, a text file or a program above all, is refused.
 */
public final class EvidenceFile {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private EvidenceFile() {
    }

    /** The content type the bytes show, or a refusal of the field "file". */
    public static String type(byte[] b, String fileName) {
        if (b == null || b.length == 0) {
            throw new InvalidField("file", "resolution.evidence.empty");
        }
        if (b.length > MAX_BYTES) {
            throw new InvalidField("file", "resolution.evidence.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) {
            return "image/webp";
        }
        if (ascii(b, 4, "ftyp") && (ascii(b, 8, "heic") || ascii(b, 8, "heix") || ascii(b, 8, "mif1")
                || ascii(b, 8, "msf1") || ascii(b, 8, "hevc"))) {
            return "image/heic";
        }
        if (ascii(b, 0, "%PDF-")) {
            return "application/pdf";
        }
        if (starts(b, 0, 'P', 'K', 3, 4)) {
            // Office Open XML: the same ZIP for both; the extension only chooses between the two kinds it may be.
            String zip = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
            if (zip.contains("[Content_Types].xml") || zip.contains("word/") || zip.contains("xl/")) {
                String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
                if (zip.contains("xl/") || name.endsWith(".xlsx")) {
                    return name.endsWith(".docx") ? DOCX : XLSX;
                }
                return DOCX;
            }
        }
        throw new InvalidField("file", "resolution.evidence.type");
    }

    private static boolean starts(byte[] b, int at, int... magic) {
        if (b.length < at + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[at + i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] b, int at, String text) {
        return starts(b, at, text.chars().toArray());
    }
}
