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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Merging units: three cells with members, secretaries and planned meetings into a new cell (counts before and
 * after, statistics as of the day before, the dissolved cells pointing at their successor); two committees with
 * their cells; refusal while a conflict remains; and a merge that fails half-way leaving nothing changed.
 */
class UnitMergeApiIT extends ServerTest {

    private record Cell(long id, List<Long> members, long secretary) {
    }

    private Cell cellWithPeople(String name, long parent) {
        long id = world.unit("CELL", name, parent);
        List<Long> members = new ArrayList<>();
        members.add(world.member("Nguyễn Văn Hợp " + World.suffix(), id));
        members.add(world.member("Trần Thị Nhất " + World.suffix(), id));
        long secretary = world.member("Lê Văn Thư " + World.suffix(), id);
        members.add(secretary);
        Http.Reply appointed = officer.post("/api/units/" + id + "/positions", Json.createObjectBuilder()
                .add("memberId", secretary).add("role", "SECRETARY")
                .add("from", LocalDate.now().minusYears(1).toString()).build());
        assertEquals(201, appointed.status(), appointed.toString());
        return new Cell(id, members, secretary);
    }

    private long planMeeting(long cell) {
        LocalDateTime start = LocalDate.now().plusMonths(1).withDayOfMonth(10).atTime(19, 30);
        Http.Reply r = officer.post("/api/meetings", Json.createObjectBuilder().add("cellId", cell).add("kind", "THEMATIC")
                .add("startsAt", start.toString()).add("endsAt", start.plusHours(2).toString())
                .add("place", "Nhà văn hóa").add("topic", "Chuyên đề sau hợp nhất").add("agenda", "1. Nội dung")
                .add("documents", Json.createArrayBuilder()).build());
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonObject("meeting").getJsonNumber("id").longValue();
    }

    private static JsonObjectBuilder plan(List<Long> units, LocalDate on) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        units.forEach(ids::add);
        return Json.createObjectBuilder().add("unitIds", ids).add("effectiveOn", on.toString())
                .add("decisionNumber", "125-QĐ/ĐU");
    }

    private long total(long unit, LocalDate date) {
        Http.Reply r = officer.get("/api/statistics?unitId=" + unit + "&date=" + date);
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonNumber("total").longValue();
    }

    @Test
    void threeCellsBecomeOneWithTheirMembersPositionsAndMeetings() {
        long ward = world.ward();
        Cell a = cellWithPeople("Chi bộ Khu phố 1", ward);
        Cell b = cellWithPeople("Chi bộ Khu phố 2", ward);
        Cell c = cellWithPeople("Chi bộ Khu phố 3", ward);
        long meetingA = planMeeting(a.id());
        planMeeting(c.id());
        LocalDate today = LocalDate.now();
        LocalDate yesterday = today.minusDays(1);
        assertEquals(3, total(a.id(), yesterday));

        // A builder empties itself on build(): the same request is written out anew for each call.
        String newName = "Chi bộ Khu phố Hợp Nhất " + World.suffix();
        JsonObject preview = officer.post("/api/unit-merges/preview", plan(List.of(a.id(), b.id(), c.id()), today)
                .add("newName", newName).build()).json();
        assertEquals(9, preview.getInt("members"), preview.toString());
        assertEquals(3, preview.getInt("positions"));
        assertEquals(2, preview.getInt("meetings"));
        assertTrue(preview.getBoolean("successorCreated"));
        assertFalse(preview.getBoolean("applicable"));
        JsonObject conflict = preview.getJsonArray("conflicts").getJsonObject(0);
        assertEquals("merge.twoSecretaries", conflict.getString("code"));
        assertEquals(3, conflict.getJsonArray("who").size());

        Http.Reply refused = officer.post("/api/unit-merges", plan(List.of(a.id(), b.id(), c.id()), today)
                .add("newName", "Chi bộ Không Được").build());
        assertEquals(409, refused.status(), refused.toString());
        assertEquals(3, total(a.id(), today), "nothing moved while the conflict stands");

        Http.Reply done = officer.post("/api/unit-merges", plan(List.of(a.id(), b.id(), c.id()), today)
                .add("newName", newName).add("keepSecretaryId", b.secretary()).build());
        assertEquals(201, done.status(), done.toString());
        JsonObject merge = done.json();
        assertEquals(9, merge.getInt("membersMoved"));
        assertEquals(1, merge.getInt("positionsMoved"), "one secretary carries on; the others' terms end");
        assertEquals(2, merge.getInt("meetingsMoved"));
        long successor = merge.getJsonNumber("successorId").longValue();

        assertEquals(9, total(successor, today));
        assertEquals(0, total(a.id(), today));
        assertEquals(3, total(a.id(), yesterday), "as of the day before, the old cell keeps its figures");
        assertEquals(3, total(c.id(), yesterday));
        JsonObject old = officer.get("/api/units/" + a.id()).json();
        assertEquals(today.toString(), old.getString("dissolvedOn"));
        assertEquals(successor, old.getJsonNumber("successorId").longValue());
        assertTrue(old.getString("dissolutionReason").contains("125-QĐ/ĐU"), old.toString());

        List<JsonObject> positions = officer.get("/api/units/" + successor + "/positions").array().stream()
                .map(JsonValue::asJsonObject).toList();
        assertEquals(1, positions.size(), positions.toString());
        assertEquals(b.secretary(), positions.get(0).getJsonNumber("memberId").longValue());
        assertEquals(successor, officer.get("/api/meetings/" + meetingA).json().getJsonObject("meeting")
                .getJsonNumber("cellId").longValue());
        String history = officer.get("/api/members/" + a.members().get(0) + "/history").body();
        assertTrue(history.contains("\"" + a.id() + "\"") && history.contains("\"" + successor + "\""),
                "the move from the old cell to the new one is in the dossier's history: " + history);
        assertTrue(officer.get("/api/audit").body().contains("125-QĐ/ĐU"), "audited");
    }

    @Test
    void twoCommitteesMergeIntoOneOfThemWithTheirCells() {
        long ward = world.ward();
        long keep = world.unit("SUB", "Đảng bộ bộ phận Bắc", ward);
        long other = world.unit("SUB", "Đảng bộ bộ phận Nam", ward);
        Cell north = cellWithPeople("Chi bộ Bắc 1", keep);
        Cell south = cellWithPeople("Chi bộ Nam 1", other);
        Http.Reply done = officer.post("/api/unit-merges", plan(List.of(other), LocalDate.now())
                .add("targetId", keep).build());
        assertEquals(201, done.status(), done.toString());
        assertEquals(1, done.json().getInt("unitsMoved"));
        assertEquals(keep, officer.get("/api/units/" + south.id()).json().getJsonNumber("parentId").longValue());
        assertEquals(keep, officer.get("/api/units/" + other).json().getJsonNumber("successorId").longValue());
        assertEquals(6, total(keep, LocalDate.now()));
        assertEquals(3, total(north.id(), LocalDate.now()));
    }

    @Test
    void aMemberBeingTransferredElsewhereStopsTheMerge() {
        long ward = world.ward();
        long x = world.cell("Chi bộ Đang Chuyển");
        long y = world.cell("Chi bộ Nhận");
        long elsewhere = world.cell("Chi bộ Nơi Khác");
        long moving = world.member("Phan Văn Đi " + World.suffix(), x);
        Http.Reply proposed = officer.post("/api/transfers", Json.createObjectBuilder().add("memberId", moving)
                .add("toCellId", elsewhere).add("date", LocalDate.now().plusDays(5).toString()).build());
        assertEquals(201, proposed.status(), proposed.toString());
        JsonObject preview = officer.post("/api/unit-merges/preview", plan(List.of(x), LocalDate.now())
                .add("targetId", y).build()).json();
        assertEquals("merge.openTransfer", preview.getJsonArray("conflicts").getJsonObject(0).getString("code"),
                preview.toString());
        assertTrue(preview.getJsonArray("conflicts").getJsonObject(0).getJsonArray("who").getString(0)
                .startsWith("Phan Văn Đi"));
        assertEquals(409, officer.post("/api/unit-merges", plan(List.of(x), LocalDate.now()).add("targetId", y).build())
                .status());
        assertTrue(ward > 0);
    }

    @Test
    void aMergeThatFailsHalfWayLeavesEverythingAsItWas() {
        long ward = world.ward();
        Cell a = cellWithPeople("Chi bộ Lỗi A", ward);
        long b = world.cell("Chi bộ Lỗi B");
        // A committee member appointed today cannot have a term ending yesterday: found after the members moved.
        long late = world.member("Đinh Văn Muộn " + World.suffix(), a.id());
        assertEquals(201, officer.post("/api/units/" + a.id() + "/positions", Json.createObjectBuilder()
                .add("memberId", late).add("role", "COMMITTEE_MEMBER").add("from", LocalDate.now().toString())
                .build()).status());
        Http.Reply failed = officer.post("/api/unit-merges", plan(List.of(a.id()), LocalDate.now().minusDays(1))
                .add("targetId", b).build());
        assertTrue(failed.status() >= 400 && failed.status() < 500, failed.toString());
        assertEquals(4, total(a.id(), LocalDate.now()), "every member still in the old cell");
        assertEquals(0, total(b, LocalDate.now()));
        assertFalse(officer.get("/api/units/" + a.id()).json().containsKey("dissolvedOn"), "not dissolved");
    }
}
