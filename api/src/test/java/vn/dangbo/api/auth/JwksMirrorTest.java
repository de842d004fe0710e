package vn.dangbo.api.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key copy follows the source while it answers well, and keeps the last good keys when it does not. */
class JwksMirrorTest {

    private static final String KEYS_A = "{\"keys\":[{\"kid\":\"a\",\"kty\":\"RSA\",\"n\":\"xyz\",\"e\":\"AQAB\"}]}";
    private static final String KEYS_B = "{\"keys\":[{\"kid\":\"b\",\"kty\":\"RSA\",\"n\":\"uvw\",\"e\":\"AQAB\"}]}";

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicReference<String> body = new AtomicReference<>(KEYS_A);
    private final AtomicReference<Integer> status = new AtomicReference<>(200);

    @BeforeEach
    void serve() throws IOException {
        // Stands in for Keycloak's certs endpoint; the browser test kills the real Keycloak.
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/certs", ex -> {
            byte[] out = body.get().getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(status.get(), out.length);
            ex.getResponseBody().write(out);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private JwksMirror mirror() {
        return new JwksMirror(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/certs"),
                dir.resolve("auth/jwks.json"));
    }

    @Test
    void copiesTheKeysThenFollowsARotation() throws IOException {
        JwksMirror m = mirror();
        assertEquals(JwksMirror.Outcome.UPDATED, m.refresh());
        assertEquals(KEYS_A, Files.readString(m.file()));
        assertEquals(JwksMirror.Outcome.UNCHANGED, m.refresh());
        body.set(KEYS_B);
        assertEquals(JwksMirror.Outcome.UPDATED, m.refresh());
        assertEquals(KEYS_B, Files.readString(m.file()));
    }

    @Test
    void keepsTheLastGoodKeysWhenTheSourceFailsOrIsGone() throws IOException {
        JwksMirror m = mirror();
        m.refresh();
        status.set(503);
        body.set("<html>Service unavailable</html>");
        assertEquals(JwksMirror.Outcome.KEPT_LAST_GOOD, m.refresh());
        status.set(200);
        body.set("{\"keys\":[]}");
        assertEquals(JwksMirror.Outcome.KEPT_LAST_GOOD, m.refresh());
        server.stop(0);
        assertEquals(JwksMirror.Outcome.KEPT_LAST_GOOD, m.refresh());
        assertEquals(KEYS_A, Files.readString(m.file()));
        assertFalse(Files.exists(m.file().resolveSibling("jwks.json.next")));
    }

    @Test
    void acceptsOnlyAKeySet() {
        assertTrue(JwksMirror.wellFormed(KEYS_A));
        assertFalse(JwksMirror.wellFormed("{\"keys\":[{\"kid\":\"a\"}]}"));
        assertFalse(JwksMirror.wellFormed("{\"keys\":{}}"));
        assertFalse(JwksMirror.wellFormed("[1,2]"));
        assertFalse(JwksMirror.wellFormed("not json"));
    }
}
