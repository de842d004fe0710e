package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The live stream as screens use it: reconnecting catches up at once, and the hall's screens need only a token. */
class LiveStreamIT extends ServerTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    /** Anonymous screen calls come from addresses of their own: the per-address limits are not this test's. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    record Event(String id, JsonObject data) {
    }

    /** An open stream, read line by line into events until closed. */
    static final class Stream implements AutoCloseable {
        final int status;
        final BlockingQueue<Event> events = new ArrayBlockingQueue<>(100);
        private final InputStream body;

        Stream(HttpResponse<InputStream> response) {
            this.status = response.statusCode();
            this.body = response.body();
            if (status != 200) {
                return;
            }
            Thread reader = new Thread(() -> {
                String id = null;
                StringBuilder data = new StringBuilder();
                try (BufferedReader r = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        if (line.startsWith("id:")) {
                            id = line.substring(3).strip();
                        } else if (line.startsWith("data:")) {
                            data.append(line.substring(5).strip());
                        } else if (line.isEmpty() && data.length() > 0) {
                            events.offer(new Event(id, Json.createReader(new StringReader(data.toString())).readObject()));
                            data.setLength(0);
                            id = null;
                        }
                    }
                } catch (IOException e) {
                    // closed by the test
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        Event next(long millis) throws InterruptedException {
            Event e = events.poll(millis, TimeUnit.MILLISECONDS);
            assertNotNull(e, "no event within " + millis + " ms");
            return e;
        }

        /** The first event within {@code millis} that satisfies the test (a tick may repeat the state before it). */
        Event until(java.util.function.Predicate<Event> test, long millis) throws InterruptedException {
            long end = System.currentTimeMillis() + millis;
            Event last = null;
            for (long left = millis; left > 0; left = end - System.currentTimeMillis()) {
                Event e = events.poll(left, TimeUnit.MILLISECONDS);
                if (e == null) {
                    break;
                }
                last = e;
                if (test.test(e)) {
                    return e;
                }
            }
            throw new AssertionError("no such event within " + millis + " ms; last: " + last);
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }

    private Stream open(String path, String token, String lastEventId, String address) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.toURI().resolve(path.substring(1)))
                .header("Accept", "text/event-stream");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (lastEventId != null) {
            b.header("Last-Event-ID", lastEventId);
        }
        if (address != null) {
            b.header("X-Forwarded-For", address);
        }
        return new Stream(CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofInputStream()));
    }

    private static String address() {
        int n = ADDRESSES.incrementAndGet();
        return "198.19." + (n / 250) + "." + (1 + n % 250);
    }

    private int screenGet(String path, String address) {
        HttpRequest r = HttpRequest.newBuilder(java.net.URI.create(base.toString().replaceAll("/?$", "/"))
                .resolve(path.substring(1))).header("X-Forwarded-For", address).build();
        try {
            return CLIENT.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long itemId(Http.Reply r) {
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    @Test
    void aScreenThatReconnectsGetsTheNewestStateFirst() throws Exception {
        long cell = world.cell("Chi bộ Trực tiếp");
        long a = world.member("Quách Văn Trực " + World.suffix(), cell);
        long chair = world.member("Âu Thị Tiếp " + World.suffix(), cell);
        Congresses.Prepared c = new Congresses(officer).prepare(a, chair);
        Http presidium = anonymous.as(Tokens.token("chutoa." + chair, chair, Set.of("member", "delegate")));
        String delegate = Tokens.token("daibieu." + a, a, Set.of("member", "delegate"));
        String path = "/api/congresses/" + c.id() + "/live/stream";

        long first;
        long opening;
        try (Stream s = open(path, delegate, null, null)) {
            assertEquals(200, s.status);
            Event now = s.next(5000);
            first = Long.parseLong(now.id());
            assertEquals(first, now.data().getJsonNumber("version").longValue(), "the event id is the version");
            opening = itemId(presidium.post("/api/congresses/" + c.id() + "/agenda", Json.createObjectBuilder()
                    .add("title", "Khai mạc").add("kind", "PROCEDURE").build()));
            Event pushed = s.until(e -> Long.parseLong(e.id()) > first, 1000);
            assertEquals(first + 1, Long.parseLong(pushed.id()), "pushed within a second");
            assertEquals(1, pushed.data().getJsonObject("sections").getJsonObject("agenda").getJsonArray("items").size());
        }
        // Dropped: two changes happen while the screen is away.
        long report = itemId(presidium.post("/api/congresses/" + c.id() + "/agenda", Json.createObjectBuilder()
                .add("title", "Báo cáo chính trị").add("kind", "REPORT").build()));
        assertEquals(200, presidium.post("/api/congresses/" + c.id() + "/agenda/" + report + "/start",
                Json.createObjectBuilder().build()).status());
        try (Stream s = open(path, delegate, Long.toString(first + 1), null)) {
            assertEquals(200, s.status);
            Event caughtUp = s.next(5000);
            assertEquals(first + 3, Long.parseLong(caughtUp.id()), "the newest version, not the ones missed");
            JsonObject agenda = caughtUp.data().getJsonObject("sections").getJsonObject("agenda");
            assertEquals(report, agenda.getJsonNumber("currentItemId").longValue());
            assertEquals(2, agenda.getJsonArray("items").size());
            Event after = s.events.poll(300, TimeUnit.MILLISECONDS);
            assertTrue(after == null || Long.parseLong(after.id()) >= first + 3, "nothing stale after it: " + after);
        }
        assertTrue(opening > 0);
    }

    @Test
    void aBigScreenFollowsTheHallWithATokenUntilItIsRevoked() throws Exception {
        long cell = world.cell("Chi bộ Màn hình");
        long a = world.member("Giáp Văn Chiếu " + World.suffix(), cell);
        long chair = world.member("Mạc Thị Màn " + World.suffix(), cell);
        Congresses.Prepared c = new Congresses(officer).prepare(a, chair);
        Http presidium = anonymous.as(Tokens.token("chutoa." + chair, chair, Set.of("member", "delegate")));
        String screens = "/api/congresses/" + c.id() + "/screens";

        assertEquals(403, presidium.post(screens, World.obj("label", "Máy chiếu")).status(),
                "the organising board hands out screen tokens");
        Http.Reply created = officer.post(screens, World.obj("label", "Máy chiếu hội trường"));
        assertEquals(201, created.status(), created.toString());
        String token = created.json().getString("token");
        long screenId = created.json().getJsonNumber("id").longValue();
        assertEquals("/screen/" + token, created.json().getString("path"));
        JsonObject listed = officer.get(screens).array().getJsonObject(0);
        assertFalse(listed.toString().contains(token), "the token is shown once, never listed");

        long item = itemId(presidium.post("/api/congresses/" + c.id() + "/agenda", Json.createObjectBuilder()
                .add("title", "Thảo luận").add("kind", "DISCUSSION").add("speakingLimitSeconds", 120).build()));
        presidium.post("/api/congresses/" + c.id() + "/agenda/" + item + "/start", Json.createObjectBuilder().build());
        Http speaker = anonymous.as(Tokens.token("daibieu." + a, a, Set.of("member", "delegate")));
        long speech = speaker.post("/api/congresses/" + c.id() + "/speeches", Json.createObjectBuilder()
                .add("agendaItemId", item).add("topic", "Kinh tế số").build()).json().getJsonNumber("id").longValue();

        String address = address();
        try (Stream s = open("/api/screens/" + token + "/live/stream", null, null, address)) {
            assertEquals(200, s.status, "no sign-in, only the token");
            JsonObject sections = s.next(5000).data().getJsonObject("sections");
            assertEquals(item, sections.getJsonObject("agenda").getJsonNumber("currentItemId").longValue());
            assertFalse(sections.getJsonObject("speaking").containsKey("requests"), "the hall's view: " + sections);
            presidium.post("/api/congresses/" + c.id() + "/speeches/" + speech + "/start", Json.createObjectBuilder().build());
            JsonObject speaking = s.until(e -> e.data().getJsonObject("sections").getJsonObject("speaking")
                    .containsKey("current"), 1000).data().getJsonObject("sections").getJsonObject("speaking");
            assertTrue(speaking.getJsonObject("current").getString("fullName").startsWith("Giáp Văn Chiếu"), speaking.toString());
            assertEquals(120, speaking.getJsonObject("current").getInt("limitSeconds"));
        }
        assertEquals(200, screenGet("/api/screens/" + token + "/live", address));

        Http.Reply revoked = officer.post(screens + "/" + screenId + "/revocation", Json.createObjectBuilder().build());
        assertEquals(200, revoked.status(), revoked.toString());
        assertTrue(revoked.json().containsKey("revokedAt"));
        try (Stream s = open("/api/screens/" + token + "/live/stream", null, null, address())) {
            assertEquals(404, s.status, "a revoked token is refused when the screen reconnects");
        }
        assertEquals(404, screenGet("/api/screens/" + token + "/live", address()));

        // Guessing: an address that keeps presenting unknown tokens is stopped, even with a good one afterwards.
        String guesser = address();
        for (int i = 0; i < 10; i++) {
            assertEquals(404, screenGet("/api/screens/" + "x".repeat(42) + (char) ('a' + i) + "/live", guesser));
        }
        Http.Reply fresh = officer.post(screens, World.obj("label", "Màn hình phụ"));
        String good = fresh.json().getString("token");
        assertEquals(429, screenGet("/api/screens/" + good + "/live", guesser), "too many wrong tokens from here");
        assertEquals(200, screenGet("/api/screens/" + good + "/live", address()), "other addresses are not affected");
    }
}
