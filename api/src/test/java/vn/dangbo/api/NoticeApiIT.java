package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Notices: who receives them (the cells' full and probationary members at the moment of sending), the read
 * receipt (recorded once), what the sender sees, the unread count, and who may send, read and see receipts.
 */
class NoticeApiIT extends ServerTest {

    @Test
    void recipientsAreTheCellsFullAndProbationaryMembersWhenSentAndLaterMembersDoNotGetIt() {
        long cell = world.cell("Chi bộ Thông báo");
        String secretaryToken = world.secretaryOf(cell);
        Http secretary = anonymous.as(secretaryToken);
        long an = world.member("Nguyễn Văn An " + World.suffix(), cell);
        long exempt = member(world.memberFields("Trần Thị Miễn " + World.suffix(), cell).add("status", "EXEMPT"));
        long probationary = member(world.memberFields("Lê Văn Dự " + World.suffix(), cell).add("status", "PROBATIONARY")
                .add("fullMembershipDate", JsonValue.NULL).add("admissionDate", java.time.LocalDate.now().minusMonths(2).toString()));
        long elsewhere = world.member("Phạm Thị Xa " + World.suffix(), world.cell("Chi bộ Khác"));

        Http.Reply sent = secretary.post("/api/notices", notice(cell, "Họp chi bộ bất thường", "Dòng một\nDòng hai"));
        assertEquals(201, sent.status(), sent.toString());
        long id = sent.json().getJsonNumber("id").longValue();
        // An and the probationary member; not the exempt one, nor the secretary who sent it
        assertEquals(2, sent.json().getInt("recipientCount"), sent.toString());
        assertEquals(0, sent.json().getJsonNumber("readCount").longValue());

        assertFalse(ids(secretary.get("/api/notices/mine").array()).contains(id), "not to its own sender");
        long late = world.member("Đỗ Văn Muộn " + World.suffix(), cell);
        assertEquals(1, ids(as(an).get("/api/notices/mine").array()).stream().filter(x -> x == id).count());
        assertTrue(ids(as(probationary).get("/api/notices/mine").array()).contains(id));
        assertFalse(ids(as(exempt).get("/api/notices/mine").array()).contains(id), "exempt members do not use the handbook");
        assertFalse(ids(as(elsewhere).get("/api/notices/mine").array()).contains(id));
        assertFalse(ids(as(late).get("/api/notices/mine").array()).contains(id), "a member who joins later");

        JsonObject reading = as(an).get("/api/notices/" + id).json();
        assertEquals("Dòng một\nDòng hai", reading.getString("body"), "line breaks are kept");
        assertTrue(reading.getBoolean("recipient"));
        assertFalse(reading.containsKey("readAt"), "reading the notice is not the receipt by itself");
        assertFalse(reading.getBoolean("managed"));

        JsonObject audit = officer.get("/api/audit?size=100").json();
        assertTrue(audit.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> e.getString("action").equals("NOTICE_SENT") && e.getString("subject").equals("NOTICE " + id)),
                "sending is audited");
    }

    @Test
    void theFirstOpeningIsTheReceiptAndTheSenderSeesWhoReadAndWhoHasNot() {
        long cell = world.cell("Chi bộ Biên nhận");
        Http secretary = anonymous.as(world.secretaryOf(cell));
        long binh = world.member("Trần " + World.suffix() + " Bình", cell);
        long anh = world.member("Lê " + World.suffix() + " Ánh", cell);
        long dao = world.member("Nguyễn " + World.suffix() + " Đào", cell);
        long id = secretary.post("/api/notices", notice(cell, "Thu đảng phí", "Nộp trước ngày 25.")).json()
                .getJsonNumber("id").longValue();

        long before = unread(dao);
        Http.Reply first = as(dao).post("/api/notices/" + id + "/read", Json.createObjectBuilder().build());
        assertEquals(200, first.status(), first.toString());
        String readAt = first.json().getString("readAt");
        Http.Reply again = as(dao).post("/api/notices/" + id + "/read", Json.createObjectBuilder().build());
        assertEquals(readAt, again.json().getString("readAt"), "opening again keeps the first time");
        assertEquals(before - 1, unread(dao));
        JsonObject listed = as(dao).get("/api/notices/mine").array().stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertEquals(readAt, listed.getString("readAt"));
        as(anh).post("/api/notices/" + id + "/read", Json.createObjectBuilder().build());

        JsonObject receipts = secretary.get("/api/notices/" + id + "/receipts").json();
        assertEquals(3, receipts.getInt("recipientCount"), "the secretary who sent it is not a recipient");
        assertEquals(2, receipts.getInt("readCount"));
        JsonArray read = receipts.getJsonArray("read");
        // Vietnamese order by given name: Ánh before Đào
        assertEquals(List.of(anh, dao), read.stream().map(v -> v.asJsonObject().getJsonNumber("memberId").longValue()).toList());
        assertEquals(readAt, read.getJsonObject(1).getString("readAt"));
        List<Long> unread = receipts.getJsonArray("unread").stream()
                .map(v -> v.asJsonObject().getJsonNumber("memberId").longValue()).toList();
        assertEquals(List.of(binh), unread);

        JsonObject managed = secretary.get("/api/notices/" + id).json();
        assertTrue(managed.getBoolean("managed"));
        assertEquals(2, managed.getJsonNumber("readCount").longValue());
        JsonObject listedSent = secretary.get("/api/notices/sent").array().stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertEquals(2, listedSent.getJsonNumber("readCount").longValue());
        assertEquals(200, officer.get("/api/notices/" + id + "/receipts").status(), "officers see every notice's receipts");

        long audited = officer.get("/api/audit?size=100").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(e -> e.getString("subject").equals("NOTICE " + id)).count();
        assertEquals(1, audited, "reads are receipts, not audit entries");
    }

    @Test
    void aSecretarySendsOnlyToTheirOwnCellsAndOfficersToTheWholeWard() {
        long mine = world.cell("Chi bộ Của Tôi");
        long theirs = world.cell("Chi bộ Của Người");
        long member = world.member("Võ Thị Hoa " + World.suffix(), theirs);
        Http secretary = anonymous.as(world.secretaryOf(mine));
        Http theirSecretary = anonymous.as(world.secretaryOf(theirs));

        Http.Reply refused = secretary.post("/api/notices", notice(theirs, "Không được", "x"));
        assertEquals(403, refused.status(), refused.toString());
        assertEquals(403, secretary.post("/api/notices", Json.createObjectBuilder().add("title", "Toàn phường")
                .add("body", "x").add("wardWide", true).build()).status(), "the whole ward is the officers'");
        assertEquals(403, as(member).post("/api/notices", notice(theirs, "Đảng viên gửi", "x")).status());

        Http.Reply ward = officer.post("/api/notices", Json.createObjectBuilder().add("title", "Toàn Đảng bộ")
                .add("body", "Gửi mọi chi bộ").add("important", true).add("wardWide", true).build());
        assertEquals(201, ward.status(), ward.toString());
        long wardId = ward.json().getJsonNumber("id").longValue();
        assertTrue(ward.json().getBoolean("important"));
        assertTrue(ids(as(member).get("/api/notices/mine").array()).contains(wardId));
        assertEquals(403, secretary.get("/api/notices/" + wardId + "/receipts").status(), "a ward notice's receipts are the officers'");

        long theirsId = theirSecretary.post("/api/notices", notice(theirs, "Của chi bộ kia", "x")).json()
                .getJsonNumber("id").longValue();
        assertEquals(403, secretary.get("/api/notices/" + theirsId + "/receipts").status());
        assertEquals(403, secretary.get("/api/notices/" + theirsId).status());
        assertFalse(ids(secretary.get("/api/notices/sent").array()).contains(theirsId));
        assertTrue(ids(theirSecretary.get("/api/notices/sent").array()).contains(theirsId));
        assertEquals(403, as(member).get("/api/notices/" + theirsId + "/receipts").status());
    }

    @Test
    void aMemberSeesOnlyTheirOwnNoticesAndTheUnreadCount() {
        long cell = world.cell("Chi bộ Riêng");
        long other = world.cell("Chi bộ Người Khác");
        long me = world.member("Hoàng Văn Tôi " + World.suffix(), cell);
        long stranger = world.member("Hoàng Thị Lạ " + World.suffix(), other);
        long before = unread(me);
        long a = officer.post("/api/notices", notice(cell, "Một", "1")).json().getJsonNumber("id").longValue();
        officer.post("/api/notices", notice(cell, "Hai", "2"));
        long foreign = officer.post("/api/notices", notice(other, "Của người khác", "3")).json().getJsonNumber("id").longValue();
        assertEquals(before + 2, unread(me));

        List<Long> mine = ids(as(me).get("/api/notices/mine").array());
        assertFalse(mine.contains(foreign));
        assertTrue(mine.indexOf(a) > 0, "newest first");
        Http.Reply notMine = as(me).get("/api/notices/" + foreign);
        assertEquals(404, notMine.status(), "another member's notice does not exist for this member: " + notMine);
        assertEquals(404, as(me).post("/api/notices/" + foreign + "/read", Json.createObjectBuilder().build()).status());
        assertEquals(1, unread(stranger), "the other cell's member has it");
        assertEquals(200, as(stranger).get("/api/notices/" + foreign).status());
        assertEquals(0, anonymous.as(Tokens.token("quantri.notice", null, java.util.Set.of("admin")))
                .get("/api/notices/mine/unread-count").json().getJsonNumber("unread").longValue(), "no dossier, no notices");
        assertEquals(404, as(me).get("/api/notices/987654321").status());
    }

    @Test
    void aNoticeIsRefusedWithTheFieldsNamed() {
        long cell = world.cell("Chi bộ Kiểm tra");
        Http secretary = anonymous.as(world.secretaryOf(cell));
        Http.Reply empty = secretary.post("/api/notices", Json.createObjectBuilder().add("title", " ").build());
        assertEquals(400, empty.status(), empty.toString());
        assertEquals(Map.of("title", "field.required", "body", "field.required", "cellIds", "notice.noAudience"),
                DossierApiIT.codes(empty.json()));
        Http.Reply tooLong = secretary.post("/api/notices", notice(cell, "x".repeat(201), "y".repeat(20_001)));
        assertEquals(Map.of("title", "field.tooLong", "body", "field.tooLong"), DossierApiIT.codes(tooLong.json()));
        Http.Reply notACell = officer.post("/api/notices", notice(world.ward(), "Không phải chi bộ", "x"));
        assertEquals(Map.of("cellIds", "notice.notACell"), DossierApiIT.codes(notACell.json()));
        long empty2 = world.cell("Chi bộ Trống");
        Http.Reply nobody = officer.post("/api/notices", notice(empty2, "Không ai nhận", "x"));
        assertEquals(409, nobody.status(), nobody.toString());
    }

    private Http as(long memberId) {
        return anonymous.as(World.memberToken(memberId));
    }

    private long unread(long memberId) {
        return as(memberId).get("/api/notices/mine/unread-count").json().getJsonNumber("unread").longValue();
    }

    private long member(jakarta.json.JsonObjectBuilder fields) {
        Http.Reply r = officer.post("/api/members", fields.build());
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    private static JsonObject notice(long cellId, String title, String body) {
        return Json.createObjectBuilder().add("title", title).add("body", body)
                .add("cellIds", Json.createArrayBuilder().add(cellId)).build();
    }

    private static List<Long> ids(JsonArray a) {
        assertNotNull(a);
        return a.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }
}
