package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Face check-in: descriptors enrolled only for delegates whose photo is on file with consent, validated as
 * exactly 128 finite numbers, handed only to the secretariat's kiosks, deleted when the congress is closed; and a
 * face match checks the delegate in with method FACE.
 */
class FaceCheckInIT extends ServerTest {

    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private Congresses congresses() {
        return new Congresses(officer);
    }

    @Test
    void aDescriptorIsExactly128FiniteNumbersInASaneRange() {
        long cell = world.cell("Chi bộ Khuôn mặt");
        long m = world.member("Hoàng Thị Diện " + World.suffix(), cell);
        long congress = congresses().create("Đại hội Khuôn mặt " + World.suffix());
        long id = congresses().addDelegates(congress, "OFFICIAL", "ELECTED", m).get(0);
        uploadPhoto(congress, id);
        String path = "/api/congresses/" + congress + "/delegates/" + id + "/face";

        Http.Reply short127 = put(path, descriptor(127, 0.01));
        assertEquals(400, short127.status(), short127.toString());
        assertTrue(short127.body().contains("128"), short127.body());
        JsonArrayBuilder nan = numbers(127, 0.01).add("NaN");
        assertEquals(400, put(path, Json.createObjectBuilder().add("descriptor", nan).build()).status(), "NaN");
        JsonArrayBuilder strings = Json.createArrayBuilder();
        for (int i = 0; i < 128; i++) {
            strings.add("0.1");
        }
        Http.Reply text = put(path, Json.createObjectBuilder().add("descriptor", strings).build());
        assertEquals(400, text.status(), text.toString());
        assertEquals("descriptor[0]", text.json().getJsonArray("errors").getJsonObject(0).getString("field"),
                text.toString());
        assertEquals(400, put(path, Json.createObjectBuilder().add("descriptor", numbers(127, 0.01).add(1e6))
                .build()).status(), "out of range");
        assertEquals(400, put(path, Json.createObjectBuilder().add("descriptor", numbers(127, 0.01).addNull())
                .build()).status(), "null");
        assertEquals(400, put(path, Json.createObjectBuilder().build()).status(), "no descriptor");
        assertEquals(0, faces(officer, congress).size(), "nothing stored by a refused descriptor");

        Http.Reply ok = put(path, descriptor(128, -0.125));
        assertEquals(204, ok.status(), ok.toString());
        assertEquals(1, faces(officer, congress).size());
    }

    @Test
    void noFaceForADelegateWithoutAPhotoOnFileWithConsent() {
        long cell = world.cell("Chi bộ Không ảnh");
        long m = world.member("Trịnh Văn Vắng " + World.suffix(), cell);
        long congress = congresses().create("Đại hội Không ảnh " + World.suffix());
        long id = congresses().addDelegates(congress, "OFFICIAL", "ELECTED", m).get(0);
        String path = "/api/congresses/" + congress + "/delegates/" + id + "/face";
        // The photo endpoint refuses a photo without consent, so no photo is stored either.
        assertEquals(400, rawPut("/api/congresses/" + congress + "/delegates/" + id + "/photo", PNG).status());

        Http.Reply refused = put(path, descriptor(128, 0.02));
        assertEquals(409, refused.status(), refused.toString());
        assertTrue(refused.body().contains("chưa có ảnh"), refused.body());
        assertEquals(404, put("/api/congresses/" + congress + "/delegates/987654321/face", descriptor(128, 0.02))
                .status(), "not a delegate of this congress");
        assertEquals(0, faces(officer, congress).size());
    }

    @Test
    void onlyTheSecretariatOfThisCongressGetsTheDescriptors() {
        long cell = world.cell("Chi bộ Ki-ốt");
        long clerk = world.member("Đinh Thị Thư Ký " + World.suffix(), cell);
        long plain = world.member("Mai Văn Đại " + World.suffix(), cell);
        long congress = congresses().create("Đại hội Ki-ốt " + World.suffix());
        List<Long> ids = congresses().addDelegates(congress, "OFFICIAL", "ELECTED", clerk, plain);
        congresses().appoint(congress, "SECRETARIAT", ids.get(0));
        Http.Reply seats = officer.send("PUT", "/api/congresses/" + congress + "/seats", Json.createObjectBuilder()
                .add("rows", Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", "B").add("seats", 9)))
                .build().toString(), "application/json");
        assertEquals(200, seats.status(), seats.toString());
        Http.Reply placed = officer.send("PUT", "/api/congresses/" + congress + "/delegates/" + ids.get(1)
                + "/placement", Json.createObjectBuilder().add("seatRow", "B").add("seatNumber", 4).build().toString(),
                "application/json");
        assertEquals(200, placed.status(), placed.toString());
        uploadPhoto(congress, ids.get(1));

        Http secretariat = anonymous.as(Tokens.token("thuky." + clerk, clerk, Set.of("member", "delegate")));
        Http.Reply enrolled = secretariat.send("PUT", "/api/congresses/" + congress + "/delegates/" + ids.get(1)
                + "/face", descriptor(128, 0.0625).toString(), "application/json");
        assertEquals(204, enrolled.status(), "the secretariat enrols too: " + enrolled);

        JsonArray listed = faces(secretariat, congress);
        assertEquals(1, listed.size(), listed.toString());
        JsonObject face = listed.getJsonObject(0);
        assertEquals(ids.get(1).longValue(), face.getJsonNumber("delegateId").longValue());
        assertTrue(face.getString("fullName").startsWith("Mai Văn Đại"), face.toString());
        assertEquals(placed.json().getString("seat"), face.getString("seat"));
        JsonArray values = face.getJsonArray("descriptor");
        assertEquals(128, values.size());
        assertEquals(0.0625, values.getJsonNumber(127).doubleValue(), 1e-6, "stored as float32 and read back");

        Http delegate = anonymous.as(Tokens.token("daibieu." + plain, plain, Set.of("member", "delegate")));
        assertEquals(403, delegate.get("/api/congresses/" + congress + "/faces").status(), "no body, no faces");
        assertEquals(403, delegate.send("PUT", "/api/congresses/" + congress + "/delegates/" + ids.get(1) + "/face",
                descriptor(128, 0.1).toString(), "application/json").status());
        long elsewhere = congresses().create("Đại hội Khác " + World.suffix());
        assertEquals(403, secretariat.get("/api/congresses/" + elsewhere + "/faces").status(),
                "the secretariat of one congress gets nothing of another");
        assertEquals(403, anonymous.as(world.secretaryOf(cell)).get("/api/congresses/" + congress + "/faces").status());
    }

    @Test
    void closingTheCongressDeletesItsFaces() {
        long cell = world.cell("Chi bộ Bế mạc");
        long a = world.member("Lương Thị Bế " + World.suffix(), cell);
        long b = world.member("Quách Văn Mạc " + World.suffix(), cell);
        long congress = congresses().create("Đại hội Bế mạc " + World.suffix());
        List<Long> ids = congresses().addDelegates(congress, "OFFICIAL", "ELECTED", a, b);
        long other = congresses().create("Đại hội Còn họp " + World.suffix());
        long otherId = congresses().addDelegates(other, "OFFICIAL", "ELECTED", a).get(0);
        for (long id : ids) {
            uploadPhoto(congress, id);
            assertEquals(204, put("/api/congresses/" + congress + "/delegates/" + id + "/face",
                    descriptor(128, 0.03)).status());
        }
        uploadPhoto(other, otherId);
        assertEquals(204, put("/api/congresses/" + other + "/delegates/" + otherId + "/face",
                descriptor(128, 0.04)).status());
        assertEquals(2, faces(officer, congress).size());

        Http.Reply closed = officer.post("/api/congresses/" + congress + "/closure", Json.createObjectBuilder().build());
        assertEquals(200, closed.status(), closed.toString());
        assertEquals(0, faces(officer, congress).size(), "the descriptors are gone with the congress");
        assertEquals(409, put("/api/congresses/" + congress + "/delegates/" + ids.get(0) + "/face",
                descriptor(128, 0.03)).status(), "no enrolment in a closed congress");
        assertEquals(1, faces(officer, other).size(), "another congress keeps its own");
    }

    @Test
    void aFaceMatchChecksInWithMethodFace() {
        long cell = world.cell("Chi bộ Nhận diện");
        long m = world.member("Tạ Thị Nhận " + World.suffix(), cell);
        long congress = congresses().create("Đại hội Nhận diện " + World.suffix());
        long id = congresses().addDelegates(congress, "OFFICIAL", "ELECTED", m).get(0);
        congresses().session(congress, "Phiên khai mạc", true);
        uploadPhoto(congress, id);

        Http.Reply in = officer.post("/api/congresses/" + congress + "/check-ins/desk",
                Json.createObjectBuilder().add("delegateId", id).add("method", "FACE").build());
        assertEquals(200, in.status(), in.toString());
        assertEquals("FACE", in.json().getString("method"));
        assertTrue(!in.json().getBoolean("alreadyCheckedIn"));
        assertTrue(in.json().getBoolean("hasPhoto"));
        Http.Reply again = officer.post("/api/congresses/" + congress + "/check-ins/desk",
                Json.createObjectBuilder().add("delegateId", id).add("method", "DESK").build());
        assertEquals(200, again.status(), again.toString());
        assertTrue(again.json().getBoolean("alreadyCheckedIn"));
        assertEquals("FACE", again.json().getString("method"), "the first check-in was recorded as FACE");
        assertEquals(1, officer.get("/api/congresses/" + congress + "/attendance").json().getInt("present"));
    }

    private JsonArray faces(Http who, long congress) {
        Http.Reply r = who.get("/api/congresses/" + congress + "/faces");
        assertEquals(200, r.status(), r.toString());
        return r.array();
    }

    private Http.Reply put(String path, JsonObject body) {
        return officer.send("PUT", path, body.toString(), "application/json");
    }

    private static JsonObject descriptor(int n, double value) {
        return Json.createObjectBuilder().add("descriptor", numbers(n, value)).build();
    }

    private static JsonArrayBuilder numbers(int n, double value) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (int i = 0; i < n; i++) {
            a.add(value);
        }
        return a;
    }

    private void uploadPhoto(long congress, long delegateId) {
        Http.Reply r = rawPut("/api/congresses/" + congress + "/delegates/" + delegateId + "/photo?consent=true", PNG);
        assertEquals(204, r.status(), r.toString());
    }

    /** The photo's bytes as they are (Http sends text, which would re-encode them). */
    private Http.Reply rawPut(String path, byte[] bytes) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI target = URI.create(base.toString().replaceAll("/?$", "/")).resolve(path.substring(1));
        HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + Tokens.officer()).header("Content-Type", "image/png")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Http.Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
