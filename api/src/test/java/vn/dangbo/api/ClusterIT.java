package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two Payara Micro instances on one database, joined in Payara's data grid (Hazelcast) on loopback, behind a
 * local nginx ({@link OwnServer#cluster}): a screen following one instance sees what is done through the other,
 * and killing one instance in the middle of a stream of writes loses none that was acknowledged; nginx sends
 * the rest to the survivor.
 */
class ClusterIT {

    private static final int DELEGATES = 14;

    private OwnServer cluster;

    @Test
    void aScreenOnOneInstanceSeesTheOtherAndLosingOneLosesNoAcknowledgedWrite() throws Exception {
        cluster = OwnServer.cluster("cluster-it", 2);
        cluster.startServer(0);
        cluster.startServer(1);
        URI proxy = cluster.startProxy();
        cluster.waitUntil(() -> cluster.serverLog(0).contains("DG Size: 2")
                || cluster.serverLog(1).contains("DG Size: 2"), 90, "the two instances form one data grid");

        Http viaProxy = new Http(proxy.resolve("ward/").toURL(), Tokens.officer());
        Http viaSecond = new Http(cluster.root(1).resolve("ward/").toURL(), Tokens.officer());
        World world = new World(viaProxy.as(null));
        long cell = world.cell("Chi bộ Cụm Máy");
        long[] members = new long[DELEGATES];
        for (int i = 0; i < DELEGATES; i++) {
            members[i] = world.member("Đỗ Văn Cụm " + World.suffix(), cell);
        }
        Congresses congresses = new Congresses(viaProxy);
        long congress = congresses.create("Đại hội Cụm " + World.suffix());
        List<Long> delegates = congresses.addDelegates(congress, "OFFICIAL", "ELECTED", members);
        congresses.session(congress, "Phiên 1", true);

        // The board followed on the first instance counts a check-in taken by the second.
        String watcher = Tokens.token("daibieu." + members[0], members[0], Set.of("member", "delegate"));
        try (EventStream board = EventStream.open(
                cluster.root(0).resolve("ward/api/congresses/" + congress + "/attendance/stream"), watcher, null)) {
            assertEquals(0, board.next(10).data().getInt("present"));
            assertEquals(200, deskCheckIn(viaSecond, congress, delegates.get(0)).status());
            board.until(b -> b.getInt("present") == 1, 5);
        }

        // Writes through nginx, one instance killed after the third: every acknowledged one is kept.
        List<Long> acknowledged = new ArrayList<>();
        int refused = 0;
        for (int i = 1; i < DELEGATES; i++) {
            if (i == 4) {
                cluster.killServer(0);
            }
            Http.Reply r = deskCheckIn(viaProxy, congress, delegates.get(i));
            if (r.status() == 200) {
                acknowledged.add(delegates.get(i));
            } else {
                refused++;
                assertTrue(r.status() == 502 || r.status() == 503 || r.status() == 504, r.toString());
            }
            Thread.sleep(100);
        }
        assertTrue(acknowledged.size() >= DELEGATES - 3, "nginx sends the writes to the survivor; refused: " + refused);
        for (long d : acknowledged) {
            Http.Reply again = deskCheckIn(viaSecond, congress, d);
            assertEquals(200, again.status(), again.toString());
            assertTrue(again.json().getBoolean("alreadyCheckedIn"), "acknowledged check-in of " + d + " is kept");
        }
        int present = viaSecond.get("/api/congresses/" + congress + "/attendance").json().getInt("present");
        assertTrue(present >= 1 + acknowledged.size() && present <= DELEGATES, "present " + present);
        assertEquals(200, viaProxy.get("/api/congresses/" + congress).status(), "the survivor serves the rest");
        assertEquals(-1, OwnServer.status(cluster.root(0).resolve("health/ready")), "the first instance is gone");
    }

    private static Http.Reply deskCheckIn(Http http, long congress, long delegate) {
        return http.post("/api/congresses/" + congress + "/check-ins/desk",
                Json.createObjectBuilder().add("delegateId", delegate).add("method", "DESK").build());
    }

    @AfterEach
    void stopEverything() throws InterruptedException {
        if (cluster != null) {
            cluster.close();
        }
    }
}
