package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The ward's public page without signing in: only notices marked public, the open congress's public drafts,
 * classes their unit opened to enrolment; residents' requests limited per address and held until the class's
 * unit accepts (the resident becomes a learner) or rejects them.
 */
class WardPublicPageIT extends ServerTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void onlyNoticesMarkedPublicAreShown() {
        long cell = world.cell("Chi bộ Công khai");
        world.member("Phan Thị Đọc " + World.suffix(), cell);
        Http secretary = anonymous.as(world.secretaryOf(cell));
        String title = "Lịch tiếp công dân tháng này " + World.suffix();
        Http.Reply shown = officer.post("/api/notices", notice(cell, title, true));
        assertEquals(201, shown.status(), shown.toString());
        long publicId = shown.json().getJsonNumber("id").longValue();
        Http.Reply internal = officer.post("/api/notices", notice(cell, "Nội bộ chi bộ " + World.suffix(), false));
        long internalId = internal.json().getJsonNumber("id").longValue();
        assertEquals(403, secretary.post("/api/notices", notice(cell, "Bí thư công khai", true)).status(),
                "only officers put a notice on the public page");
        assertTrue(officer.get("/api/notices/" + publicId).json().getBoolean("publicNotice"));

        JsonObject page = anonymous.get("/api/public/ward").json();
        List<Long> ids = page.getJsonArray("notices").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue())
                .toList();
        assertTrue(ids.contains(publicId), page.toString());
        assertFalse(ids.contains(internalId), "a notice not marked public is never listed");
        assertFalse(page.getString("wardName").isEmpty());

        Http.Reply read = anonymous.get("/api/public/ward/notices/" + publicId);
        assertEquals(200, read.status(), read.toString());
        assertEquals(title, read.json().getString("title"));
        assertFalse(read.json().containsKey("recipientCount"), "nothing internal travels with it");
        assertEquals(404, anonymous.get("/api/public/ward/notices/" + internalId).status());
        assertEquals(404, officer.get("/api/public/ward/notices/" + internalId).status(), "not even for an officer there");
    }

    @Test
    void aResidentAsksToJoinAClassAndTheCellAcceptsThem() {
        long cell = world.cell("Chi bộ Học vụ số");
        Http secretary = anonymous.as(world.secretaryOf(cell));
        Http outsider = anonymous.as(world.secretaryOf(world.cell("Chi bộ Bên cạnh")));
        long classId = secretary.post("/api/classes", Json.createObjectBuilder().add("unitId", cell)
                .add("title", "Lớp VNeID cho người cao tuổi " + World.suffix())
                .add("skills", Json.createArrayBuilder().add("VNeID").add("Dịch vụ công trực tuyến"))
                .add("instructor", "Nguyễn Văn Dạy").add("place", "Nhà văn hóa khu phố 2").build())
                .json().getJsonNumber("id").longValue();
        String address = address();

        HttpResponse<String> closed = residentPost(address, ask(classId, "Trần Thị Dân", "0912 345 678"));
        assertEquals(404, closed.statusCode(), "a class not opened to the public does not exist for it");
        assertFalse(classIds().contains(classId));
        assertEquals(403, put(outsider, "/api/enrolment-requests/classes/" + classId, true).status());
        JsonObject opened = put(secretary, "/api/enrolment-requests/classes/" + classId, true).json();
        assertTrue(opened.getBoolean("open"), opened.toString());
        assertTrue(classIds().contains(classId));

        HttpResponse<String> sent = residentPost(address, ask(classId, "Trần Thị Dân", "+84 912 345 678"));
        assertEquals(202, sent.statusCode(), sent.body());
        assertEquals("PENDING", json(sent.body()).getString("state"));
        assertEquals(409, residentPost(address, ask(classId, "Trần Thị Dân", "0912.345.678")).statusCode(),
                "the same phone waiting already");
        HttpResponse<String> badPhone = residentPost(address, ask(classId, "Lê Văn Sai", "12345"));
        assertEquals(400, badPhone.statusCode(), badPhone.body());
        assertEquals(Map.of("phone", "skills.phone"), DossierApiIT.codes(json(badPhone.body())));
        HttpResponse<String> second = residentPost(address(), ask(classId, "Hoàng Văn Hai", "0987 654 321"));
        assertEquals(202, second.statusCode(), second.body());

        assertEquals(403, outsider.get("/api/enrolment-requests/classes/" + classId).status());
        assertEquals(403, anonymous.as(World.memberToken(world.member("Đảng Viên " + World.suffix(), cell)))
                .get("/api/enrolment-requests/classes/" + classId).status());
        JsonObject queue = secretary.get("/api/enrolment-requests/classes/" + classId).json();
        assertEquals(2, queue.getInt("pending"), queue.toString());
        JsonObject first = queue.getJsonArray("requests").getJsonObject(0);
        assertEquals("Trần Thị Dân", first.getString("fullName"));
        assertEquals("0912345678", first.getString("phone"), "stored in one form");
        long firstId = first.getJsonNumber("id").longValue();
        long secondId = queue.getJsonArray("requests").getJsonObject(1).getJsonNumber("id").longValue();

        assertEquals(403, outsider.post("/api/enrolment-requests/" + firstId + "/acceptance",
                JsonValue.EMPTY_JSON_OBJECT).status());
        Http.Reply accepted = secretary.post("/api/enrolment-requests/" + firstId + "/acceptance",
                JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(200, accepted.status(), accepted.toString());
        assertEquals("ACCEPTED", accepted.json().getString("state"));
        assertTrue(accepted.json().containsKey("learnerId"));
        var learners = secretary.get("/api/classes/" + classId).json().getJsonArray("learners");
        assertTrue(learners.stream().anyMatch(l -> l.asJsonObject().getString("fullName").equals("Trần Thị Dân")),
                learners.toString());
        assertEquals(409, secretary.post("/api/enrolment-requests/" + firstId + "/acceptance",
                JsonValue.EMPTY_JSON_OBJECT).status(), "decided once");

        assertEquals(Map.of("reason", "field.required"), DossierApiIT.codes(secretary.post("/api/enrolment-requests/"
                + secondId + "/rejection", JsonValue.EMPTY_JSON_OBJECT).json()));
        Http.Reply rejected = secretary.post("/api/enrolment-requests/" + secondId + "/rejection",
                World.obj("reason", "Lớp đã đủ học viên; mời đăng ký lớp sau"));
        assertEquals("REJECTED", rejected.json().getString("state"), rejected.toString());
        assertEquals(0, secretary.get("/api/enrolment-requests/classes/" + classId).json().getInt("pending"));

        assertFalse(put(secretary, "/api/enrolment-requests/classes/" + classId, false).json().getBoolean("open"));
        assertFalse(classIds().contains(classId), "closed: gone from the public page");
        assertTrue(officer.get("/api/audit?size=30").body().contains("ENROLMENT_ACCEPTED"));
    }

    @Test
    void requestsAreLimitedPerAddress() {
        String address = address();
        int limited = 0;
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> r = residentPost(address, ask(999_999_999L, "Ngô Văn Thử", "0912 000 00" + i));
            if (r.statusCode() == 429) {
                limited++;
                assertTrue(r.headers().firstValue("Retry-After").isPresent());
            } else {
                assertEquals(404, r.statusCode(), r.body());
            }
        }
        assertEquals(1, limited, "five in ten minutes, the sixth refused");
    }

    @Test
    void theOpenCongressPublicDraftsAreLinked() {
        long cell = world.cell("Chi bộ Đại hội công khai");
        long member = world.member("Vũ Thị Dự " + World.suffix(), cell);
        Congresses congresses = new Congresses(officer);
        long congress = congresses.prepare(member).id();
        Http.Reply draft = officer.post("/api/congresses/" + congress + "/documents", Json.createObjectBuilder()
                .add("title", "Dự thảo Báo cáo chính trị " + World.suffix()).add("kind", "DRAFT")
                .add("publicDraft", true).add("html", "<p>Đẩy mạnh chuyển đổi số.</p>").build());
        assertEquals(201, draft.status(), draft.toString());
        Http.Reply internal = officer.post("/api/congresses/" + congress + "/documents", Json.createObjectBuilder()
                .add("title", "Dự thảo nội bộ " + World.suffix()).add("kind", "DRAFT")
                .add("publicDraft", false).add("html", "<p>Nội bộ.</p>").build());
        long internalId = internal.json().getJsonNumber("id").longValue();

        JsonObject linked = anonymous.get("/api/public/ward").json().getJsonArray("congresses").stream()
                .map(JsonValue::asJsonObject).filter(c -> c.getJsonNumber("id").longValue() == congress)
                .findFirst().orElseThrow();
        var drafts = linked.getJsonArray("drafts").stream().map(d -> d.asJsonObject().getJsonNumber("id").longValue())
                .toList();
        assertEquals(List.of(draft.json().getJsonNumber("id").longValue()), drafts);
        assertFalse(drafts.contains(internalId));
    }

    // ---------------------------------------------------------------- helpers

    private List<Long> classIds() {
        return anonymous.get("/api/public/ward").json().getJsonArray("classes").stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static JsonObject notice(long cell, String title, boolean isPublic) {
        return Json.createObjectBuilder().add("title", title).add("body", "Ủy ban phường tiếp công dân sáng thứ Năm.")
                .add("cellIds", Json.createArrayBuilder().add(cell)).add("publicNotice", isPublic).build();
    }

    private static JsonObject ask(long classId, String name, String phone) {
        return Json.createObjectBuilder().add("classId", classId).add("fullName", name).add("phone", phone)
                .add("neighbourhood", "Khu phố 2").build();
    }

    private static Http.Reply put(Http as, String path, boolean open) {
        return as.send("PUT", path, Json.createObjectBuilder().add("open", open).build().toString(), "application/json");
    }

    /** Each test its own client address (the server believes X-Forwarded-For from a local proxy). */
    private static String address() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "198.19." + r.nextInt(1, 255) + "." + r.nextInt(1, 255);
    }

    private HttpResponse<String> residentPost(String address, JsonObject body) {
        URI target = URI.create(base.toString().replaceAll("/?$", "/")).resolve("api/public/ward/enrolments");
        HttpRequest req = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        try {
            return CLIENT.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(String body) {
        try (var r = Json.createReader(new StringReader(body))) {
            return r.readObject();
        }
    }
}
