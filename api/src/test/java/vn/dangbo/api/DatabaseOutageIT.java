package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The database stopped while the server is under load, then started again: while it is away every request
 * fails fast with 503, a Retry-After hint and a problem+json detail (never a 500, never a hang), the
 * readiness check says so, and once it is back the server answers normally again without being restarted.
 *
 * <p>The shared server of the other API tests cannot lose its database, so this test runs its own
 * ({@link OwnServer}).
 */
class DatabaseOutageIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private OwnServer own;

    record Call(long startedNanos, long millis, int status, String retryAfter, String contentType, String body) {
    }

    @Test
    void requestsFailFastWith503WhileTheDatabaseIsAwayAndSucceedAgainWhenItReturns() throws Exception {
        own = OwnServer.withDatabase("database-outage-it");
        own.startServer();
        URI root = own.root();
        URI units = own.api("api/units");

        String token = Tokens.officer();
        List<Call> calls = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> load = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread t = new Thread(() -> {
                while (running.get()) {
                    calls.add(call(units, token));
                }
            }, "load-" + i);
            t.setDaemon(true);
            t.start();
            load.add(t);
        }
        Thread.sleep(1500);
        assertTrue(calls.stream().anyMatch(c -> c.status() == 200), "answers while the database runs: " + summary(calls));

        own.stopDatabase();
        long stopped = System.nanoTime();
        // The first requests caught by the outage wait out EclipseLink's retries (3 × 1 s); later ones are
        // refused at once.
        Thread.sleep(7000);
        int readyWhileAway = OwnServer.status(root.resolve("health/ready"));
        long restarting = System.nanoTime();
        own.startDatabase();
        long back = own.waitUntil(() -> status(units, token) == 200, 60, "the server answers again after the database returned");
        Thread.sleep(1500);
        running.set(false);
        for (Thread t : load) {
            t.join(20_000);
        }

        List<Call> all = new ArrayList<>(calls);
        List<String> wrong = new ArrayList<>();
        for (Call c : all) {
            if (c.status() >= 500 && c.status() != 503) {
                wrong.add("a server error instead of 503: " + c);
            }
            if (c.status() == 503) {
                if (c.retryAfter() == null || !c.retryAfter().matches("[1-9][0-9]*")) {
                    wrong.add("503 without a Retry-After in seconds: " + c);
                }
                if (!c.contentType().startsWith("application/problem+json") || detail(c).isBlank()) {
                    wrong.add("503 without a problem+json detail: " + c);
                }
            }
            if (c.status() != 200 && c.status() != 503) {
                wrong.add("neither an answer nor 503: " + c);
            }
            if (c.millis() > 6000) {
                wrong.add("took " + c.millis() + " ms: " + c);
            }
        }
        List<Call> away = all.stream().filter(c -> c.startedNanos() > stopped + 4_500_000_000L
                && c.startedNanos() < restarting).toList();
        assertTrue(away.size() >= 10, "requests were made while the database was away: " + summary(away)
                + " of " + summary(all));
        assertTrue(away.stream().allMatch(c -> c.status() == 503), "every request while it was away: 503 " + summary(away));
        assertTrue(away.stream().allMatch(c -> c.millis() < 1000), "refused at once: "
                + away.stream().mapToLong(Call::millis).max().orElse(0) + " ms at most");
        assertEquals(503, readyWhileAway, "not ready while the database is away");
        List<Call> after = all.stream().filter(c -> c.startedNanos() > back).toList();
        assertTrue(!after.isEmpty() && after.stream().allMatch(c -> c.status() == 200),
                "every request after the recovery: 200 " + summary(after));
        assertEquals(200, OwnServer.status(root.resolve("health/ready")), "ready again");
        assertTrue(wrong.isEmpty(), String.join("\n", wrong.subList(0, Math.min(20, wrong.size()))));
        System.out.printf("Database outage: %d requests (%s); the slowest %d ms, the slowest refusal once known %d ms;"
                        + " recovered %d ms after the restart%n", all.size(), summary(all),
                all.stream().mapToLong(Call::millis).max().orElse(0), away.stream().mapToLong(Call::millis).max().orElse(0),
                (back - restarting) / 1_000_000);
    }

    @AfterEach
    void stopEverything() throws InterruptedException {
        if (own != null) {
            own.close();
        }
    }

    private Call call(URI uri, String token) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(15))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            return new Call(start, (System.nanoTime() - start) / 1_000_000, r.statusCode(),
                    r.headers().firstValue("Retry-After").orElse(null), r.headers().firstValue("Content-Type").orElse(""),
                    r.body());
        } catch (IOException e) {
            return new Call(start, (System.nanoTime() - start) / 1_000_000, -1, null, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Call(start, 0, -1, null, "", "interrupted");
        }
    }

    private static int status(URI uri, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String detail(Call c) {
        try (var r = Json.createReader(new StringReader(c.body()))) {
            JsonObject o = r.readObject();
            return o.getString("detail", "");
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String summary(List<Call> calls) {
        Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
        synchronized (calls) {
            calls.forEach(c -> byStatus.merge(c.status(), 1, Integer::sum));
        }
        return byStatus.toString();
    }
}
