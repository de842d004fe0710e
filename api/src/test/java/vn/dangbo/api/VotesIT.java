package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Open votes (biểu quyết): who may vote (official delegates present at the vote's session, for themselves only),
 * one vote per delegate even under 50 concurrent attempts, changeable or not per vote, the rule and base of the
 * result, and what the live state shows to the hall and to the presidium.
 */
class VotesIT extends ServerTest {

    /** A congress of {@code n} official delegates (the last on the presidium), a session open for check-in. */
    private record Hall(long congress, long session, List<Long> members, List<Long> delegates, Http presidium) {
        Http delegate(Http anonymous, int i) {
            long m = members.get(i);
            return anonymous.as(Tokens.token("daibieu." + m, m, Set.of("member", "delegate")));
        }

        String votes() {
            return "/api/congresses/" + congress + "/votes";
        }
    }

    private Hall hall(int n) {
        long cell = world.cell("Chi bộ Biểu quyết");
        long[] members = new long[n];
        for (int i = 0; i < n; i++) {
            members[i] = world.member("Đại Biểu Số " + World.suffix(), cell);
        }
        Congresses.Prepared p = new Congresses(officer).prepare(members);
        long session = new Congresses(officer).session(p.id(), "Phiên biểu quyết", true);
        List<Long> ms = new ArrayList<>();
        for (long m : members) {
            ms.add(m);
        }
        long chair = members[n - 1];
        Http presidium = anonymous.as(Tokens.token("chutich." + chair, chair, Set.of("member", "delegate")));
        return new Hall(p.id(), session, ms, p.delegateIds(), presidium);
    }

    private static void checkIn(Http delegate, long congress) {
        Http.Reply r = delegate.post("/api/congresses/" + congress + "/check-ins/self", Json.createObjectBuilder().build());
        assertEquals(200, r.status(), r.toString());
    }

    private static long prepare(Http by, Hall h, String rule, String base, boolean changeable) {
        Http.Reply r = by.post(h.votes(), Json.createObjectBuilder().add("title", "Thông qua chương trình đại hội "
                        + World.suffix()).add("subject", "AGENDA").add("rule", rule).add("base", base)
                .add("changeable", changeable).build());
        assertEquals(201, r.status(), r.toString());
        assertEquals("PREPARED", r.json().getString("status"));
        return r.json().getJsonNumber("id").longValue();
    }

    private static JsonObject open(Http by, Hall h, long vote) {
        Http.Reply r = by.post(h.votes() + "/" + vote + "/opening", Json.createObjectBuilder().build());
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static JsonObject close(Http by, Hall h, long vote) {
        Http.Reply r = by.post(h.votes() + "/" + vote + "/closure", Json.createObjectBuilder().build());
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static Http.Reply vote(Http delegate, Hall h, long vote, String choice) {
        return delegate.send("PUT", h.votes() + "/" + vote + "/mine",
                Json.createObjectBuilder().add("choice", choice).build().toString(), "application/json");
    }

    @Test
    void fiftyConcurrentAttemptsBySameDelegateCountOnceWhetherChangeableOrNot() throws Exception {
        Hall h = hall(2);
        Http d = h.delegate(anonymous, 0);
        checkIn(d, h.congress());

        long fixed = prepare(h.presidium(), h, "MAJORITY", "PRESENT", false);
        open(h.presidium(), h, fixed);
        List<Integer> statuses = concurrently(50, i -> vote(d, h, fixed, i % 2 == 0 ? "AGREE" : "DISAGREE").status());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "exactly one accepted: " + statuses);
        assertEquals(49, statuses.stream().filter(s -> s == 409).count(), "the others refused: " + statuses);
        JsonObject r = close(h.presidium(), h, fixed).getJsonObject("figures");
        assertEquals(1, r.getInt("cast"), r.toString());
        assertEquals(1, r.getInt("agree") + r.getInt("disagree"));

        long changeable = prepare(h.presidium(), h, "MAJORITY", "PRESENT", true);
        open(h.presidium(), h, changeable);
        List<Integer> again = concurrently(50, i -> vote(d, h, changeable, i % 3 == 0 ? "ABSTAIN" : "AGREE").status());
        assertTrue(again.stream().allMatch(s -> s == 200), "a changeable vote takes every attempt as a change: " + again);
        JsonObject tally = h.presidium().get(h.votes() + "/" + changeable).json().getJsonObject("figures");
        assertEquals(1, tally.getInt("cast"), "one delegate, one vote: " + tally);
        JsonObject mine = d.get(h.votes() + "/" + changeable + "/mine").json();
        assertTrue(mine.getBoolean("mayVote"), "may still change it: " + mine);
        assertTrue(mine.getInt("changes") <= 49, mine.toString());
        JsonObject closed = close(h.presidium(), h, changeable).getJsonObject("figures");
        assertEquals(1, closed.getInt("cast"), closed.toString());
        assertEquals(1, closed.getInt("agree") + closed.getInt("abstain"));
    }

    @Test
    void onlyOfficialDelegatesPresentAtTheSessionVoteAndOnlyWhileOpen() {
        Hall h = hall(3);
        Http present = h.delegate(anonymous, 0);
        Http absent = h.delegate(anonymous, 1);
        checkIn(present, h.congress());
        long alternateMember = world.member("Dự Khuyết " + World.suffix(), world.cell("Chi bộ Dự khuyết"));
        new Congresses(officer).addDelegates(h.congress(), "ALTERNATE", "ELECTED", alternateMember);
        Http alternate = anonymous.as(Tokens.token("dk." + alternateMember, alternateMember, Set.of("member")));
        checkIn(alternate, h.congress());
        long outsider = world.member("Người Ngoài " + World.suffix(), world.cell("Chi bộ Ngoài"));
        Http stranger = anonymous.as(World.memberToken(outsider));

        long v = prepare(h.presidium(), h, "MAJORITY", "PRESENT", true);
        Http.Reply early = vote(present, h, v, "AGREE");
        assertEquals(409, early.status(), "not open yet: " + early);
        assertEquals(403, present.post(h.votes() + "/" + v + "/opening", Json.createObjectBuilder().build()).status(),
                "a delegate off the presidium does not open votes");
        open(h.presidium(), h, v);

        Http.Reply notPresent = vote(absent, h, v, "AGREE");
        assertEquals(409, notPresent.status(), notPresent.toString());
        assertTrue(notPresent.body().contains("chưa điểm danh"), notPresent.body());
        JsonObject why = absent.get(h.votes() + "/" + v + "/mine").json();
        assertFalse(why.getBoolean("mayVote"));
        assertEquals("notPresent", why.getString("refusal"));
        assertEquals(403, vote(alternate, h, v, "AGREE").status(), "alternates do not vote");
        assertEquals(403, vote(stranger, h, v, "AGREE").status(), "not on the list");
        assertEquals(403, vote(officer, h, v, "AGREE").status(), "the organising board runs votes, it does not vote");
        Http.Reply noChoice = present.send("PUT", h.votes() + "/" + v + "/mine", "{}", "application/json");
        assertEquals(400, noChoice.status(), noChoice.toString());

        assertEquals(200, vote(present, h, v, "DISAGREE").status());
        Http.Reply changed = vote(present, h, v, "AGREE");
        assertEquals(200, changed.status(), changed.toString());
        assertEquals("AGREE", changed.json().getString("choice"));
        assertEquals(1, changed.json().getInt("changes"));
        // Checking in late makes a delegate present: they may vote from then on.
        checkIn(absent, h.congress());
        assertEquals(200, vote(absent, h, v, "ABSTAIN").status());

        long other = prepare(h.presidium(), h, "MAJORITY", "PRESENT", false);
        Http.Reply second = h.presidium().post(h.votes() + "/" + other + "/opening", Json.createObjectBuilder().build());
        assertEquals(409, second.status(), "one vote open at a time: " + second);

        JsonObject result = close(h.presidium(), h, v).getJsonObject("figures");
        assertEquals(1, result.getInt("agree"));
        assertEquals(0, result.getInt("disagree"));
        assertEquals(1, result.getInt("abstain"));
        assertEquals(2, result.getInt("present"), "the alternate is not counted among the present: " + result);
        assertEquals(3, result.getInt("convened"));
        Http.Reply late = vote(present, h, v, "DISAGREE");
        assertEquals(409, late.status(), "closed: " + late);
        assertEquals(409, h.presidium().post(h.votes() + "/" + v + "/closure", Json.createObjectBuilder().build())
                .status(), "closed once");
        assertEquals("AGREE", present.get(h.votes() + "/" + v + "/mine").json().getString("choice"), "unchanged");
    }

    @Test
    void theResultNamesItsBaseAndWhetherItPassedUnderItsRule() {
        Hall h = hall(6);
        for (int i = 0; i < 5; i++) {
            checkIn(h.delegate(anonymous, i), h.congress());
        }
        // 6 convened, 5 present; 4 agree, 1 disagrees.
        String[] choices = {"AGREE", "AGREE", "AGREE", "AGREE", "DISAGREE"};

        long majorityPresent = prepare(officer, h, "MAJORITY", "PRESENT", false);
        JsonObject a = run(h, majorityPresent, choices);
        assertEquals("PRESENT", a.getString("base"));
        assertEquals(5, a.getInt("baseCount"));
        assertEquals(3, a.getInt("needed"));
        assertTrue(a.getBoolean("passed"), a.toString());

        long twoThirdsConvened = prepare(officer, h, "TWO_THIRDS", "CONVENED", false);
        JsonObject b = run(h, twoThirdsConvened, choices);
        assertEquals("CONVENED", b.getString("base"));
        assertEquals(6, b.getInt("baseCount"));
        assertEquals(4, b.getInt("needed"));
        assertTrue(b.getBoolean("passed"), "4 of 6 is two thirds: " + b);

        String[] split = {"AGREE", "AGREE", "AGREE", "DISAGREE", "ABSTAIN"};
        long majorityConvened = prepare(officer, h, "MAJORITY", "CONVENED", false);
        JsonObject c = run(h, majorityConvened, split);
        assertEquals(6, c.getInt("baseCount"));
        assertEquals(4, c.getInt("needed"));
        assertFalse(c.getBoolean("passed"), "3 of 6 convened is half, not more than half: " + c);
        long samePresent = prepare(officer, h, "MAJORITY", "PRESENT", false);
        assertTrue(run(h, samePresent, split).getBoolean("passed"), "3 of 5 present is more than half");

        Http.Reply list = h.delegate(anonymous, 0).get(h.votes());
        assertEquals(200, list.status());
        assertEquals(4, list.array().size());
        assertTrue(list.array().stream().allMatch(x -> x.asJsonObject().containsKey("figures")),
                "closed results are public: " + list);

        Http.Reply bad = officer.post(h.votes(), Json.createObjectBuilder().add("title", " ").build());
        assertEquals(400, bad.status(), bad.toString());
        assertTrue(bad.body().contains("subject") && bad.body().contains("title"), bad.body());
    }

    private JsonObject run(Hall h, long vote, String[] choices) {
        open(officer, h, vote);
        for (int i = 0; i < choices.length; i++) {
            Http.Reply r = vote(h.delegate(anonymous, i), h, vote, choices[i]);
            assertEquals(200, r.status(), r.toString());
        }
        return close(officer, h, vote).getJsonObject("figures");
    }

    @Test
    void theHallSeesTheOpenVoteWithoutItsTallyAndTheResultOnceClosed() {
        Hall h = hall(3);
        Http d = h.delegate(anonymous, 0);
        checkIn(d, h.congress());
        long v = prepare(h.presidium(), h, "MAJORITY", "PRESENT", false);
        long before = d.get("/api/congresses/" + h.congress() + "/live").json().getJsonNumber("version").longValue();
        open(h.presidium(), h, v);
        assertEquals(200, vote(d, h, v, "AGREE").status());

        JsonObject hall = d.get("/api/congresses/" + h.congress() + "/live").json();
        assertTrue(hall.getJsonNumber("version").longValue() > before, "opening counts as a change: " + hall);
        JsonObject hallVote = hall.getJsonObject("sections").getJsonObject("vote");
        assertEquals(v, hallVote.getJsonObject("open").getJsonNumber("id").longValue(), hallVote.toString());
        assertFalse(hallVote.getJsonObject("open").containsKey("figures"), "no tally for the hall while open");
        assertFalse(d.get(h.votes() + "/" + v).json().containsKey("figures"), "nor on the vote itself");

        JsonObject console = h.presidium().get("/api/congresses/" + h.congress() + "/live").json()
                .getJsonObject("sections").getJsonObject("vote");
        assertEquals(1, console.getJsonObject("open").getJsonObject("figures").getInt("agree"), console.toString());
        assertEquals(1, console.getJsonObject("open").getJsonObject("figures").getInt("present"));

        close(h.presidium(), h, v);
        JsonObject after = d.get("/api/congresses/" + h.congress() + "/live").json()
                .getJsonObject("sections").getJsonObject("vote");
        assertFalse(after.containsKey("open"), after.toString());
        JsonObject last = after.getJsonObject("last");
        assertEquals(v, last.getJsonNumber("id").longValue());
        assertEquals("CLOSED", last.getString("status"));
        assertEquals(1, last.getJsonObject("figures").getInt("agree"));
        assertTrue(last.getJsonObject("figures").getBoolean("passed"), "1 of 1 present");
        assertEquals("PRESENT", last.getJsonObject("figures").getString("base"));
    }

    @Test
    void aTabletsStreamShowsTheOpenedVoteAndTheResultWithinASecondOfTheClose() throws Exception {
        Hall h = hall(2);
        Http d = h.delegate(anonymous, 0);
        checkIn(d, h.congress());
        long v = prepare(h.presidium(), h, "TWO_THIRDS", "CONVENED", false);
        BlockingQueue<String> events = new ArrayBlockingQueue<>(100);
        long member = h.members().get(0);
        HttpRequest request = HttpRequest.newBuilder(base.toURI().resolve("api/congresses/" + h.congress() + "/live/stream"))
                .header("Authorization", "Bearer " + Tokens.token("daibieu." + member, member, Set.of("member", "delegate")))
                .header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> stream = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.startsWith("data:")) {
                        events.offer(line.substring(5).strip());
                    }
                }
            } catch (java.io.IOException e) {
                // closed at the end of the test
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            JsonObject first = voteOf(events.poll(5, TimeUnit.SECONDS));
            assertFalse(first.containsKey("open"), "nothing open yet: " + first);
            open(h.presidium(), h, v);
            // The state is sent whole: a repeat of the state before may come first, the new one within the second.
            JsonObject opened = voteUntil(events, x -> x.containsKey("open"));
            assertEquals(v, opened.getJsonObject("open").getJsonNumber("id").longValue(), opened.toString());
            assertFalse(opened.getJsonObject("open").containsKey("figures"), "the hall sees no tally");
            assertEquals(200, vote(d, h, v, "AGREE").status());
            close(h.presidium(), h, v);
            JsonObject closed = voteUntil(events, x -> !x.containsKey("open") && x.containsKey("last"));
            JsonObject figures = closed.getJsonObject("last").getJsonObject("figures");
            assertEquals(1, figures.getInt("agree"), closed.toString());
            assertEquals("CONVENED", figures.getString("base"));
            assertEquals(2, figures.getInt("baseCount"));
            assertEquals(2, figures.getInt("needed"), "two thirds of 2, rounded up");
            assertFalse(figures.getBoolean("passed"), "1 of 2 convened is not two thirds");
        } finally {
            stream.body().close();
        }
    }

    /** The vote section of the first event within one second that shows what is expected. */
    private static JsonObject voteUntil(BlockingQueue<String> events, java.util.function.Predicate<JsonObject> expected)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        JsonObject last = null;
        while (System.nanoTime() < deadline) {
            String data = events.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (data != null) {
                last = voteOf(data);
                if (expected.test(last)) {
                    return last;
                }
            }
        }
        throw new AssertionError("not within a second; last event: " + last);
    }

    private static JsonObject voteOf(String data) {
        assertTrue(data != null, "no event within the time allowed");
        return Json.createReader(new java.io.StringReader(data)).readObject().getJsonObject("sections")
                .getJsonObject("vote");
    }

    private interface Attempt {
        int call(int i) throws Exception;
    }

    /** Starts {@code n} attempts together (a latch releases them at once) and answers their outcomes. */
    private static List<Integer> concurrently(int n, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                futures.add(pool.submit(() -> {
                    go.await();
                    return attempt.call(k);
                }));
            }
            go.countDown();
            List<Integer> out = new ArrayList<>();
            for (Future<Integer> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
