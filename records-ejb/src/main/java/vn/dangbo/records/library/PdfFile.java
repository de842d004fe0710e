package vn.dangbo.records.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What the library needs to know of an uploaded PDF, decided from its bytes (never from its name or the
 * content type the browser sent): it is a PDF, PDFBox can open it without a password, its pages, its text.
 *
 * @param text the text PDFBox extracts (empty for a scanned document: it is then found by its title only)
 */
public record PdfFile(int pages, String text) {

    /** The header may follow a little junk, as readers accept; beyond that it is not a PDF. */
    private static final int HEADER_WITHIN = 1024;
    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** Text beyond this is not indexed (a 20 MB PDF of text is about this much). */
    static final int MAX_TEXT = 3_000_000;

    public static PdfFile read(byte[] bytes) {
        if (bytes.length == 0) {
            throw new DocumentRefused("library.empty");
        }
        if (!hasHeader(bytes)) {
            throw new DocumentRefused("library.notPdf");
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                // Opens without a password but forbids copying: members could read it, the library could not search it.
                throw new DocumentRefused("library.encrypted");
            }
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new DocumentRefused("library.damaged");
            }
            String text = new PDFTextStripper().getText(doc);
            if (text.length() > MAX_TEXT) {
                text = text.substring(0, MAX_TEXT);
            }
            return new PdfFile(pages, text.strip());
        } catch (InvalidPasswordException e) {
            throw new DocumentRefused("library.encrypted");
        } catch (IOException | RuntimeException e) {
            if (e instanceof DocumentRefused refused) {
                throw refused;
            }
            throw new DocumentRefused("library.damaged");
        }
    }

    static boolean hasHeader(byte[] bytes) {
        int last = Math.min(bytes.length, HEADER_WITHIN) - MAGIC.length;
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < MAGIC.length; j++) {
                if (bytes[i + j] != MAGIC[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
