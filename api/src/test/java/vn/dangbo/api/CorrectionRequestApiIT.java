package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Requests to correct one's dossier: filed by the member about themselves only, tracked open → in progress →
 * done or rejected with the handler's reply, handled by whoever may edit the dossier, every change audited.
 */
class CorrectionRequestApiIT extends ServerTest {

    @Test
    void aMemberAsksAndTheOfficerCorrectsTheDossierAndClosesTheRequest() {
        long cell = world.cell("Chi bộ Đính chính");
        long me = world.member("Lý Thị Sửa " + World.suffix(), cell);
        Http member = anonymous.as(World.memberToken(me));
        long pendingBefore = pending(officer);

        Http.Reply filed = member.post("/api/corrections", request(me, "residence", "Tổ 5, Khu phố 2",
                "Gia đình chuyển nhà từ tháng 3"));
        assertEquals(201, filed.status(), filed.toString());
        JsonObject c = filed.json();
        long id = c.getJsonNumber("id").longValue();
        assertEquals("OPEN", c.getString("state"));
        assertEquals("Tổ 3, Khu phố 2", c.getString("currentValue"), "the value the member saw is kept");
        assertEquals(pendingBefore + 1, pending(officer));
        Http.Reply twice = member.post("/api/corrections", request(me, "residence", "Tổ 6", null));
        assertEquals(409, twice.status(), "one pending request per field: " + twice);

        assertEquals("IN_PROGRESS", officer.post("/api/corrections/" + id + "/start", empty()).json().getString("state"));
        assertEquals("IN_PROGRESS", officer.post("/api/corrections/" + id + "/start", empty()).json().getString("state"),
                "taking it in hand again changes nothing");
        // the correction itself goes through the dossier's ordinary edit form
        JsonObject dossier = officer.get("/api/members/" + me).json();
        assertEquals(200, officer.patch("/api/members/" + me, Json.createObjectBuilder()
                .add("version", dossier.getJsonNumber("version").longValue()).add("residence", "Tổ 5, Khu phố 2")
                .build()).status());
        Http.Reply done = officer.post("/api/corrections/" + id + "/completion", Json.createObjectBuilder()
                .add("reply", "Đã sửa theo sổ hộ khẩu mới").build());
        assertEquals(200, done.status(), done.toString());
        assertEquals("DONE", done.json().getString("state"));
        assertEquals(pendingBefore, pending(officer));

        JsonObject mine = member.get("/api/corrections/mine").array().getJsonObject(0);
        assertEquals(id, mine.getJsonNumber("id").longValue());
        assertEquals("DONE", mine.getString("state"));
        assertEquals("Đã sửa theo sổ hộ khẩu mới", mine.getString("reply"));
        assertTrue(mine.containsKey("closedAt"));
        Http.Reply afterDone = officer.post("/api/corrections/" + id + "/rejection", Json.createObjectBuilder()
                .add("reply", "x").build());
        assertEquals(409, afterDone.status(), "a closed request stays closed: " + afterDone);

        List<String> audited = officer.get("/api/audit?size=200").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(e -> e.getString("subject").equals("CORRECTION " + id))
                .map(e -> e.getString("action")).toList();
        assertTrue(audited.containsAll(List.of("CORRECTION_REQUESTED", "CORRECTION_STARTED", "CORRECTION_DONE")),
                audited.toString());
        assertEquals(3, audited.size(), "the second start changed nothing: " + audited);
    }

    @Test
    void aRejectionNeedsAReplyAndTheMemberReadsIt() {
        long cell = world.cell("Chi bộ Từ chối");
        long me = world.member("Mai Văn Hỏi " + World.suffix(), cell);
        Http member = anonymous.as(World.memberToken(me));
        Http secretary = anonymous.as(world.secretaryOf(cell));
        long id = member.post("/api/corrections", request(me, "birthDate", "17/05/1971", null)).json()
                .getJsonNumber("id").longValue();
        assertTrue(secretary.get("/api/corrections").array().stream().map(JsonValue::asJsonObject)
                .anyMatch(x -> x.getJsonNumber("id").longValue() == id), "the cell's secretary sees the queue");
        Http.Reply noReply = secretary.post("/api/corrections/" + id + "/rejection", empty());
        assertEquals(Map.of("reply", "field.required"), DossierApiIT.codes(noReply.json()));
        Http.Reply rejected = secretary.post("/api/corrections/" + id + "/rejection", Json.createObjectBuilder()
                .add("reply", "Ngày sinh khớp với giấy khai sinh trong hồ sơ gốc").build());
        assertEquals("REJECTED", rejected.json().getString("state"), rejected.toString());
        JsonObject seen = member.get("/api/corrections/" + id).json();
        assertEquals("REJECTED", seen.getString("state"));
        assertEquals("Ngày sinh khớp với giấy khai sinh trong hồ sơ gốc", seen.getString("reply"));
        assertFalse(secretary.get("/api/corrections").array().stream().map(JsonValue::asJsonObject)
                .anyMatch(x -> x.getJsonNumber("id").longValue() == id), "no longer pending");
        assertTrue(secretary.get("/api/corrections?state=closed").array().stream().map(JsonValue::asJsonObject)
                .anyMatch(x -> x.getJsonNumber("id").longValue() == id));
    }

    @Test
    void onlyForOnesOwnDossierAndHandledOnlyByThoseWhoManageIt() {
        long cell = world.cell("Chi bộ Phạm vi");
        long other = world.cell("Chi bộ Ngoài");
        long me = world.member("Tạ Thị Mình " + World.suffix(), cell);
        long neighbour = world.member("Tạ Văn Bên " + World.suffix(), cell);
        Http member = anonymous.as(World.memberToken(me));
        Http outsideSecretary = anonymous.as(world.secretaryOf(other));

        Http.Reply forSomeoneElse = member.post("/api/corrections", request(neighbour, "residence", "x", null));
        assertEquals(403, forSomeoneElse.status(), forSomeoneElse.toString());
        assertEquals(403, officer.post("/api/corrections", request(me, "residence", "x", null)).status(),
                "an officer corrects the dossier directly");

        long id = member.post("/api/corrections", request(me, "occupation", "Giáo viên", null)).json()
                .getJsonNumber("id").longValue();
        Http neighbourHttp = anonymous.as(World.memberToken(neighbour));
        assertEquals(404, neighbourHttp.get("/api/corrections/" + id).status(), "another member's request");
        assertEquals(403, neighbourHttp.post("/api/corrections/" + id + "/start", empty()).status());
        assertEquals(403, member.post("/api/corrections/" + id + "/completion", empty()).status(),
                "the member cannot close their own request");
        assertEquals(403, outsideSecretary.post("/api/corrections/" + id + "/start", empty()).status());
        assertEquals(403, outsideSecretary.get("/api/corrections/" + id).status());
        assertFalse(outsideSecretary.get("/api/corrections").array().stream().map(JsonValue::asJsonObject)
                .anyMatch(x -> x.getJsonNumber("id").longValue() == id));
        assertEquals(403, member.get("/api/corrections").status());
        assertEquals(403, member.get("/api/corrections/pending-count").status());
    }

    @Test
    void emptyOrOverlongTextIsRefusedNamingTheField() {
        long cell = world.cell("Chi bộ Nhập liệu");
        long me = world.member("Kha Thị Nhập " + World.suffix(), cell);
        Http member = anonymous.as(World.memberToken(me));
        Http.Reply empty = member.post("/api/corrections", request(me, "residence", "  ", null));
        assertEquals(400, empty.status(), empty.toString());
        assertEquals(Map.of("proposedValue", "field.required"), DossierApiIT.codes(empty.json()));
        Http.Reply tooLong = member.post("/api/corrections", request(me, "residence", "x".repeat(501), "y".repeat(1001)));
        assertEquals(Map.of("proposedValue", "field.tooLong", "reason", "field.tooLong"), DossierApiIT.codes(tooLong.json()));
        Http.Reply unknown = member.post("/api/corrections", request(me, "salary", "x", null));
        assertEquals(Map.of("field", "correction.unknownField"), DossierApiIT.codes(unknown.json()));
        Http.Reply nothing = member.post("/api/corrections", empty());
        assertEquals(Map.of("memberId", "field.required", "field", "field.required", "proposedValue", "field.required"),
                DossierApiIT.codes(nothing.json()));
        Http.Reply english = member.inLanguage("en").post("/api/corrections", request(me, "residence", "", null));
        assertTrue(english.body().contains("required"), english.toString());
        assertEquals(0, member.get("/api/corrections/mine").array().size(), "nothing was filed");
    }

    private static long pending(Http h) {
        return h.get("/api/corrections/pending-count").json().getJsonNumber("pending").longValue();
    }

    private static JsonObject empty() {
        return Json.createObjectBuilder().build();
    }

    private static JsonObject request(long memberId, String field, String proposed, String reason) {
        var b = Json.createObjectBuilder().add("memberId", memberId).add("field", field).add("proposedValue", proposed);
        if (reason != null) {
            b.add("reason", reason);
        }
        return b.build();
    }
}
