package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * The handbook home in one request: the member's next meetings, unread notices, documents to read and correction
 * requests waiting; each shrinks as the member acts, and another cell's items never appear.
 */
class HandbookHomeIT extends ServerTest {

    @Test
    void theHomeGathersWhatAwaitsTheMemberAndFollowsWhatTheyDo() {
        long cell = world.cell("Chi bộ Sổ tay");
        long otherCell = world.cell("Chi bộ Bên cạnh");
        Http secretary = anonymous.as(world.secretaryOf(cell));
        long me = world.member("Lý Thị Sổ " + World.suffix(), cell);
        Http member = anonymous.as(World.memberToken(me));
        String word = World.suffix();

        LocalDateTime start = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(3).truncatedTo(ChronoUnit.MINUTES);
        long meeting = plan(secretary, cell, start, "Sổ tay " + word);
        plan(anonymous.as(world.secretaryOf(otherCell)), otherCell, start, "Bên cạnh " + word);
        long notice = secretary.post("/api/notices", Json.createObjectBuilder().add("title", "Thông báo " + word)
                .add("body", "Nội dung").add("cellIds", Json.createArrayBuilder().add(cell)).build())
                .json().getJsonNumber("id").longValue();
        long document = officer.post("/api/library/documents", Json.createObjectBuilder().add("title", "Cần đọc " + word)
                .add("category", "RESOLUTION").add("mustRead", true).add("html", "<p>Nội dung.</p>").build())
                .json().getJsonNumber("id").longValue();
        assertEquals(201, member.post("/api/corrections", Json.createObjectBuilder().add("memberId", me)
                .add("field", "residence").add("proposedValue", "Tổ 9, Khu phố 3").build()).status());

        JsonObject home = member.get("/api/handbook/home").json();
        assertEquals(1, home.getJsonArray("nextMeetings").size(), "only the member's own cell: " + home);
        assertEquals(meeting, home.getJsonArray("nextMeetings").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(1, home.getInt("unreadNotices"));
        assertEquals(notice, home.getJsonArray("latestUnread").getJsonObject(0).getJsonNumber("id").longValue());
        assertTrue(home.getJsonArray("toRead").stream().map(JsonValue::asJsonObject)
                .anyMatch(d -> d.getJsonNumber("id").longValue() == document), home.toString());
        int toRead = home.getInt("documentsToRead");
        assertEquals(1, home.getInt("pendingCorrections"));

        member.post("/api/notices/" + notice + "/read", JsonValue.EMPTY_JSON_OBJECT);
        member.get("/api/library/documents/" + document);
        JsonObject after = member.get("/api/handbook/home").json();
        assertEquals(0, after.getInt("unreadNotices"));
        assertEquals(0, after.getJsonArray("latestUnread").size());
        assertEquals(toRead - 1, after.getInt("documentsToRead"));

        JsonObject officerHome = officer.get("/api/handbook/home").json();
        assertEquals(0, officerHome.getJsonArray("nextMeetings").size(), "a login without a dossier has no handbook items");
        assertEquals(0, officerHome.getInt("unreadNotices"));
        assertEquals(401, anonymous.get("/api/handbook/home").status());
    }

    private static long plan(Http secretary, long cell, LocalDateTime start, String topic) {
        Http.Reply r = secretary.post("/api/meetings", Json.createObjectBuilder().add("cellId", cell)
                .add("kind", "THEMATIC").add("startsAt", start.toString()).add("endsAt", start.plusHours(2).toString())
                .add("place", "Nhà văn hóa").add("topic", topic).add("documents", Json.createArrayBuilder()).build());
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonObject("meeting").getJsonNumber("id").longValue();
    }
}
