package vn.dangbo.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The web app routes in the browser (/members/12, /units …): a reload or a bookmark of such a path
 * must get index.html, while the API, the assets and the server's own endpoints pass through.
 */
// asyncSupported: the API's server-sent event streams (attendance board, import progress) pass through here.
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SpaFallbackFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        boolean appRoute = "GET".equals(req.getMethod())
                && !underAny(path, "/api", "/health", "/openapi", "/metrics")
                && !path.startsWith("/assets/")
                && !path.contains(".")
                && !path.equals("/");
        if (appRoute) {
            res.setHeader("Cache-Control", "no-cache");
            req.getRequestDispatcher("/index.html").forward(req, res);
            return;
        }
        if (path.equals("/") || path.equals("/index.html") || path.equals("/sw.js")) {
            res.setHeader("Cache-Control", "no-cache");
        }
        chain.doFilter(req, res);
    }

    /** The API and the server's own endpoints (health, OpenAPI, metrics) are never app routes. */
    private static boolean underAny(String path, String... prefixes) {
        for (String p : prefixes) {
            if (path.equals(p) || path.startsWith(p + "/")) {
                return true;
            }
        }
        return false;
    }
}
