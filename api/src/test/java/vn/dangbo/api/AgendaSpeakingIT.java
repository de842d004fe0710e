package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The agenda and the speakers' queue, as the presidium runs them and the screens see them. */
class AgendaSpeakingIT extends ServerTest {

    private static String delegateToken(long memberId) {
        return Tokens.token("daibieu." + memberId, memberId, Set.of("member", "delegate"));
    }

    private static long id(Http.Reply r) {
        return r.json().getJsonNumber("id").longValue();
    }

    private static Http.Reply put(Http h, String path, JsonObject body) {
        return h.send("PUT", path, body.toString(), "application/json");
    }

    private static Http.Reply item(Http h, long congress, String title, String kind, Integer limit) {
        var b = Json.createObjectBuilder().add("title", title).add("kind", kind);
        if (limit != null) {
            b.add("speakingLimitSeconds", limit);
        }
        return h.post("/api/congresses/" + congress + "/agenda", b.build());
    }

    private static JsonObject section(Http h, long congress, String name) {
        Http.Reply r = h.get("/api/congresses/" + congress + "/live");
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonObject("sections").getJsonObject(name);
    }

    private static List<String> statuses(Http h, long congress) {
        return h.get("/api/congresses/" + congress + "/agenda").array().stream()
                .map(v -> v.asJsonObject().getString("title") + ":" + v.asJsonObject().getString("status")).toList();
    }

    @Test
    void thePresidiumMovesThroughTheAgendaOneCurrentItemAtATime() {
        long cell = world.cell("Chi bộ Chương trình");
        long a = world.member("Đinh Văn Chương " + World.suffix(), cell);
        long chair = world.member("Lưu Thị Chủ Tọa " + World.suffix(), cell);
        Congresses.Prepared c = new Congresses(officer).prepare(a, chair);
        long session = new Congresses(officer).session(c.id(), "Phiên thứ nhất", false);
        Http presidium = anonymous.as(delegateToken(chair));
        Http delegate = anonymous.as(delegateToken(a));

        Http.Reply refused = item(delegate, c.id(), "Khai mạc", "PROCEDURE", null);
        assertEquals(403, refused.status(), "a delegate on no body does not run the agenda: " + refused);
        Http.Reply invalid = item(presidium, c.id(), "", "SPEECH", 10);
        assertEquals(400, invalid.status(), invalid.toString());
        List<String> fields = invalid.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).sorted().toList();
        assertEquals(List.of("kind", "speakingLimitSeconds", "title"), fields, invalid.toString());

        long opening = id(presidium.post("/api/congresses/" + c.id() + "/agenda", Json.createObjectBuilder()
                .add("sessionId", session).add("title", "Khai mạc đại hội").add("kind", "PROCEDURE").build()));
        long report = id(item(presidium, c.id(), "Báo cáo chính trị", "REPORT", 1800));
        long discussion = id(item(presidium, c.id(), "Thảo luận báo cáo chính trị", "DISCUSSION", 420));
        JsonObject first = presidium.get("/api/congresses/" + c.id() + "/agenda").array().getJsonObject(0);
        assertEquals(session, first.getJsonNumber("sessionId").longValue());
        assertEquals(300, first.getInt("speakingLimitSeconds"), "five minutes unless said otherwise");
        assertEquals("PENDING", first.getString("status"));

        Http.Reply incomplete = put(presidium, "/api/congresses/" + c.id() + "/agenda/order",
                Json.createObjectBuilder().add("itemIds", Json.createArrayBuilder().add(report).add(opening)).build());
        assertEquals(400, incomplete.status(), "every item once: " + incomplete);
        Http.Reply reordered = put(presidium, "/api/congresses/" + c.id() + "/agenda/order", Json.createObjectBuilder()
                .add("itemIds", Json.createArrayBuilder().add(opening).add(discussion).add(report)).build());
        assertEquals(200, reordered.status(), reordered.toString());
        assertEquals(List.of(opening, discussion, report), reordered.array().stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList());
        assertEquals(List.of(1, 2, 3), reordered.array().stream().map(v -> v.asJsonObject().getInt("ordinal")).toList());

        Http.Reply next = presidium.post("/api/congresses/" + c.id() + "/agenda/next", Json.createObjectBuilder().build());
        assertEquals(200, next.status(), next.toString());
        assertEquals(opening, next.json().getJsonObject("current").getJsonNumber("id").longValue(), "the first item");
        JsonObject seen = section(delegate, c.id(), "agenda");
        assertEquals(opening, seen.getJsonNumber("currentItemId").longValue(), "the delegate's tablet shows it");
        assertEquals(3, seen.getJsonArray("items").size());

        // The presidium jumps to the report: the opening is done, the discussion is skipped for now.
        Http.Reply jump = presidium.post("/api/congresses/" + c.id() + "/agenda/" + report + "/start",
                Json.createObjectBuilder().build());
        assertEquals(200, jump.status(), jump.toString());
        assertEquals(List.of("Khai mạc đại hội:DONE", "Thảo luận báo cáo chính trị:PENDING", "Báo cáo chính trị:CURRENT"),
                statuses(presidium, c.id()));
        Http.Reply end = presidium.post("/api/congresses/" + c.id() + "/agenda/next", Json.createObjectBuilder().build());
        assertEquals(200, end.status(), end.toString());
        assertFalse(end.json().containsKey("current"), "nothing after the last item: " + end);
        assertFalse(section(presidium, c.id(), "agenda").containsKey("currentItemId"));
        Http.Reply back = presidium.post("/api/congresses/" + c.id() + "/agenda/next", Json.createObjectBuilder().build());
        assertEquals(discussion, back.json().getJsonObject("current").getJsonNumber("id").longValue(),
                "with nothing current, next takes the first item still pending");
        presidium.post("/api/congresses/" + c.id() + "/agenda/" + discussion + "/done", Json.createObjectBuilder().build());
        assertEquals(409, presidium.post("/api/congresses/" + c.id() + "/agenda/next",
                Json.createObjectBuilder().build()).status(), "the agenda is over");

        Http.Reply renamed = put(presidium, "/api/congresses/" + c.id() + "/agenda/" + report,
                Json.createObjectBuilder().add("title", "Báo cáo chính trị (trình bày tóm tắt)").add("kind", "REPORT")
                        .add("speakingLimitSeconds", 1200).build());
        assertEquals(200, renamed.status(), renamed.toString());
        assertEquals(1200, renamed.json().getInt("speakingLimitSeconds"));
        long elsewhere = new Congresses(officer).create("Đại hội khác " + World.suffix());
        assertEquals(404, officer.post("/api/congresses/" + elsewhere + "/agenda/" + report + "/start",
                Json.createObjectBuilder().build()).status(), "an item of another congress is not found there");
        assertEquals(403, anonymous.as(World.memberToken(world.member("Người Ngoài " + World.suffix(), cell)))
                .get("/api/congresses/" + c.id() + "/agenda").status(), "not on the list, no agenda");
    }

    @Test
    void delegatesAskForTheFloorAndThePresidiumOrdersTimesAndTotalsTheSpeakers() throws Exception {
        long cell = world.cell("Chi bộ Phát biểu");
        long a = world.member("Nông Văn Phát " + World.suffix(), cell);
        long b = world.member("Hà Thị Biểu " + World.suffix(), cell);
        long silent = world.member("Kiều Văn Lặng " + World.suffix(), cell);
        long chair = world.member("Từ Thị Điều Hành " + World.suffix(), cell);
        Congresses congresses = new Congresses(officer);
        Congresses.Prepared c = congresses.prepare(a, b, silent, chair);
        long groupOne = id(officer.post("/api/congresses/" + c.id() + "/groups", World.obj("name", "Tổ 1")));
        long groupTwo = id(officer.post("/api/congresses/" + c.id() + "/groups", World.obj("name", "Tổ 2")));
        for (int i = 0; i < 2; i++) {
            Http.Reply placed = put(officer, "/api/congresses/" + c.id() + "/delegates/" + c.delegateIds().get(i)
                    + "/placement", Json.createObjectBuilder().add("groupId", i == 0 ? groupOne : groupTwo).build());
            assertEquals(200, placed.status(), placed.toString());
        }
        Http presidium = anonymous.as(delegateToken(chair));
        Http da = anonymous.as(delegateToken(a));
        Http db = anonymous.as(delegateToken(b));
        Http dc = anonymous.as(delegateToken(silent));
        long later = id(item(presidium, c.id(), "Bầu Ban Chấp hành", "ELECTION", null));
        long discussion = id(item(presidium, c.id(), "Thảo luận văn kiện", "DISCUSSION", 60));
        presidium.post("/api/congresses/" + c.id() + "/agenda/" + discussion + "/start", Json.createObjectBuilder().build());
        String speeches = "/api/congresses/" + c.id() + "/speeches";

        Http.Reply fromA = da.post(speeches, Json.createObjectBuilder().add("agendaItemId", discussion)
                .add("topic", "Chuyển đổi số trong công tác đảng viên").build());
        assertEquals(201, fromA.status(), fromA.toString());
        assertEquals("REQUESTED", fromA.json().getString("status"));
        assertEquals(409, da.post(speeches, Json.createObjectBuilder().add("agendaItemId", discussion)
                .add("topic", "Lần nữa").build()).status(), "one request per delegate per item");
        Http.Reply noTopic = da.post(speeches, Json.createObjectBuilder().add("agendaItemId", later).build());
        assertEquals(400, noTopic.status(), noTopic.toString());
        assertEquals(403, officer.post(speeches, Json.createObjectBuilder().add("agendaItemId", discussion)
                .add("topic", "Ban tổ chức").build()).status(), "the organising board is not a delegate");
        long speechA = id(fromA);
        long speechB = id(db.post(speeches, Json.createObjectBuilder().add("agendaItemId", discussion)
                .add("topic", "Xây dựng chi bộ bốn tốt").build()));
        long speechC = id(dc.post(speeches, Json.createObjectBuilder().add("agendaItemId", discussion)
                .add("topic", "Ý kiến khác").build()));
        assertEquals(403, db.post(speeches + "/" + speechC + "/withdrawal", Json.createObjectBuilder().build()).status(),
                "only one's own request");
        Http.Reply withdrawn = dc.post(speeches + "/" + speechC + "/withdrawal", Json.createObjectBuilder().build());
        assertEquals("WITHDRAWN", withdrawn.json().getString("status"), withdrawn.toString());
        assertEquals(List.of(speechA), da.get(speeches).array().stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList(), "a delegate sees their own");
        assertEquals(3, presidium.get(speeches).array().size(), "the presidium sees every request");

        JsonArray requests = section(presidium, c.id(), "speaking").getJsonArray("requests");
        assertEquals(2, requests.size(), "the console lists the requests to decide: " + requests);
        JsonObject hall = section(da, c.id(), "speaking");
        assertFalse(hall.containsKey("requests"), "the hall does not see undecided requests: " + hall);
        assertEquals(0, hall.getJsonArray("queue").size());

        assertEquals(403, da.post(speeches + "/" + speechB + "/decision",
                Json.createObjectBuilder().add("accept", true).build()).status(), "a delegate does not decide");
        for (long s : List.of(speechA, speechB)) {
            Http.Reply ok = presidium.post(speeches + "/" + s + "/decision", Json.createObjectBuilder().add("accept", true).build());
            assertEquals("ACCEPTED", ok.json().getString("status"), ok.toString());
        }
        Http.Reply ordered = put(presidium, "/api/congresses/" + c.id() + "/agenda/" + discussion + "/queue",
                Json.createObjectBuilder().add("speechIds", Json.createArrayBuilder().add(speechB).add(speechA)).build());
        assertEquals(200, ordered.status(), ordered.toString());
        assertEquals(List.of(speechB, speechA), section(da, c.id(), "speaking").getJsonArray("queue").stream()
                .map(v -> v.asJsonObject().getJsonNumber("speechId").longValue()).toList(), "the hall sees the order");

        long laterSpeech = id(da.post(speeches, Json.createObjectBuilder().add("agendaItemId", later)
                .add("topic", "Giới thiệu nhân sự").build()));
        Http.Reply early = presidium.post(speeches + "/" + laterSpeech + "/start", Json.createObjectBuilder().build());
        assertEquals(409, early.status(), "the floor only on the current item: " + early);

        Http.Reply startB = presidium.post(speeches + "/" + speechB + "/start", Json.createObjectBuilder().build());
        assertEquals("SPEAKING", startB.json().getString("status"), startB.toString());
        JsonObject onScreen = section(da, c.id(), "speaking");
        JsonObject current = onScreen.getJsonObject("current");
        assertTrue(current.getString("fullName").startsWith("Hà Thị Biểu"), onScreen.toString());
        assertEquals(60, current.getInt("limitSeconds"), "the item's limit runs the timer");
        assertTrue(current.containsKey("startedAt") && onScreen.containsKey("asOf"), onScreen.toString());
        assertEquals("Tổ 2", current.getString("group"));
        assertEquals(List.of(speechA), onScreen.getJsonArray("queue").stream()
                .map(v -> v.asJsonObject().getJsonNumber("speechId").longValue()).toList());
        assertEquals(409, db.post(speeches + "/" + speechB + "/withdrawal", Json.createObjectBuilder().build()).status(),
                "too late to withdraw once speaking");

        Thread.sleep(1100);
        Http.Reply startA = presidium.post(speeches + "/" + speechA + "/start", Json.createObjectBuilder().build());
        assertEquals(200, startA.status(), startA.toString());
        JsonObject b1 = presidium.get(speeches + "?itemId=" + discussion).array().stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getJsonNumber("id").longValue() == speechB).findFirst().orElseThrow();
        assertEquals("DONE", b1.getString("status"), "giving the floor to the next stops the one speaking");
        assertTrue(b1.getInt("spokenSeconds") >= 1, b1.toString());
        Http.Reply stopA = presidium.post(speeches + "/" + speechA + "/stop", Json.createObjectBuilder().build());
        assertEquals("DONE", stopA.json().getString("status"), stopA.toString());
        assertEquals(409, presidium.post(speeches + "/" + speechA + "/stop", Json.createObjectBuilder().build()).status());
        assertFalse(section(da, c.id(), "speaking").containsKey("current"), "nobody has the floor");

        presidium.post("/api/congresses/" + c.id() + "/agenda/" + discussion + "/done", Json.createObjectBuilder().build());
        Http.Reply tooLate = dc.post(speeches, Json.createObjectBuilder().add("agendaItemId", discussion)
                .add("topic", "Muộn").build());
        assertEquals(409, tooLate.status(), "the item is over: " + tooLate);
        Http.Reply declined = presidium.post(speeches + "/" + laterSpeech + "/decision",
                Json.createObjectBuilder().add("accept", false).add("reason", "Đã có ý kiến tương tự").build());
        assertEquals("DECLINED", declined.json().getString("status"), declined.toString());

        assertEquals(403, da.get("/api/congresses/" + c.id() + "/speeches/report").status());
        JsonObject report = presidium.get("/api/congresses/" + c.id() + "/speeches/report").json();
        JsonArray spoken = report.getJsonArray("spoken");
        assertEquals(List.of("Xây dựng chi bộ bốn tốt", "Chuyển đổi số trong công tác đảng viên"),
                spoken.stream().map(v -> v.asJsonObject().getString("topic")).toList(), "in the order spoken");
        assertEquals("Thảo luận văn kiện", spoken.getJsonObject(0).getString("itemTitle"));
        assertEquals(2, report.getJsonArray("byDelegate").size());
        assertEquals(Set.of("Tổ 1", "Tổ 2"), Set.copyOf(report.getJsonArray("byGroup").stream()
                .map(v -> v.asJsonObject().getString("name")).toList()));
        assertTrue(report.getJsonArray("byGroup").stream().allMatch(v -> v.asJsonObject().getInt("speakers") == 1));
        assertEquals(Set.of(c.delegateIds().get(2), c.delegateIds().get(3)), Set.copyOf(report.getJsonArray("notYetSpoken")
                .stream().map(v -> v.asJsonObject().getJsonNumber("delegateId").longValue()).toList()),
                "the silent delegate and the chair have not spoken");
    }
}
