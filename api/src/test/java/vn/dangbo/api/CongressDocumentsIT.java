package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * Congress documents and comments: drafts cut into paragraphs, delegates' comments with suggested fields,
 * residents' comments from the public page (no sign-in) held for moderation, limited per address and kept as
 * inert text, counts by field and the report for the drafting team.
 */
class CongressDocumentsIT extends ServerTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final String DRAFT_HTML = "<h2>Phần thứ nhất</h2>"
            + "<p onclick=\"steal()\">Đánh giá kết quả thực hiện nghị quyết nhiệm kỳ 2020-2025.<script>alert(1)</script></p>"
            + "<p>Đẩy mạnh <b>chuyển đổi số</b>, dịch vụ công trực tuyến cho người dân.</p>"
            + "<p>Giữ vững an ninh, trật tự trên địa bàn.</p>";

    /** A congress with a plain delegate and a delegate on the secretariat, both signed in. */
    private record Setup(long congress, Http delegate, Http secretariat, Http presidium) {
    }

    private Setup setup() {
        long cell = world.cell("Chi bộ Văn kiện");
        long plain = world.member("Đỗ Văn Góp " + World.suffix(), cell);
        long clerk = world.member("Lý Thị Thư " + World.suffix(), cell);
        long chair = world.member("Hà Văn Chủ " + World.suffix(), cell);
        Congresses congresses = new Congresses(officer);
        Congresses.Prepared p = congresses.prepare(plain, clerk, chair);
        congresses.appoint(p.id(), "SECRETARIAT", p.delegateIds().get(1));
        return new Setup(p.id(),
                anonymous.as(Tokens.token("daibieu." + plain, plain, Set.of("member", "delegate"))),
                anonymous.as(Tokens.token("thuky." + clerk, clerk, Set.of("member", "delegate"))),
                anonymous.as(Tokens.token("chutich." + chair, chair, Set.of("member", "delegate"))));
    }

    private long publish(Http as, long congress, String kind, boolean isPublic) {
        Http.Reply r = as.post("/api/congresses/" + congress + "/documents", Json.createObjectBuilder()
                .add("title", "Dự thảo Báo cáo chính trị " + World.suffix()).add("kind", kind)
                .add("publicDraft", isPublic).add("html", DRAFT_HTML).build());
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    private long fieldId(Http as, long congress, String name) {
        return as.get("/api/congresses/" + congress + "/comments/fields").array().stream()
                .map(v -> v.asJsonObject()).filter(f -> f.getString("name").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no field " + name))
                .getJsonNumber("id").longValue();
    }

    private static long count(JsonObject counts, String field) {
        return counts.getJsonArray("fields").stream().map(v -> v.asJsonObject())
                .filter(f -> f.getString("name").equals(field)).findFirst().orElseThrow()
                .getJsonNumber("comments").longValue();
    }

    /** Each test its own client address (the server believes X-Forwarded-For from a local proxy). */
    private static String address() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "198.18." + r.nextInt(1, 255) + "." + r.nextInt(1, 255);
    }

    private HttpResponse<String> residentPost(String address, long congress, JsonObject body) {
        URI target = URI.create(base.toString().replaceAll("/?$", "/")).resolve("api/public/congresses/" + congress + "/comments");
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

    private static JsonObjectBuilder resident(long document, String text) {
        return Json.createObjectBuilder().add("documentId", document).add("paragraph", 3)
                .add("name", "Nguyễn Thị Dân").add("neighbourhood", "Khu phố 3").add("text", text);
    }

    private static JsonObject json(String body) {
        try (var r = Json.createReader(new StringReader(body))) {
            return r.readObject();
        }
    }

    @Test
    void aDelegateCommentsOnParagraphTwoInTheSuggestedField() {
        Setup s = setup();
        String base = "/api/congresses/" + s.congress();
        // The presidium is not the secretariat: it reads, it does not publish.
        Http.Reply byPresidium = s.presidium().post(base + "/documents", Json.createObjectBuilder()
                .add("title", "Không được").add("kind", "DRAFT").add("text", "Một đoạn.").build());
        assertEquals(403, byPresidium.status(), byPresidium.toString());
        long draft = publish(s.secretariat(), s.congress(), "DRAFT", false);

        JsonObject doc = s.delegate().get(base + "/documents/" + draft).json();
        JsonArray paragraphs = doc.getJsonArray("paragraphs");
        assertEquals(4, paragraphs.size(), doc.toString());
        assertEquals("<h2>Phần thứ nhất</h2>", paragraphs.getJsonObject(0).getString("html"));
        String second = paragraphs.getJsonObject(1).getString("html");
        assertFalse(second.contains("script") || second.contains("onclick"), "cleaned: " + second);
        assertEquals(2, paragraphs.getJsonObject(1).getInt("number"));
        assertEquals(1, s.delegate().get(base + "/documents").array().size());
        Http.Reply outsider = anonymous.as(World.memberToken(world.member("Người Ngoài " + World.suffix(),
                world.cell("Chi bộ Ngoài")))).get(base + "/documents/" + draft);
        assertEquals(403, outsider.status(), outsider.toString());

        String text = "Đề nghị bổ sung chỉ tiêu về chuyen doi so và dữ liệu dân cư.";
        long digital = fieldId(s.delegate(), s.congress(), "Chuyển đổi số");
        JsonArray suggested = s.delegate().post(base + "/comments/suggestion", Json.createObjectBuilder()
                .add("text", text).build()).json().getJsonArray("fieldIds");
        assertEquals(digital, suggested.getJsonNumber(0).longValue(), "without diacritics too: " + suggested);

        Http.Reply comment = s.delegate().post(base + "/documents/" + draft + "/comments", Json.createObjectBuilder()
                .add("paragraph", 2).add("text", text).add("fieldIds", Json.createArrayBuilder().add(digital)).build());
        assertEquals(201, comment.status(), comment.toString());
        assertEquals("APPROVED", comment.json().getString("status"), "a delegate's comment is published at once");
        assertEquals(2, comment.json().getInt("paragraph"));
        assertTrue(comment.json().getString("author").startsWith("Đỗ Văn Góp"));
        assertFalse(comment.json().getBoolean("fieldsConfirmed"));

        Http.Reply wrongParagraph = s.delegate().post(base + "/documents/" + draft + "/comments",
                Json.createObjectBuilder().add("paragraph", 9).add("text", "Ý kiến").build());
        assertEquals(400, wrongParagraph.status(), wrongParagraph.toString());
        assertEquals("paragraph", wrongParagraph.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        long fin = publish(s.secretariat(), s.congress(), "FINAL", true);
        Http.Reply onFinal = s.delegate().post(base + "/documents/" + fin + "/comments",
                Json.createObjectBuilder().add("text", "Muộn rồi").build());
        assertEquals(409, onFinal.status(), "a final text takes no comments: " + onFinal);

        JsonObject counts = s.presidium().get(base + "/comments/counts?documentId=" + draft).json();
        assertEquals(1, count(counts, "Chuyển đổi số"), counts.toString());
        assertEquals(0, count(counts, "Kinh tế"));

        // The secretariat confirms another field: the count moves.
        long economy = fieldId(s.secretariat(), s.congress(), "Kinh tế");
        long commentId = comment.json().getJsonNumber("id").longValue();
        Http.Reply notYours = s.delegate().post(base + "/comments/" + commentId + "/review",
                Json.createObjectBuilder().add("decision", "APPROVE").build());
        assertEquals(403, notYours.status(), notYours.toString());
        Http.Reply confirmed = s.secretariat().post(base + "/comments/" + commentId + "/review", Json.createObjectBuilder()
                .add("decision", "APPROVE").add("fieldIds", Json.createArrayBuilder().add(digital).add(economy)).build());
        assertEquals(200, confirmed.status(), confirmed.toString());
        assertTrue(confirmed.json().getBoolean("fieldsConfirmed"));
        Http.Reply reject = s.secretariat().post(base + "/comments/" + commentId + "/review",
                Json.createObjectBuilder().add("decision", "REJECT").build());
        assertEquals(409, reject.status(), "a delegate's comment is never hidden: " + reject);
        counts = s.delegate().get(base + "/comments/counts").json();
        assertEquals(1, count(counts, "Kinh tế"), counts.toString());
        assertEquals(1, count(counts, "Chuyển đổi số"));
        assertEquals(1, counts.getInt("approved"));

        // The secretariat adds a field of its own; the rule suggests it from then on.
        Http.Reply added = s.secretariat().post(base + "/comments/fields", Json.createObjectBuilder()
                .add("name", "Đô thị").add("keywords", "quy hoạch, chỉnh trang đô thị").build());
        assertEquals(201, added.status(), added.toString());
        assertEquals(409, s.secretariat().post(base + "/comments/fields", Json.createObjectBuilder()
                .add("name", "đô thị").build()).status(), "the same name twice");
        JsonArray urban = s.delegate().post(base + "/comments/suggestion", Json.createObjectBuilder()
                .add("text", "Cần công khai QUY HOACH khu dân cư").build()).json().getJsonArray("fieldIds");
        assertEquals(added.json().getJsonNumber("id").longValue(), urban.getJsonNumber(0).longValue());
    }

    @Test
    void aResidentsCommentCountsOnlyOnceApprovedAndARejectedOneNever() {
        Setup s = setup();
        String base = "/api/congresses/" + s.congress();
        String from = address();
        long inside = publish(s.secretariat(), s.congress(), "DRAFT", false);
        Http.Reply nothingPublic = anonymous.get("/api/public/congresses/" + s.congress() + "/drafts");
        assertEquals(404, nothingPublic.status(), "no public draft yet: " + nothingPublic);
        long draft = publish(s.secretariat(), s.congress(), "DRAFT", true);

        JsonObject page = anonymous.get("/api/public/congresses/" + s.congress() + "/drafts").json();
        assertEquals(1, page.getJsonArray("drafts").size(), "only the public draft: " + page);
        assertEquals(draft, page.getJsonArray("drafts").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(4, page.getJsonArray("drafts").getJsonObject(0).getJsonArray("paragraphs").size());
        assertEquals(0, count(page.getJsonObject("counts"), "Quốc phòng - An ninh"));

        HttpResponse<String> notPublic = residentPost(from, s.congress(), resident(inside, "Ý kiến").build());
        assertEquals(404, notPublic.statusCode(), notPublic.body());

        HttpResponse<String> sent = residentPost(from, s.congress(),
                resident(draft, "Cần tăng cường tuần tra, giữ gìn an ninh trật tự ban đêm.").build());
        assertEquals(202, sent.statusCode(), sent.body());
        assertEquals("PENDING", json(sent.body()).getString("status"));
        long approvedId = json(sent.body()).getJsonNumber("id").longValue();
        HttpResponse<String> other = residentPost(from, s.congress(),
                resident(draft, "An ninh kém quá, quảng cáo ở đây: http://spam.example").build());
        assertEquals(202, other.statusCode(), other.body());
        long rejectedId = json(other.body()).getJsonNumber("id").longValue();

        JsonObject before = anonymous.get("/api/public/congresses/" + s.congress() + "/drafts").json();
        assertEquals(0, count(before.getJsonObject("counts"), "Quốc phòng - An ninh"), "nothing counts before approval");
        assertEquals(0, s.delegate().get(base + "/documents/" + draft + "/comments").array().size(),
                "participants do not see waiting comments");

        JsonArray pending = s.secretariat().get(base + "/comments?status=PENDING").array();
        assertEquals(2, pending.size(), pending.toString());
        JsonObject line = pending.stream().map(v -> v.asJsonObject())
                .filter(c -> c.getJsonNumber("id").longValue() == approvedId).findFirst().orElseThrow();
        assertEquals("Khu phố 3", line.getString("neighbourhood"));
        assertEquals("RESIDENT", line.getString("authorKind"));
        long security = fieldId(s.secretariat(), s.congress(), "Quốc phòng - An ninh");
        assertEquals(List.of(security), line.getJsonArray("suggestedFieldIds").stream()
                .map(v -> ((jakarta.json.JsonNumber) v).longValue()).toList());
        assertEquals(403, s.delegate().get(base + "/comments").status(), "moderation is the secretariat's");

        assertEquals(200, s.secretariat().post(base + "/comments/" + approvedId + "/review",
                Json.createObjectBuilder().add("decision", "APPROVE").build()).status());
        assertEquals(200, s.secretariat().post(base + "/comments/" + rejectedId + "/review",
                Json.createObjectBuilder().add("decision", "REJECT").build()).status());

        JsonObject after = anonymous.get("/api/public/congresses/" + s.congress() + "/drafts").json();
        assertEquals(1, count(after.getJsonObject("counts"), "Quốc phòng - An ninh"), after.toString());
        assertEquals(1, after.getJsonObject("counts").getInt("approved"));
        JsonArray shown = s.delegate().get(base + "/documents/" + draft + "/comments").array();
        assertEquals(1, shown.size(), shown.toString());
        assertEquals(approvedId, shown.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(1, s.secretariat().get(base + "/comments?status=REJECTED").array().size());
        assertEquals(1, count(s.secretariat().get(base + "/comments/counts").json(), "Quốc phòng - An ninh"),
                "the rejected one never counts");
    }

    @Test
    void theSixthCommentFromOneAddressWithinTheWindowIsRefused() {
        Setup s = setup();
        long draft = publish(s.secretariat(), s.congress(), "DRAFT", true);
        String from = address();
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> r = residentPost(from, s.congress(), resident(draft, "Ý kiến số " + i).build());
            assertEquals(202, r.statusCode(), i + ": " + r.body());
        }
        HttpResponse<String> sixth = residentPost(from, s.congress(), resident(draft, "Ý kiến số 6").build());
        assertEquals(429, sixth.statusCode(), sixth.body());
        long retry = Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retry > 0 && retry <= 600, "Retry-After " + retry);
        assertTrue(sixth.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
        assertEquals(202, residentPost(address(), s.congress(), resident(draft, "Hàng xóm").build()).statusCode(),
                "another address is not held back");
        assertEquals(6, s.secretariat().get("/api/congresses/" + s.congress() + "/comments?status=PENDING").array().size());
    }

    @Test
    void hostileTextIsRefusedOrKeptAsInertText() {
        Setup s = setup();
        long draft = publish(s.secretariat(), s.congress(), "DRAFT", true);
        String from = address();
        String script = "<script>alert('x')</script><img src=x onerror=alert(1)> Kinh tế";
        HttpResponse<String> kept = residentPost(from, s.congress(), resident(draft, script).build());
        assertEquals(202, kept.statusCode(), kept.body());

        HttpResponse<String> control = residentPost(from, s.congress(), resident(draft, "Xin chào\u0007\u0000").build());
        assertEquals(400, control.statusCode(), control.body());
        HttpResponse<String> long10k = residentPost(from, s.congress(), resident(draft, "a".repeat(10_000)).build());
        assertEquals(400, long10k.statusCode(), long10k.body());
        assertTrue(long10k.body().contains("\"text\""), long10k.body());
        HttpResponse<String> noName = residentPost(from, s.congress(), resident(draft, "Ý kiến")
                .add("name", " ").add("neighbourhood", "x".repeat(500)).build());
        assertEquals(400, noName.statusCode(), noName.body());

        JsonArray pending = s.secretariat().get("/api/congresses/" + s.congress() + "/comments?status=PENDING").array();
        assertEquals(1, pending.size(), "only the inert one was kept: " + pending);
        assertEquals(script, pending.getJsonObject(0).getString("text"), "stored as written, as text");
    }

    @Test
    void theReportForTheDraftingTeamListsApprovedCommentsByField() throws IOException {
        Setup s = setup();
        String base = "/api/congresses/" + s.congress();
        long draft = publish(s.secretariat(), s.congress(), "DRAFT", true);
        assertEquals(201, s.delegate().post(base + "/documents/" + draft + "/comments", Json.createObjectBuilder()
                .add("paragraph", 3).add("text", "Ưu tiên dịch vụ công trực tuyến mức độ toàn trình.").build()).status());
        HttpResponse<String> waiting = residentPost(address(), s.congress(),
                resident(draft, "Ý kiến chưa duyệt về kinh tế chợ phường.").build());
        assertEquals(202, waiting.statusCode(), waiting.body());

        assertEquals(403, s.delegate().get(base + "/comments/report/docx").status());
        byte[] docx = s.secretariat().bytes(base + "/comments/report/docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            String all = text.getText();
            assertTrue(all.contains("TỔNG HỢP Ý KIẾN GÓP Ý"), all);
            assertTrue(all.contains("Chuyển đổi số (1 ý kiến)"), all);
            assertTrue(all.contains("Ưu tiên dịch vụ công trực tuyến mức độ toàn trình."), all);
            assertTrue(all.contains("Kinh tế (0 ý kiến)"), all);
            assertFalse(all.contains("chưa duyệt"), "a comment waiting for approval is not in the report");
            assertEquals(6, doc.getTables().get(0).getNumberOfRows(), "a header and the five default fields");
        }
    }
}
