package vn.dangbo.api.auth;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Keeps a local copy of the sign-in service's signing keys (its JWKS), which the token check reads instead of
 * the service itself. The copy is replaced only by a complete, well-formed key set: when Keycloak is down,
 * slow, or answers with an error page, the last good keys stay, so tokens it issued before going down keep
 * working until they expire. (Reading Keycloak directly, the server drops its cached keys after five minutes
 * and then refuses every token while Keycloak is unreachable.)
 */
public final class JwksMirror {

    /** What a refresh did. */
    public enum Outcome { UPDATED, UNCHANGED, KEPT_LAST_GOOD }

    private final URI source;
    private final Path file;
    private final HttpClient http;

    public JwksMirror(URI source, Path file) {
        this.source = source;
        this.file = file;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(3)).build();
    }

    public Path file() {
        return file;
    }

    /** Fetches the keys once; never throws for an unreachable or misbehaving source. */
    public Outcome refresh() {
        String body;
        try {
            HttpResponse<String> res = http.send(HttpRequest.newBuilder(source).timeout(Duration.ofSeconds(5))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (res.statusCode() != 200 || !wellFormed(res.body())) {
                return Outcome.KEPT_LAST_GOOD;
            }
            body = res.body();
        } catch (IOException e) {
            return Outcome.KEPT_LAST_GOOD;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.KEPT_LAST_GOOD;
        }
        try {
            if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(body)) {
                return Outcome.UNCHANGED;
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            // Written aside and moved in one step: the token check never reads half a file.
            Path next = file.resolveSibling(file.getFileName() + ".next");
            Files.writeString(next, body, StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Outcome.UPDATED;
        } catch (IOException e) {
            return Outcome.KEPT_LAST_GOOD;
        }
    }

    /** A JSON object with a non-empty "keys" array of objects that each name their key type. */
    static boolean wellFormed(String body) {
        try {
            JsonObject jwks = Json.createReader(new StringReader(body)).readObject();
            JsonValue keys = jwks.get("keys");
            if (!(keys instanceof JsonArray array) || array.isEmpty()) {
                return false;
            }
            return array.stream().allMatch(k -> k instanceof JsonObject o && o.containsKey("kty"));
        } catch (jakarta.json.JsonException | IllegalStateException | ClassCastException e) {
            return false;
        }
    }
}
