package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Congress preparation and check-in: who may be a delegate, the signed card codes (forgery and replay), check-in
 * per session and its idempotence, congress-scoped roles, and the live attendance board.
 */
class CongressApiIT extends ServerTest {

    private Congresses congresses() {
        return new Congresses(officer);
    }

    @Test
    void onlyFullMembersBecomeDelegatesOnceEachAndAllOrNone() {
        long cell = world.cell("Chi bộ Đại hội");
        long full = world.member("Trần Văn Chính " + World.suffix(), cell);
        Http.Reply created = officer.post("/api/members", world.memberFields("Lê Thị Dự " + World.suffix(), cell)
                .add("status", "PROBATIONARY").remove("fullMembershipDate").build());
        assertEquals(201, created.status(), created.toString());
        long probationary = created.json().getJsonNumber("id").longValue();
        long congress = congresses().create("Đại hội Chọn đại biểu " + World.suffix());

        Http.Reply refused = officer.post("/api/congresses/" + congress + "/delegates", Json.createObjectBuilder()
                .add("memberIds", Json.createArrayBuilder().add(full).add(probationary).add(987654321L))
                .add("kind", "OFFICIAL").add("basis", "ELECTED").build());
        assertEquals(400, refused.status(), refused.toString());
        List<String> fields = refused.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList();
        assertEquals(List.of("memberIds[1]", "memberIds[2]"), fields, refused.toString());
        assertTrue(refused.body().contains("không phải đảng viên chính thức"), refused.body());
        assertEquals(0, officer.get("/api/congresses/" + congress + "/delegates").array().size(), "none added");

        congresses().addDelegates(congress, "OFFICIAL", "ELECTED", full);
        Http.Reply twice = officer.post("/api/congresses/" + congress + "/delegates", Json.createObjectBuilder()
                .add("memberIds", Json.createArrayBuilder().add(full)).add("kind", "ALTERNATE").add("basis", "APPOINTED")
                .build());
        assertEquals(400, twice.status(), twice.toString());
        assertTrue(twice.body().contains("đã có tên"), twice.body());

        Http.Reply guest = officer.post("/api/congresses/" + congress + "/guests", Json.createObjectBuilder()
                .add("fullName", "Nguyễn Khách Mời").add("office", "Mặt trận Tổ quốc phường").build());
        assertEquals(201, guest.status(), guest.toString());
        assertEquals("GUEST", guest.json().getString("kind"));
        JsonObject delegate = officer.get("/api/congresses/" + congress + "/delegates").array().stream()
                .map(v -> v.asJsonObject()).filter(d -> d.getString("kind").equals("OFFICIAL")).findFirst().orElseThrow();
        assertTrue(delegate.getString("delegation").startsWith("Chi bộ Đại hội"), "defaults to the cell: " + delegate);
        assertEquals("ELECTED", delegate.getString("basis"));

        Http.Reply bySecretary = anonymous.as(world.secretaryOf(cell)).post("/api/congresses/" + congress + "/guests",
                Json.createObjectBuilder().add("fullName", "Khách Khác").build());
        assertEquals(403, bySecretary.status(), bySecretary.toString());
    }

    @Test
    void theCardChecksInOncePerSessionAndForgedOrReissuedCardsAreRefused() {
        long cell = world.cell("Chi bộ Thẻ");
        long a = world.member("Phạm Thị An " + World.suffix(), cell);
        long b = world.member("Võ Văn Bình " + World.suffix(), cell);
        long congress = congresses().create("Đại hội Thẻ " + World.suffix());
        List<Long> ids = congresses().addDelegates(congress, "OFFICIAL", "ELECTED", a, b);
        String path = "/api/congresses/" + congress + "/check-ins/card";
        String tokenA = congresses().cardToken(congress, ids.get(0));

        Http.Reply closed = officer.post(path, Json.createObjectBuilder().add("token", tokenA).build());
        assertEquals(409, closed.status(), "no session open for check-in: " + closed);

        long first = congresses().session(congress, "Phiên trù bị", true);
        Http.Reply in = officer.post(path, Json.createObjectBuilder().add("token", tokenA).build());
        assertEquals(200, in.status(), in.toString());
        assertFalse(in.json().getBoolean("alreadyCheckedIn"));
        assertEquals("CARD", in.json().getString("method"));
        assertTrue(in.json().getString("fullName").startsWith("Phạm Thị An"));

        Http.Reply again = officer.post(path, Json.createObjectBuilder().add("token", tokenA).build());
        assertEquals(200, again.status(), again.toString());
        assertTrue(again.json().getBoolean("alreadyCheckedIn"), "a replayed card is not counted twice");
        assertEquals(in.json().getString("checkedInAt"), again.json().getString("checkedInAt"));

        // The signature of A's card under B's number: altered.
        String signature = tokenA.substring(tokenA.lastIndexOf('.') + 1);
        String altered = "DH1." + congress + "." + ids.get(1) + ".1." + signature;
        assertRefused(officer.post(path, Json.createObjectBuilder().add("token", altered).build()), "giả mạo");
        assertRefused(officer.post(path, Json.createObjectBuilder().add("token", "12345").build()), "không phải thẻ");
        // A genuine card of another congress.
        long other = congresses().create("Đại hội Khác " + World.suffix());
        List<Long> otherIds = congresses().addDelegates(other, "OFFICIAL", "ELECTED", b);
        String foreign = congresses().cardToken(other, otherIds.get(0));
        assertRefused(officer.post(path, Json.createObjectBuilder().add("token", foreign).build()), "đại hội khác");
        // Reissued: the old card stops working, the new one works.
        String oldB = congresses().cardToken(congress, ids.get(1));
        assertEquals(200, officer.post("/api/congresses/" + congress + "/delegates/" + ids.get(1) + "/card-reissue",
                Json.createObjectBuilder().build()).status());
        assertRefused(officer.post(path, Json.createObjectBuilder().add("token", oldB).build()), "cấp lại");
        String newB = congresses().cardToken(congress, ids.get(1));
        assertEquals(200, officer.post(path, Json.createObjectBuilder().add("token", newB).build()).status());

        JsonObject board = officer.get("/api/congresses/" + congress + "/attendance").json();
        assertEquals(2, board.getInt("convened"));
        assertEquals(2, board.getInt("present"));
        assertEquals(first, board.getJsonNumber("sessionId").longValue());
        assertTrue(board.getBoolean("quorumReached"));

        // The next session counts afresh; the first keeps its figures.
        long second = congresses().session(congress, "Phiên chính thức thứ nhất", true);
        assertEquals(0, officer.get("/api/congresses/" + congress + "/attendance").json().getInt("present"));
        Http.Reply inSecond = officer.post(path, Json.createObjectBuilder().add("token", tokenA).build());
        assertFalse(inSecond.json().getBoolean("alreadyCheckedIn"), "a new session: " + inSecond);
        assertEquals(second, inSecond.json().getJsonNumber("sessionId").longValue());
        JsonObject secondBoard = officer.get("/api/congresses/" + congress + "/attendance?sessionId=" + second).json();
        assertEquals(1, secondBoard.getInt("present"));
        assertEquals(2, secondBoard.getInt("quorumNeeded"), "two thirds of 2, rounded up");
        assertFalse(secondBoard.getBoolean("quorumReached"));
        assertEquals(2, officer.get("/api/congresses/" + congress + "/attendance?sessionId=" + first).json()
                .getInt("present"));
    }

    private static void assertRefused(Http.Reply r, String words) {
        assertEquals(400, r.status(), r.toString());
        assertEquals("token", r.json().getJsonArray("errors").getJsonObject(0).getString("field"), r.toString());
        assertTrue(r.body().contains(words), "expected '" + words + "' in " + r.body());
    }

    @Test
    void bodiesGiveTheirConsolesInTheirOwnCongressOnly() {
        long cell = world.cell("Chi bộ Tiểu ban");
        long clerk = world.member("Đỗ Thị Thư " + World.suffix(), cell);
        long plain = world.member("Bùi Văn Thường " + World.suffix(), cell);
        long congress = congresses().create("Đại hội Tiểu ban " + World.suffix());
        List<Long> ids = congresses().addDelegates(congress, "OFFICIAL", "ELECTED", clerk, plain);
        congresses().appoint(congress, "SECRETARIAT", ids.get(0));
        long elsewhere = congresses().create("Đại hội Nơi khác " + World.suffix());
        List<Long> elsewhereIds = congresses().addDelegates(elsewhere, "OFFICIAL", "ELECTED", plain);
        congresses().session(congress, "Phiên 1", true);
        congresses().session(elsewhere, "Phiên 1", true);

        Http secretariat = anonymous.as(Tokens.token("thuky." + clerk, clerk, Set.of("member", "delegate")));
        JsonObject mine = secretariat.get("/api/congresses/" + congress).json();
        assertEquals(List.of("SECRETARIAT"), mine.getJsonArray("myBodies").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(ids.get(0).longValue(), mine.getJsonNumber("myDelegateId").longValue());
        Http.Reply desk = secretariat.post("/api/congresses/" + congress + "/check-ins/desk",
                Json.createObjectBuilder().add("delegateId", ids.get(1)).build());
        assertEquals(200, desk.status(), desk.toString());
        assertEquals("DESK", desk.json().getString("method"));
        String search = "/api/congresses/" + congress + "/delegates/search?q=" + "bui van thuong".replace(" ", "%20");
        assertEquals(1, secretariat.get(search).array().size(), "the search ignores diacritics");

        assertEquals(403, secretariat.get("/api/congresses/" + elsewhere).status(), "not on that congress's list");
        assertEquals(403, secretariat.post("/api/congresses/" + elsewhere + "/check-ins/desk",
                Json.createObjectBuilder().add("delegateId", elsewhereIds.get(0)).build()).status());
        Http delegate = anonymous.as(Tokens.token("daibieu." + plain, plain, Set.of("member", "delegate")));
        assertEquals(403, delegate.post("/api/congresses/" + congress + "/check-ins/desk",
                Json.createObjectBuilder().add("delegateId", ids.get(0)).build()).status(), "no body, no desk");
        Http.Reply self = delegate.post("/api/congresses/" + elsewhere + "/check-ins/self", Json.createObjectBuilder().build());
        assertEquals(200, self.status(), self.toString());
        assertEquals("SELF", self.json().getString("method"));
        assertEquals(self.json().getString("checkedInAt"),
                delegate.get("/api/congresses/" + elsewhere).json().getString("myCheckedInAt"),
                "the congress page tells the delegate they are already checked in");
        assertEquals(desk.json().getString("checkedInAt"),
                delegate.get("/api/congresses/" + congress).json().getString("myCheckedInAt"), "checked in at the desk");
        assertFalse(secretariat.get("/api/congresses/" + congress).json().containsKey("myCheckedInAt"),
                "the secretariat member has not checked in");
        assertEquals(2, delegate.get("/api/congresses").array().size(), "the delegate's two congresses");
    }

    @Test
    void theAttendanceBoardStreamsEachCheckInWithinASecond() throws Exception {
        long cell = world.cell("Chi bộ Bảng");
        long a = world.member("Hồ Thị Bảng " + World.suffix(), cell);
        long b = world.member("Mai Văn Điểm " + World.suffix(), cell);
        long c = world.member("Tạ Văn Cúc " + World.suffix(), cell);
        long congress = congresses().create("Đại hội Bảng " + World.suffix());
        List<Long> ids = congresses().addDelegates(congress, "OFFICIAL", "ELECTED", a, b, c);
        congresses().session(congress, "Phiên 1", true);

        BlockingQueue<String> events = new ArrayBlockingQueue<>(50);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String watcher = Tokens.token("daibieu." + a, a, Set.of("member", "delegate"));
        HttpRequest request = HttpRequest.newBuilder(base.toURI().resolve(
                        "api/congresses/" + congress + "/attendance/stream"))
                .header("Authorization", "Bearer " + watcher).header("Accept", "text/event-stream").build();
        HttpResponse<java.io.InputStream> stream = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode(), () -> request.uri() + ": " + readAll(stream.body()));
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.startsWith("data:")) {
                        events.offer(line.substring(5).strip());
                    }
                }
            } catch (java.io.IOException e) {
                // the stream was closed at the end of the test
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            JsonObject initial = parse(events.poll(5, TimeUnit.SECONDS));
            assertEquals(0, initial.getInt("present"));
            assertEquals(3, initial.getInt("convened"));
            for (int i = 0; i < 2; i++) {
                long sent = System.nanoTime();
                Http.Reply in = officer.post("/api/congresses/" + congress + "/check-ins/desk",
                        Json.createObjectBuilder().add("delegateId", ids.get(i)).build());
                assertEquals(200, in.status(), in.toString());
                JsonObject pushed = parse(events.poll(1, TimeUnit.SECONDS));
                long ms = (System.nanoTime() - sent) / 1_000_000;
                assertEquals(i + 1, pushed.getInt("present"), "pushed after " + ms + " ms");
                assertEquals(i + 1 >= 2, pushed.getBoolean("quorumReached"));
            }
        } finally {
            stream.body().close();
        }
        Http.Reply outsider = anonymous.as(World.memberToken(world.member("Người Ngoài " + World.suffix(), cell)))
                .get("/api/congresses/" + congress + "/attendance/stream");
        assertEquals(403, outsider.status(), "refused before the stream opens: " + outsider);
    }

    private static String readAll(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private static JsonObject parse(String data) {
        assertTrue(data != null, "no event within the time allowed");
        return Json.createReader(new java.io.StringReader(data)).readObject();
    }

    @Test
    void aPhotoNeedsConsentAndMustBeAnImage() {
        long cell = world.cell("Chi bộ Ảnh");
        long m = world.member("Lý Thị Ảnh " + World.suffix(), cell);
        long congress = congresses().create("Đại hội Ảnh " + World.suffix());
        long id = congresses().addDelegates(congress, "OFFICIAL", "APPOINTED", m).get(0);
        String path = "/api/congresses/" + congress + "/delegates/" + id + "/photo";
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        Http.Reply noConsent = officer.send("PUT", path, new String(png, StandardCharsets.ISO_8859_1), "image/png");
        assertEquals(400, noConsent.status(), noConsent.toString());
        assertTrue(noConsent.body().contains("đồng ý"), noConsent.body());
        Http.Reply notImage = officer.send("PUT", path + "?consent=true", "not a photo", "image/png");
        assertEquals(400, notImage.status(), notImage.toString());
        assertFalse(officer.get("/api/congresses/" + congress + "/delegates").array().getJsonObject(0)
                .getBoolean("hasPhoto"));
    }
}
