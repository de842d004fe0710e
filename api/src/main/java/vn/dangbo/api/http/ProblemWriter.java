package vn.dangbo.api.http;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import vn.dangbo.records.shared.Messages;

/** problem+json written at the servlet level, for refusals made before JAX-RS (and its mappers) runs. */
final class ProblemWriter {

    private ProblemWriter() {
    }

    static Locale locale(HttpServletRequest req) {
        // Without Accept-Language getLocale() is the server's default locale; ours is Vietnamese.
        return Messages.supported(req.getHeader("Accept-Language") == null ? null : req.getLocale());
    }

    static void write(HttpServletRequest req, HttpServletResponse res, int status, String key, Object... args)
            throws IOException {
        Locale locale = locale(req);
        String body = Json.createObjectBuilder()
                .add("type", "urn:ward:problem:Http" + status)
                .add("title", Messages.get(locale, "title." + status))
                .add("status", status)
                .add("detail", Messages.get(locale, key, args))
                .build().toString();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        res.setStatus(status);
        res.setContentType("application/problem+json");
        res.setCharacterEncoding("UTF-8");
        res.setHeader("Cache-Control", "no-store");
        res.setContentLength(bytes.length);
        res.getOutputStream().write(bytes);
    }
}
