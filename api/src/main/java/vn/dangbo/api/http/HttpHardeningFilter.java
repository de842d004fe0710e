package vn.dangbo.api.http;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What every answer of the application carries and what every request must respect, for the web app
 * and the API alike: security headers (a Content-Security-Policy that allows no inline or foreign script),
 * cross-origin calls only from the configured origins (none by default: the web app is served by the same
 * server), and a cap on JSON request bodies (the spreadsheet and PDF uploads cap their own, larger, bodies).
 *
 * <p>It also runs for error dispatches, so the 401 and 403 pages of the security layer carry the headers.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR}, asyncSupported = true)
public class HttpHardeningFilter extends HttpFilter {

    private static final java.util.regex.Pattern PUBLIC_COMMENT =
            java.util.regex.Pattern.compile("/api/public/congresses/[^/]+/comments/?");
    private static final java.util.regex.Pattern PUBLIC_ENROLMENT =
            java.util.regex.Pattern.compile("/api/public/ward/enrolments/?");
    private static final java.util.regex.Pattern PHOTO =
            java.util.regex.Pattern.compile("/api/congresses/\\d+/delegates/\\d+/photo");
    private static final java.util.regex.Pattern EVIDENCE =
            java.util.regex.Pattern.compile("/api/resolution-tasks/\\d+/evidence");
    static final long DEFAULT_MAX_BODY = 1024 * 1024;

    private String contentSecurityPolicy;
    private String silentSsoPolicy;
    private Set<String> allowedOrigins;
    private long maxBody;
    private RateLimit anonymousLimit;
    private WindowLimit publicCommentLimit;
    private WindowLimit publicEnrolmentLimit;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        Config c = ConfigProvider.getConfig();
        String auth = origin(c.getOptionalValue("ward.auth.public-url", String.class).orElse("http://localhost:8180"));
        // keycloak-js calls the token endpoint (connect-src) and checks the session in a hidden frame
        // (frame-src); PrimeVue injects its theme as <style> elements at run time, hence style-src 'unsafe-inline'.
        // The face kiosk's TF.js (face-api) runs on its WebGL or CPU backend: no WebAssembly and no workers, so
        // neither 'wasm-unsafe-eval' nor worker-src blob: is granted; its models come from 'self' (connect-src)
        // and the photos it reads are blob: images (img-src). The camera is a MediaStream, which CSP does not govern.
        String common = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' " + auth + "; "
                + "frame-src 'self' " + auth + "; object-src 'none'; base-uri 'self'; form-action 'self' " + auth + "; ";
        contentSecurityPolicy = common + "frame-ancestors 'none'";
        // The silent SSO page is loaded in that hidden frame, by the web app itself.
        silentSsoPolicy = common + "frame-ancestors 'self'";
        allowedOrigins = Arrays.stream(c.getOptionalValue("ward.cors.allowed-origins", String.class).orElse("").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(HttpHardeningFilter::origin)
                .collect(Collectors.toUnmodifiableSet());
        maxBody = c.getOptionalValue("ward.http.max-body-bytes", Long.class).orElse(DEFAULT_MAX_BODY);
        // Requests without a token (the public configuration, and anything probing the API) per client address.
        anonymousLimit = new RateLimit(c.getOptionalValue("ward.rate.anonymous.burst", Integer.class).orElse(120),
                c.getOptionalValue("ward.rate.anonymous.per-second", Double.class).orElse(2.0), System::nanoTime);
        // Residents' comments on public drafts: a few per address, whatever the request carries.
        publicCommentLimit = new WindowLimit(c.getOptionalValue("ward.rate.public-comments.max", Integer.class).orElse(5),
                c.getOptionalValue("ward.rate.public-comments.window-seconds", Long.class).orElse(600L), System::nanoTime);
        // Residents' requests to join a class from the ward's public page: the same few per address.
        publicEnrolmentLimit = new WindowLimit(c.getOptionalValue("ward.rate.public-enrolments.max", Integer.class).orElse(5),
                c.getOptionalValue("ward.rate.public-enrolments.window-seconds", Long.class).orElse(600L), System::nanoTime);
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        headers(req, res, path);
        String origin = req.getHeader("Origin");
        boolean api = path.equals("/api") || path.startsWith("/api/");
        if (req.getDispatcherType() == DispatcherType.ERROR) {
            if (origin != null && allowedOrigins.contains(origin.toLowerCase(Locale.ROOT))) {
                allowOrigin(res, origin);
            }
            chain.doFilter(req, res);
            return;
        }
        if (api && origin != null && !origin.equalsIgnoreCase(ownOrigin(req))) {
            if (!allowedOrigins.contains(origin.toLowerCase(Locale.ROOT))) {
                ProblemWriter.write(req, res, 403, "request.originRefused");
                return;
            }
            allowOrigin(res, origin);
            if ("OPTIONS".equals(req.getMethod()) && req.getHeader("Access-Control-Request-Method") != null) {
                res.setHeader("Access-Control-Allow-Methods", "GET, POST, PATCH, PUT, DELETE");
                res.setHeader("Access-Control-Allow-Headers", "Authorization, Content-Type, Accept-Language, X-File-Name");
                res.setHeader("Access-Control-Max-Age", "600");
                res.setStatus(204);
                return;
            }
        }
        if (api && req.getHeader("Authorization") == null) {
            long wait = anonymousLimit.tryAcquire(clientAddress(req));
            if (wait > 0) {
                res.setHeader("Retry-After", Long.toString(wait));
                ProblemWriter.write(req, res, 429, "request.tooMany", wait);
                return;
            }
        }
        WindowLimit writeLimit = !api || !"POST".equals(req.getMethod()) ? null
                : PUBLIC_COMMENT.matcher(path).matches() ? publicCommentLimit
                : PUBLIC_ENROLMENT.matcher(path).matches() ? publicEnrolmentLimit : null;
        if (writeLimit != null) {
            long wait = writeLimit.tryAcquire(clientAddress(req));
            if (wait > 0) {
                res.setHeader("Retry-After", Long.toString(wait));
                ProblemWriter.write(req, res, 429, "request.tooMany", wait);
                return;
            }
        }
        if (api && hasBody(req) && !isFileUpload(req, path)) {
            long length = req.getContentLengthLong();
            if (length > maxBody) {
                ProblemWriter.write(req, res, 413, "request.tooLarge", maxBody / 1024);
                return;
            }
            if (length < 0) {
                // A chunked body has no announced length: read it up to the cap, refuse it beyond.
                byte[] body = readAtMost(req.getInputStream(), maxBody);
                if (body == null) {
                    ProblemWriter.write(req, res, 413, "request.tooLarge", maxBody / 1024);
                    return;
                }
                req = new BufferedBody(req, body);
            }
        }
        chain.doFilter(req, res);
    }

    private void headers(HttpServletRequest req, HttpServletResponse res, String path) {
        boolean silentSso = path.equals("/silent-check-sso.html");
        res.setHeader("Content-Security-Policy", silentSso ? silentSsoPolicy : contentSecurityPolicy);
        res.setHeader("X-Frame-Options", silentSso ? "SAMEORIGIN" : "DENY");
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("Referrer-Policy", "no-referrer");
        // The camera stays available to the application itself (check-in by QR code or face).
        res.setHeader("Permissions-Policy", "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), "
                + "magnetometer=(), gyroscope=(), accelerometer=()");
        res.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        if ("https".equalsIgnoreCase(forwardedOr(req, "X-Forwarded-Proto", req.getScheme()))) {
            res.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
    }

    private static void allowOrigin(HttpServletResponse res, String origin) {
        res.setHeader("Access-Control-Allow-Origin", origin);
        res.setHeader("Access-Control-Expose-Headers", "Location, Retry-After");
        res.addHeader("Vary", "Origin");
    }

    /** The origin the browser sees this server under (behind a proxy: the forwarded scheme and host). */
    private static String ownOrigin(HttpServletRequest req) {
        String scheme = forwardedOr(req, "X-Forwarded-Proto", req.getScheme());
        String host = forwardedOr(req, "X-Forwarded-Host", req.getHeader("Host"));
        return origin(scheme + "://" + host);
    }

    /**
     * The client's address. X-Forwarded-For is believed only from a proxy on this machine (any of its
     * addresses) or the local network; from anywhere else it could be made up to dodge the limit.
     */
    static String clientAddress(HttpServletRequest req) {
        String peer = req.getRemoteAddr();
        String forwarded = req.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank() && (isLocal(peer) || peer.equals(req.getLocalAddr()))) {
            return forwarded.split(",")[0].strip();
        }
        return peer;
    }

    private static boolean isLocal(String address) {
        try {
            java.net.InetAddress a = java.net.InetAddress.getByName(address);
            return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress();
        } catch (java.net.UnknownHostException | RuntimeException e) {
            return false;
        }
    }

    private static String forwardedOr(HttpServletRequest req, String header, String otherwise) {
        String v = req.getHeader(header);
        return v == null || v.isBlank() ? otherwise : v.split(",")[0].strip();
    }

    /** scheme://host[:port] in lower case, the default port left out, as browsers send Origin. */
    static String origin(String url) {
        try {
            URI u = URI.create(url.strip());
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            int port = u.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (RuntimeException e) {
            return url.strip().toLowerCase(Locale.ROOT);
        }
    }

    private static boolean hasBody(HttpServletRequest req) {
        return switch (req.getMethod()) {
            case "POST", "PUT", "PATCH", "DELETE" -> true;
            default -> false;
        };
    }

    /**
     * POST /api/imports carries a spreadsheet of up to 50 MB, POST /api/library/documents/pdf a PDF of up to
     * 20 MB; each enforces its own limit.
     */
    private static boolean isFileUpload(HttpServletRequest req, String path) {
        return "POST".equals(req.getMethod()) && (path.equals("/api/imports") || path.equals("/api/library/documents/pdf"))
                // delegate photos: up to 2 MB, bounded by the resource itself
                || "PUT".equals(req.getMethod()) && PHOTO.matcher(path).matches()
                // a task's evidence files: up to 10 MB, bounded by TaskService
                || "POST".equals(req.getMethod()) && EVIDENCE.matcher(path).matches();
    }

    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buf)) != -1; ) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** The request with its (already read, small) body served from memory. */
    private static final class BufferedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedBody(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(new ByteArrayInputStream(body),
                    java.nio.charset.Charset.forName(getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding())));
        }
    }
}
