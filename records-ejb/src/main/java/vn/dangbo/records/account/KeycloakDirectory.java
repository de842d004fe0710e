package vn.dangbo.records.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Keycloak's Admin REST API, called as the confidential client ward-accounts with its service account
 * (realm-management roles manage-users, view-users, query-users, view-realm), token by client credentials.
 * Settings: ward.accounts.keycloak-url (default ward.auth.public-url), ward.accounts.realm (default
 * ward.auth.realm), ward.accounts.client-id, ward.accounts.client-secret.
 */
@ApplicationScoped
public class KeycloakDirectory implements IdentityDirectory {

    private static final Logger LOG = Logger.getLogger(KeycloakDirectory.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private String token;
    private Instant tokenExpires = Instant.EPOCH;

    @Override
    public boolean usernameTaken(String username) {
        HttpResponse<String> r = send(admin("/users?exact=true&briefRepresentation=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8)).GET());
        expect(r, 200);
        return !((JsonArray) parse(r.body())).isEmpty();
    }

    @Override
    public String createUser(NewLogin login) {
        JsonObject user = Json.createObjectBuilder()
                .add("username", login.username())
                .add("enabled", true)
                .add("firstName", login.firstName())
                .add("lastName", login.lastName())
                .add("attributes", Json.createObjectBuilder()
                        .add("member_id", Json.createArrayBuilder().add(Long.toString(login.memberId()))))
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", login.temporaryPassword()).add("temporary", true)))
                .add("requiredActions", Json.createArrayBuilder().add("UPDATE_PASSWORD"))
                .build();
        HttpResponse<String> created = send(admin("/users").POST(json(user)).header("Content-Type", "application/json"));
        if (created.statusCode() == 409) {
            throw new UsernameTaken(login.username());
        }
        expect(created, 201);
        String location = created.headers().firstValue("Location").orElseThrow(DirectoryUnavailable::new);
        String id = location.substring(location.lastIndexOf('/') + 1);
        try {
            HttpResponse<String> role = send(admin("/roles/member").GET());
            expect(role, 200);
            JsonArray roles = Json.createArrayBuilder().add(parse(role.body())).build();
            HttpResponse<String> mapped = send(admin("/users/" + id + "/role-mappings/realm")
                    .POST(json(roles)).header("Content-Type", "application/json"));
            expect(mapped, 204);
        } catch (DirectoryUnavailable e) {
            // A user without the member role would be a login that opens nothing: remove it.
            deleteQuietly(id);
            throw e;
        }
        return id;
    }

    @Override
    public void setEnabled(String userId, boolean enabled) {
        JsonObject patch = Json.createObjectBuilder().add("enabled", enabled).build();
        HttpResponse<String> r = send(admin("/users/" + userId).PUT(json(patch)).header("Content-Type", "application/json"));
        expect(r, 204);
    }

    private void deleteQuietly(String id) {
        try {
            send(admin("/users/" + id).DELETE());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not remove half-created user " + id, e);
        }
    }

    private HttpRequest.Builder admin(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + "/admin/realms/" + realm() + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token())
                .header("Accept", "application/json");
    }

    private synchronized String token() {
        if (token != null && Instant.now().isBefore(tokenExpires)) {
            return token;
        }
        Config config = ConfigProvider.getConfig();
        String clientId = config.getOptionalValue("ward.accounts.client-id", String.class).orElse("ward-accounts");
        String secret = config.getOptionalValue("ward.accounts.client-secret", String.class).orElse(null);
        if (secret == null || secret.isBlank()) {
            LOG.warning("ward.accounts.client-secret is not set: handbook accounts cannot be managed");
            throw new DirectoryUnavailable();
        }
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        HttpResponse<String> r = send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/realms/" + realm() + "/protocol/openid-connect/token"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        expect(r, 200);
        JsonObject body = (JsonObject) parse(r.body());
        token = body.getString("access_token");
        tokenExpires = Instant.now().plusSeconds(Math.max(5, body.getInt("expires_in", 60) - 15));
        return token;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Keycloak unreachable at " + baseUrl() + ": " + e);
            throw new DirectoryUnavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DirectoryUnavailable();
        }
    }

    private void expect(HttpResponse<String> r, int status) {
        if (r.statusCode() == 401) {
            synchronized (this) {
                token = null;
            }
        }
        if (r.statusCode() != status) {
            LOG.warning(() -> "Keycloak answered " + r.statusCode() + " to " + r.request().method() + " "
                    + r.request().uri().getPath() + ": " + abbreviate(r.body()));
            throw new DirectoryUnavailable();
        }
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static HttpRequest.BodyPublisher json(JsonStructure body) {
        return HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8);
    }

    private static JsonStructure parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        } catch (RuntimeException e) {
            throw new DirectoryUnavailable();
        }
    }

    private static String baseUrl() {
        Config config = ConfigProvider.getConfig();
        return config.getOptionalValue("ward.accounts.keycloak-url", String.class)
                .or(() -> config.getOptionalValue("ward.auth.public-url", String.class))
                .orElse("http://localhost:8180").replaceAll("/+$", "");
    }

    private static String realm() {
        Config config = ConfigProvider.getConfig();
        return config.getOptionalValue("ward.accounts.realm", String.class)
                .or(() -> config.getOptionalValue("ward.auth.realm", String.class))
                .orElse("ward");
    }
}
