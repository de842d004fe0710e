package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Splitting units: a cell into two with its members, secretary and deputy, and a planned meeting (counts before
 * and after, statistics as of the day before, the dissolved cell listing both parts); a committee into two with
 * its cells; refusal while someone is in no part; bad plans refused naming the problem, with nothing written.
 */
class UnitSplitApiIT extends ServerTest {

    private static JsonArrayBuilder ids(List<Long> values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }

    private static JsonObjectBuilder part(String name, String key, List<Long> ids) {
        return Json.createObjectBuilder().add("name", name).add(key, ids(ids));
    }

    private static JsonObject plan(long unit, LocalDate on, JsonObjectBuilder... parts) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (JsonObjectBuilder p : parts) {
            all.add(p);
        }
        return Json.createObjectBuilder().add("unitId", unit).add("effectiveOn", on.toString())
                .add("decisionNumber", "210-QĐ/ĐU").add("parts", all).build();
    }

    private long total(long unit, LocalDate date) {
        Http.Reply r = officer.get("/api/statistics?unitId=" + unit + "&date=" + date);
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonNumber("total").longValue();
    }

    private void appoint(long unit, long member, String role) {
        Http.Reply r = officer.post("/api/units/" + unit + "/positions", Json.createObjectBuilder()
                .add("memberId", member).add("role", role).add("from", LocalDate.now().minusYears(1).toString()).build());
        assertEquals(201, r.status(), r.toString());
    }

    @Test
    void aCellBecomesTwoWithItsMembersPositionsAndMeetings() {
        long cell = world.unit("CELL", "Chi bộ Khu phố Lớn " + World.suffix(), world.ward());
        long secretary = world.member("Phan Văn Thư " + World.suffix(), cell);
        long m1 = world.member("Phan Thị Một " + World.suffix(), cell);
        long deputy = world.member("Phan Văn Phó " + World.suffix(), cell);
        long m2 = world.member("Phan Thị Hai " + World.suffix(), cell);
        appoint(cell, secretary, "SECRETARY");
        appoint(cell, deputy, "DEPUTY_SECRETARY");
        LocalDateTime start = LocalDate.now().plusMonths(1).withDayOfMonth(12).atTime(19, 30);
        Http.Reply meeting = officer.post("/api/meetings", Json.createObjectBuilder().add("cellId", cell)
                .add("kind", "REGULAR").add("startsAt", start.toString()).add("endsAt", start.plusHours(2).toString())
                .add("place", "Nhà văn hóa").add("topic", "Sinh hoạt tháng").add("agenda", "1. Nội dung")
                .add("documents", Json.createArrayBuilder()).build());
        assertEquals(201, meeting.status(), meeting.toString());
        long meetingId = meeting.json().getJsonObject("meeting").getJsonNumber("id").longValue();
        LocalDate today = LocalDate.now();
        LocalDate yesterday = today.minusDays(1);
        String east = "Chi bộ Khu phố Đông " + World.suffix();
        String west = "Chi bộ Khu phố Tây " + World.suffix();

        JsonObject incomplete = officer.post("/api/unit-splits/preview", plan(cell, today,
                part(east, "memberIds", List.of(secretary, m1)), part(west, "memberIds", List.of(deputy)))).json();
        assertFalse(incomplete.getBoolean("applicable"), incomplete.toString());
        JsonObject conflict = incomplete.getJsonArray("conflicts").getJsonObject(0);
        assertEquals("split.unassigned", conflict.getString("code"));
        assertEquals(1, conflict.getJsonArray("who").size(), conflict.toString());
        assertTrue(conflict.getString("message").contains("1"), conflict.toString());
        Http.Reply refused = officer.post("/api/unit-splits", plan(cell, today,
                part(east, "memberIds", List.of(secretary, m1)), part(west, "memberIds", List.of(deputy))));
        assertEquals(409, refused.status(), refused.toString());
        assertEquals(4, total(cell, today), "nothing moved while someone is in no part");

        JsonObject preview = officer.post("/api/unit-splits/preview", plan(cell, today,
                part(east, "memberIds", List.of(secretary, m1)), part(west, "memberIds", List.of(deputy, m2)))).json();
        assertTrue(preview.getBoolean("applicable"), preview.toString());
        assertEquals(1, preview.getInt("plannedMeetings"));
        JsonObject first = preview.getJsonArray("parts").getJsonObject(0);
        assertEquals(2, first.getJsonArray("members").size());
        assertEquals("SECRETARY", first.getJsonArray("positions").getJsonObject(0).getString("role"));
        assertTrue(first.getBoolean("takesMeetings"));

        Http.Reply done = officer.post("/api/unit-splits", plan(cell, today,
                part(east, "memberIds", List.of(secretary, m1)), part(west, "memberIds", List.of(deputy, m2))));
        assertEquals(201, done.status(), done.toString());
        JsonObject split = done.json();
        assertEquals(4, split.getInt("membersMoved"));
        assertEquals(2, split.getInt("positionsMoved"));
        assertEquals(1, split.getInt("meetingsMoved"));
        List<Long> parts = split.getJsonArray("partIds").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::longValue).toList();
        Map<String, Long> byName = officer.get("/api/units").array().stream().map(JsonValue::asJsonObject)
                .filter(u -> parts.contains(u.getJsonNumber("id").longValue()))
                .collect(Collectors.toMap(u -> u.getString("name"), u -> u.getJsonNumber("id").longValue()));
        long eastId = byName.get(east);
        long westId = byName.get(west);
        assertEquals(List.of(eastId, westId), parts, "the parts in the plan's order");

        assertEquals(2, total(eastId, today));
        assertEquals(2, total(westId, today));
        assertEquals(0, total(cell, today));
        assertEquals(4, total(cell, yesterday), "as of the day before, the old cell keeps its figures");
        JsonObject old = officer.get("/api/units/" + cell).json();
        assertEquals(today.toString(), old.getString("dissolvedOn"));
        assertEquals(List.of(Math.min(eastId, westId), Math.max(eastId, westId)),
                old.getJsonArray("successorIds").getValuesAs(jakarta.json.JsonNumber.class).stream()
                        .map(jakarta.json.JsonNumber::longValue).toList());
        assertTrue(old.getString("dissolutionReason").contains("210-QĐ/ĐU"), old.toString());
        assertEquals(List.of(secretary), holders(eastId, "SECRETARY"));
        assertEquals(List.of(deputy), holders(westId, "DEPUTY_SECRETARY"));
        assertTrue(holders(cell, "SECRETARY").isEmpty(), "the old cell's terms end");
        assertEquals(eastId, officer.get("/api/meetings/" + meetingId).json().getJsonObject("meeting")
                .getJsonNumber("cellId").longValue());
        String history = officer.get("/api/members/" + m2 + "/history").body();
        assertTrue(history.contains("\"" + cell + "\"") && history.contains("\"" + westId + "\""),
                "the move is in the dossier's history: " + history);
        assertTrue(officer.get("/api/audit").body().contains("210-QĐ/ĐU"), "audited");
        assertEquals(400, officer.post("/api/unit-splits/preview", plan(cell, today,
                part("A", "memberIds", List.of(m1)), part("B", "memberIds", List.of(m2)))).status(),
                "a dissolved unit is not split again");
    }

    @Test
    void aCommitteeBecomesTwoWithItsCells() {
        long committee = world.unit("SUB", "Đảng bộ bộ phận Lớn " + World.suffix(), world.ward());
        long c1 = world.unit("CELL", "Chi bộ Một " + World.suffix(), committee);
        long c2 = world.unit("CELL", "Chi bộ Hai " + World.suffix(), committee);
        long c3 = world.unit("CELL", "Chi bộ Ba " + World.suffix(), committee);
        long head = world.member("Vũ Văn Trưởng " + World.suffix(), c3);
        world.member("Vũ Thị Bốn " + World.suffix(), c1);
        appoint(committee, head, "SECRETARY");
        LocalDate today = LocalDate.now();
        Http.Reply done = officer.post("/api/unit-splits", plan(committee, today,
                part("Đảng bộ bộ phận Bắc " + World.suffix(), "subUnitIds", List.of(c1)),
                part("Đảng bộ bộ phận Nam " + World.suffix(), "subUnitIds", List.of(c2, c3))));
        assertEquals(201, done.status(), done.toString());
        assertEquals(3, done.json().getInt("unitsMoved"));
        assertEquals(1, done.json().getInt("positionsMoved"), "the secretary's cell went south, so does the post");
        List<Long> parts = done.json().getJsonArray("partIds").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::longValue).toList();
        Map<Long, Long> parentOf = officer.get("/api/units").array().stream().map(JsonValue::asJsonObject)
                .filter(u -> u.containsKey("parentId") && !u.isNull("parentId"))
                .collect(Collectors.toMap(u -> u.getJsonNumber("id").longValue(),
                        u -> u.getJsonNumber("parentId").longValue()));
        assertTrue(parts.contains(parentOf.get(c1)), parentOf.toString());
        assertEquals(parentOf.get(c2), parentOf.get(c3));
        assertEquals(List.of(head), holders(parentOf.get(c3), "SECRETARY"));
    }

    @Test
    void badPlansAreRefusedNamingTheProblemAndNothingIsWritten() {
        long cell = world.unit("CELL", "Chi bộ Nguyên Vẹn " + World.suffix(), world.ward());
        long a = world.member("Đỗ Văn Giữ " + World.suffix(), cell);
        long b = world.member("Đỗ Thị Nguyên " + World.suffix(), cell);
        long stranger = world.member("Đỗ Văn Khách " + World.suffix(), world.cell("Chi bộ Khác"));
        LocalDate today = LocalDate.now();

        Http.Reply one = officer.post("/api/unit-splits", plan(cell, today, part("Chỉ Một", "memberIds", List.of(a, b))));
        assertEquals(400, one.status(), one.toString());
        assertTrue(one.body().contains("parts"), one.body());
        Http.Reply foreign = officer.post("/api/unit-splits", plan(cell, today,
                part("Phần A", "memberIds", List.of(a, stranger)), part("Phần B", "memberIds", List.of(b))));
        assertEquals(400, foreign.status(), foreign.toString());
        assertTrue(foreign.body().contains(String.valueOf(stranger)), foreign.body());
        Http.Reply same = officer.post("/api/unit-splits", plan(cell, today,
                part("Phần A", "memberIds", List.of(a)), part("phan a", "memberIds", List.of(b))));
        assertEquals(400, same.status(), "names compared without case or diacritics: " + same);
        Http.Reply ward = officer.post("/api/unit-splits", plan(world.ward(), today,
                part("Phần A", "subUnitIds", List.of(cell)), part("Phần B", "subUnitIds", List.of())));
        assertEquals(400, ward.status(), ward.toString());
        Http.Reply future = officer.post("/api/unit-splits", plan(cell, today.plusDays(3),
                part("Phần A", "memberIds", List.of(a)), part("Phần B", "memberIds", List.of(b))));
        assertEquals(400, future.status(), future.toString());
        assertEquals(403, anonymous.as(Tokens.token("bt.split", a, java.util.Set.of("secretary", "member")))
                .post("/api/unit-splits", plan(cell, today, part("Phần A", "memberIds", List.of(a)),
                        part("Phần B", "memberIds", List.of(b)))).status());

        JsonObject still = officer.get("/api/units/" + cell).json();
        assertFalse(still.containsKey("dissolvedOn") && !still.isNull("dissolvedOn"), still.toString());
        assertEquals(2, total(cell, today));
    }

    private List<Long> holders(long unit, String role) {
        return officer.get("/api/units/" + unit + "/positions").array().stream().map(JsonValue::asJsonObject)
                .filter(p -> role.equals(p.getString("role")) && !p.containsKey("to"))
                .map(p -> p.getJsonNumber("memberId").longValue()).toList();
    }
}
