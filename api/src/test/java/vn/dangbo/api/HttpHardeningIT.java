package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every answer carries (security headers, a script policy without inline code) and what every request
 * must respect: calls from other web sites only from the configured origin (https://portal.example.vn in
 * this build), JSON bodies of at most 1 MB.
 */
class HttpHardeningIT extends ServerTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final String ALLOWED = "https://portal.example.vn";

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        String member = World.memberToken(987_654_320L);
        for (HttpResponse<String> r : new HttpResponse[] {
                send("GET", "api/config", null, Map.of()),
                send("GET", "api/members", null, Map.of()),
                send("GET", "api/units", null, Map.of("Authorization", "Bearer not.a.token")),
                send("GET", "api/audit", null, Map.of("Authorization", "Bearer " + member)),
                send("GET", "api/no-such-thing", null, Map.of("Authorization", "Bearer " + Tokens.officer())),
                send("GET", "", null, Map.of()),
                send("GET", "index.html", null, Map.of())}) {
            String where = r.request().uri() + " (" + r.statusCode() + ")";
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            String scripts = directive(csp, "script-src");
            assertEquals("script-src 'self'", scripts, "scripts only from the application itself: " + where + " " + csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), where + " " + csp);
            assertTrue(csp.contains("object-src 'none'"), where + " " + csp);
            assertEquals("nosniff", header(r, "X-Content-Type-Options"), where);
            assertEquals("DENY", header(r, "X-Frame-Options"), where);
            assertEquals("no-referrer", header(r, "Referrer-Policy"), where);
            assertTrue(header(r, "Permissions-Policy").contains("geolocation=()"), where);
            assertNull(r.headers().firstValue("Strict-Transport-Security").orElse(null), "plain HTTP: no HSTS " + where);
        }
    }

    @Test
    void theSilentSignInPageMayBeFramedByTheApplicationOnly() {
        HttpResponse<String> r = send("GET", "silent-check-sso.html", null, Map.of());
        assertTrue(header(r, "Content-Security-Policy").contains("frame-ancestors 'self'"));
        assertEquals("SAMEORIGIN", header(r, "X-Frame-Options"));
    }

    @Test
    void behindAnHttpsProxyBrowsersAreToldToStayOnHttps() {
        HttpResponse<String> r = send("GET", "api/config", null, Map.of("X-Forwarded-Proto", "https"));
        assertEquals("max-age=31536000", header(r, "Strict-Transport-Security"));
    }

    @Test
    void anotherWebSiteCannotCallTheApi() {
        HttpResponse<String> r = send("GET", "api/config", null, Map.of("Origin", "https://evil.example"));
        assertProblem(r, 403);
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        HttpResponse<String> preflight = send("OPTIONS", "api/members", null, Map.of("Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization"));
        assertEquals(403, preflight.statusCode(), preflight.body());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        assertTrue(json(r).getString("detail").contains("không được phép"), r.body());
    }

    @Test
    void theApplicationsOwnPagesCallTheApiAsBefore() {
        String own = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        HttpResponse<String> r = send("GET", "api/units", null, Map.of("Origin", own, "Authorization", "Bearer " + Tokens.officer()));
        assertEquals(200, r.statusCode(), r.body());
        HttpResponse<String> proxied = send("GET", "api/config", null, Map.of("Origin", "https://dangbo.example.vn",
                "X-Forwarded-Proto", "https", "X-Forwarded-Host", "dangbo.example.vn"));
        assertEquals(200, proxied.statusCode(), "same origin as the proxy shows it: " + proxied.body());
    }

    @Test
    void theConfiguredOriginMayCallTheApi() {
        HttpResponse<String> preflight = send("OPTIONS", "api/members", null, Map.of("Origin", ALLOWED,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization,content-type"));
        assertEquals(204, preflight.statusCode(), preflight.body());
        assertEquals(ALLOWED, header(preflight, "Access-Control-Allow-Origin"));
        assertTrue(header(preflight, "Access-Control-Allow-Headers").contains("Authorization"));
        assertTrue(header(preflight, "Access-Control-Allow-Methods").contains("POST"));

        HttpResponse<String> r = send("GET", "api/units", null, Map.of("Origin", ALLOWED, "Authorization", "Bearer " + Tokens.officer()));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(ALLOWED, header(r, "Access-Control-Allow-Origin"));
        HttpResponse<String> refused = send("GET", "api/units", null, Map.of("Origin", ALLOWED, "Authorization", "Bearer x.y.z"));
        assertEquals(401, refused.statusCode());
        assertEquals(ALLOWED, header(refused, "Access-Control-Allow-Origin"), "the client may read why it was refused");
    }

    @Test
    void aJsonBodyOverOneMegabyteIsRefusedBeforeItIsRead() {
        String big = "{\"fullName\":\"" + "a".repeat(1024 * 1024 + 10) + "\"}";
        Map<String, String> officer = Map.of("Authorization", "Bearer " + Tokens.officer(), "Content-Type", "application/json",
                "Accept-Language", "en");
        HttpResponse<String> r = send("POST", "api/members", HttpRequest.BodyPublishers.ofString(big), officer);
        assertProblem(r, 413);
        assertEquals("The request body is too large: at most 1,024 KB.", json(r).getString("detail"));

        // Without a Content-Length (chunked), counted as it arrives.
        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = send("POST", "api/members",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)), officer);
        assertProblem(chunked, 413);

        // Under the cap, chunked or not, the body reaches the API (and is refused there for what it says).
        String fine = "{\"fullName\":\"" + "a".repeat(500_000) + "\"}";
        byte[] fineBytes = fine.getBytes(StandardCharsets.UTF_8);
        assertEquals(400, send("POST", "api/members", HttpRequest.BodyPublishers.ofString(fine), officer).statusCode());
        HttpResponse<String> fineChunked = send("POST", "api/members",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(fineBytes)), officer);
        assertEquals(400, fineChunked.statusCode(), fineChunked.body());
        assertTrue(json(fineChunked).containsKey("errors"), "the body was read: " + fineChunked.body());
    }

    @Test
    void theSpreadsheetUploadKeepsItsOwnLargerLimit() {
        byte[] twoMegabytes = new byte[2 * 1024 * 1024];
        HttpResponse<String> r = send("POST", "api/imports", HttpRequest.BodyPublishers.ofByteArray(twoMegabytes),
                Map.of("Authorization", "Bearer " + Tokens.officer(), "Content-Type", "application/octet-stream",
                        "X-File-Name", "ds.xlsx"));
        assertEquals(400, r.statusCode(), "read, and refused as not a spreadsheet: " + r.body());
    }

    @Test
    void thePdfUploadOfTheLibraryKeepsItsOwnLargerLimit() {
        byte[] twoMegabytes = new byte[2 * 1024 * 1024];
        HttpResponse<String> r = send("POST", "api/library/documents/pdf?title=T&category=STUDY",
                HttpRequest.BodyPublishers.ofByteArray(twoMegabytes),
                Map.of("Authorization", "Bearer " + Tokens.officer(), "Content-Type", "application/pdf",
                        "X-File-Name", "t.pdf"));
        assertEquals(400, r.statusCode(), "read, and refused as not a PDF: " + r.body());
        assertTrue(r.body().contains("PDF"), r.body());
    }

    @Test
    void requestsWithoutSignInAreLimitedPerClient() {
        // Each test run is its own client (the server believes X-Forwarded-For from a local proxy).
        String client = "203.0.113." + (1 + (int) (System.nanoTime() % 250));
        int passed = 0;
        HttpResponse<String> refused = null;
        for (int i = 0; i < 400 && refused == null; i++) {
            HttpResponse<String> r = send("GET", "api/config", null, Map.of("X-Forwarded-For", client, "Accept-Language", "en"));
            if (r.statusCode() == 429) {
                refused = r;
            } else {
                assertEquals(200, r.statusCode(), r.body());
                passed++;
            }
        }
        assertTrue(refused != null, "no 429 after " + passed + " requests");
        assertTrue(passed >= 120, "a burst of 120 passes first: " + passed);
        assertProblem(refused, 429);
        long retry = Long.parseLong(header(refused, "Retry-After"));
        assertTrue(retry >= 1 && retry <= 2, "Retry-After " + retry);
        assertEquals("Too many requests. Please try again in " + retry + " seconds.", json(refused).getString("detail"));
        assertEquals("nosniff", header(refused, "X-Content-Type-Options"));

        // Another client, and a signed-in caller from the same address, are not held back.
        assertEquals(200, send("GET", "api/config", null, Map.of("X-Forwarded-For", "198.51.100.7")).statusCode());
        assertEquals(200, send("GET", "api/units", null, Map.of("X-Forwarded-For", client,
                "Authorization", "Bearer " + Tokens.officer())).statusCode());
    }

    private static String directive(String csp, String name) {
        for (String d : csp.split(";")) {
            if (d.strip().startsWith(name + " ")) {
                return d.strip();
            }
        }
        return "";
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    private static JsonObject json(HttpResponse<String> r) {
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readObject();
        }
    }

    private static void assertProblem(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(header(r, "Content-Type").startsWith("application/problem+json"), header(r, "Content-Type"));
        assertEquals(status, json(r).getInt("status"));
        assertFalse(json(r).getString("detail").isBlank());
    }

    private HttpResponse<String> send(String method, String path, HttpRequest.BodyPublisher body, Map<String, String> headers) {
        URI target = URI.create(base.toString().replaceAll("/?$", "/")).resolve(path);
        HttpRequest.Builder b = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
        headers.forEach(b::header);
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
