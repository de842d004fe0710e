package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * kill -9 in the middle of a voting round, on a server of the test's own ({@link OwnServer}): after the restart
 * every vote the server acknowledged is still counted, a delegate who was acknowledged cannot vote again, those
 * caught by the kill vote once more, and the closed result counts every delegate exactly once.
 */
class KillDuringVotingIT {

    private static final int DELEGATES = 60;

    private OwnServer own;

    @Test
    void everyAcknowledgedVoteSurvivesAndNothingCountsTwice() throws Exception {
        own = OwnServer.withDatabase("kill-vote-it");
        own.startServer();
        Http officer = new Http(own.app(), Tokens.officer());
        World world = new World(new Http(own.app(), null));
        long cell = world.cell("Chi bộ Biểu Quyết Sự Cố");
        long[] members = new long[DELEGATES];
        for (int i = 0; i < DELEGATES; i++) {
            members[i] = world.member("Lã Văn Phiếu " + World.suffix(), cell);
        }
        Congresses congresses = new Congresses(officer);
        long congress = congresses.create("Đại hội Sự Cố " + World.suffix());
        congresses.addDelegates(congress, "OFFICIAL", "ELECTED", members);
        congresses.session(congress, "Phiên chính thức", true);
        List<Http> delegates = new ArrayList<>();
        for (long m : members) {
            Http d = new Http(own.app(), Tokens.token("daibieu." + m, m, Set.of("member", "delegate")));
            assertEquals(200, d.post("/api/congresses/" + congress + "/check-ins/self", Json.createObjectBuilder().build()).status());
            delegates.add(d);
        }
        String votes = "/api/congresses/" + congress + "/votes";
        Http.Reply prepared = officer.post(votes, Json.createObjectBuilder().add("title", "Thông qua nghị quyết")
                .add("subject", "RESOLUTION").add("rule", "MAJORITY").add("base", "PRESENT").add("changeable", false).build());
        assertEquals(201, prepared.status(), prepared.toString());
        String vote = votes + "/" + prepared.json().getJsonNumber("id").longValue();
        assertEquals(200, officer.post(vote + "/opening", Json.createObjectBuilder().build()).status());

        // Six tablets vote one delegate after another; the server is killed once a third are acknowledged.
        Map<Integer, Integer> answered = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger acknowledged = new AtomicInteger();
        ExecutorService tablets = Executors.newFixedThreadPool(6);
        for (int t = 0; t < 6; t++) {
            tablets.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < DELEGATES; ) {
                    int status;
                    try {
                        status = cast(delegates.get(i), vote).status();
                    } catch (RuntimeException | AssertionError e) {
                        status = -1;
                    }
                    answered.put(i, status);
                    if (status == 200) {
                        acknowledged.incrementAndGet();
                    }
                }
            });
        }
        own.waitUntil(() -> acknowledged.get() >= DELEGATES / 3, 60, "a third of the votes are in");
        own.killServer();
        tablets.shutdown();
        assertTrue(tablets.awaitTermination(60, TimeUnit.SECONDS));
        own.startServer();

        int kept = 0;
        for (int i = 0; i < DELEGATES; i++) {
            boolean wasAcknowledged = answered.getOrDefault(i, -1) == 200;
            JsonObject mine = delegates.get(i).get(vote + "/mine").json();
            if (wasAcknowledged) {
                assertEquals("AGREE", mine.getString("choice", null), "acknowledged vote of delegate " + i + ": " + mine);
                Http.Reply again = cast(delegates.get(i), vote);
                assertEquals(409, again.status(), "an acknowledged delegate cannot vote twice: " + again);
                kept++;
            } else if (!mine.containsKey("choice")) {
                assertEquals(200, cast(delegates.get(i), vote).status(), "caught by the kill: votes now");
            }
        }
        assertTrue(kept >= DELEGATES / 3, "acknowledged before the kill: " + kept);
        JsonObject figures = officer.post(vote + "/closure", Json.createObjectBuilder().build()).json()
                .getJsonObject("figures");
        assertEquals(DELEGATES, figures.getInt("agree"), "every delegate counted once: " + figures);
        assertEquals(DELEGATES, figures.getInt("present"), figures.toString());
    }

    private static Http.Reply cast(Http delegate, String vote) {
        return delegate.send("PUT", vote + "/mine", "{\"choice\":\"AGREE\"}", "application/json");
    }

    @AfterEach
    void stopEverything() throws InterruptedException {
        if (own != null) {
            own.close();
        }
    }
}
