package vn.dangbo.api.http;

import jakarta.json.Json;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import vn.dangbo.records.shared.Messages;

/**
 * The error page (see META-INF/web-fragment.xml) for the 401s and 403s decided before the API runs:
 * MicroProfile JWT refusing a token, the container refusing a role. Answers problem+json in the caller's
 * language, with the RFC 6750 challenge, so a client never has to parse the server's HTML page.
 */
@WebServlet(urlPatterns = "/problem-error")
public class ProblemErrorServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
        if (req.getDispatcherType() != DispatcherType.ERROR) {
            res.setStatus(404);
            return;
        }
        Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : res.getStatus();
        // Without Accept-Language getLocale() is the server's default locale; ours is Vietnamese.
        Locale locale = Messages.supported(req.getHeader("Accept-Language") == null ? null : req.getLocale());
        String key;
        if (status == 401) {
            boolean tokenSent = req.getHeader("Authorization") != null;
            key = tokenSent ? "access.tokenRefused" : "access.signInRequired";
            res.setHeader("WWW-Authenticate", tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer");
        } else if (status == 403) {
            key = "access.denied";
        } else {
            key = "server.error";
        }
        String body = Json.createObjectBuilder()
                .add("type", "urn:ward:problem:Http" + status)
                .add("title", Messages.get(locale, "title." + status))
                .add("status", status)
                .add("detail", Messages.get(locale, key))
                .build().toString();
        res.setStatus(status);
        res.setContentType("application/problem+json");
        res.setCharacterEncoding("UTF-8");
        res.setHeader("Cache-Control", "no-store");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        res.setContentLength(bytes.length);
        res.getOutputStream().write(bytes);
    }
}
