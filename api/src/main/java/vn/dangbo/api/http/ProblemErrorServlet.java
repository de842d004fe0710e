package vn.dangbo.api.http;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

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
        ProblemWriter.write(req, res, status, key);
    }
}
