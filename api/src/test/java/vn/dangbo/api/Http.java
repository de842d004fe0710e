package vn.dangbo.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small client for the API under test: one token, JSON in, status and JSON out. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String token;
    private final String language;

    public Http(URL base, String token) {
        this(URI.create(base.toString().replaceAll("/?$", "/")), token, null);
    }

    private Http(URI base, String token, String language) {
        this.base = base;
        this.token = token;
        this.language = language;
    }

    public Http as(String otherToken) {
        return new Http(base, otherToken, language);
    }

    public Http inLanguage(String lang) {
        return new Http(base, token, lang);
    }

    public Reply get(String path) {
        return send("GET", path, null, null);
    }

    public Reply post(String path, JsonStructure body) {
        return send("POST", path, body.toString(), "application/json");
    }

    public Reply patch(String path, JsonStructure body) {
        return send("PATCH", path, body.toString(), "application/json");
    }

    /** The raw bytes of a 200 answer (a spreadsheet, a document). */
    public byte[] bytes(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path.substring(1))).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new AssertionError(r.statusCode() + " " + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Uploads a file as the raw request body, its name in X-File-Name as the web app sends it. */
    public Reply upload(String path, byte[] content, String fileName) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path.substring(1)))
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                .header("Content-Type", "application/octet-stream")
                .header("X-File-Name", java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                    r.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply send(String method, String path, String body, String contentType) {
        // "/api/…" is the application's; "/openapi" and "/health" belong to the server root.
        URI target = path.startsWith("/api") ? base.resolve(path.substring(1)) : base.resolve(path);
        HttpRequest.Builder b = HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (language != null) {
            b.header("Accept-Language", language);
        }
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                    r.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Reply(int status, String contentType, String body, String location) {

        public JsonObject json() {
            try (var r = Json.createReader(new StringReader(body))) {
                return r.readObject();
            } catch (RuntimeException e) {
                throw new AssertionError("not a JSON object (" + status + "): " + body, e);
            }
        }

        public JsonArray array() {
            try (var r = Json.createReader(new StringReader(body))) {
                return r.readArray();
            } catch (RuntimeException e) {
                throw new AssertionError("not a JSON array (" + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
