package vn.dangbo.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Sends a workbook written to a temporary file, and deletes the file once sent (or not). */
public final class ExcelFiles {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Word documents (minutes, reports to sign) are sent by the same resources; their type lives beside Excel's. */
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private ExcelFiles() {
    }

    public static Response download(Path file, String fileName) {
        StreamingOutput body = out -> {
            try {
                Files.copy(file, out);
            } finally {
                Files.deleteIfExists(file);
            }
        };
        try {
            return Response.ok(body, XLSX).header("Content-Length", Files.size(file))
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
