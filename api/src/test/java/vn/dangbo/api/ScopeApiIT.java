package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who may see and change what: tokens for each role, scope from the positions in the records,
 * and every refusal answered as a refusal (401/403), never as an empty result. Also the unit tree.
 */
class ScopeApiIT extends ServerTest {

    @Test
    void aSecretarySeesAndChangesOnlyTheirOwnCell() {
        long cellA = world.cell("Chi bộ A");
        long cellB = world.cell("Chi bộ B");
        Http secretaryA = anonymous.as(world.secretaryOf(cellA));
        long inA = world.member("Trương Thị Mai " + World.suffix(), cellA);
        long inB = world.member("Trương Văn Hải " + World.suffix(), cellB);

        JsonObject list = secretaryA.get("/api/members?size=200").json();
        List<Long> cells = list.getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getJsonNumber("cellId").longValue()).distinct().toList();
        assertEquals(List.of(cellA), cells, "only cell A, never B: " + list);
        assertEquals(2, list.getJsonNumber("total").longValue(), "the secretary and the member of cell A");

        assertEquals(200, secretaryA.get("/api/members/" + inA).status());
        assertEquals(403, secretaryA.get("/api/members/" + inB).status());
        assertEquals(403, secretaryA.get("/api/members/" + inB + "/history").status());
        assertEquals(403, secretaryA.get("/api/members?unitId=" + cellB).status(), "not an empty page");
        long versionB = officer.get("/api/members/" + inB).json().getJsonNumber("version").longValue();
        Http.Reply edit = secretaryA.patch("/api/members/" + inB, Json.createObjectBuilder()
                .add("version", versionB).add("residence", "x").build());
        assertEquals(403, edit.status(), edit.toString());
        assertTrue(edit.contentType().startsWith("application/problem+json"), edit.contentType());
        assertEquals(403, secretaryA.post("/api/members",
                world.memberFields("Trương Văn Lộc " + World.suffix(), cellB).build()).status());
        long versionA = secretaryA.get("/api/members/" + inA).json().getJsonNumber("version").longValue();
        Http.Reply move = secretaryA.patch("/api/members/" + inA, Json.createObjectBuilder()
                .add("version", versionA).add("cellId", cellB).build());
        assertEquals(java.util.Map.of("cellId", "member.useTransfer"), DossierApiIT.codes(move.json()),
                "a cell changes only through a transfer");
        assertEquals(200, secretaryA.patch("/api/members/" + inA, Json.createObjectBuilder()
                .add("version", versionA).add("residence", "Tổ 1").build()).status());
        assertEquals(201, secretaryA.post("/api/members",
                world.memberFields("Trương Thị Lụa " + World.suffix(), cellA).build()).status());
        assertEquals(403, secretaryA.get("/api/audit").status());
        assertEquals(403, secretaryA.post("/api/units", Json.createObjectBuilder()
                .add("kind", "CELL").add("name", "x").add("parentId", cellA).build()).status());
    }

    @Test
    void aSubCommitteeSecretarySeesTheCellsBelowAndAnEndedTermGivesNothing() {
        long sub = world.unit("SUB", "Đảng bộ bộ phận Khu Đông", world.ward());
        long cell = world.unit("CELL", "Chi bộ Khu phố 7", sub);
        long holder = world.member("Quách Văn Sơn " + World.suffix(), cell);
        long member = world.member("Quách Thị Thủy " + World.suffix(), cell);
        assertEquals(201, officer.post("/api/units/" + sub + "/positions", Json.createObjectBuilder()
                .add("memberId", holder).add("role", "DEPUTY_SECRETARY")
                .add("from", LocalDate.now().minusYears(1).toString()).build()).status());
        Http deputy = anonymous.as(Tokens.token("pbt." + holder, holder, Set.of("secretary", "member")));
        assertEquals(200, deputy.get("/api/members/" + member).status());
        assertEquals(2, deputy.get("/api/members?unitId=" + sub).json().getJsonNumber("total").longValue());

        long successor = world.member("Quách Văn Tùng " + World.suffix(), cell);
        assertEquals(201, officer.post("/api/units/" + sub + "/positions", Json.createObjectBuilder()
                .add("memberId", successor).add("role", "DEPUTY_SECRETARY")
                .add("from", LocalDate.now().toString()).build()).status());
        assertEquals(403, deputy.get("/api/members/" + member).status(), "the term ended today");
        var positions = officer.get("/api/units/" + sub + "/positions").array();
        assertEquals(2, positions.size());
        assertEquals(LocalDate.now().toString(), positions.stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getJsonNumber("memberId").longValue() == holder).findFirst().orElseThrow()
                .getString("to"));
    }

    @Test
    void committeeMembershipGivesNoScopeAndATermCanEndEarly() {
        long cell = world.cell("Chi bộ Cấp ủy");
        long committee = world.member("Lạc Văn Bảo " + World.suffix(), cell);
        long other = world.member("Lạc Thị Châu " + World.suffix(), cell);
        Http.Reply appointed = officer.post("/api/units/" + cell + "/positions", Json.createObjectBuilder()
                .add("memberId", committee).add("role", "COMMITTEE_MEMBER")
                .add("from", LocalDate.now().minusMonths(2).toString()).build());
        assertEquals(201, appointed.status(), appointed.toString());
        Http asCommittee = anonymous.as(Tokens.token("cu." + committee, committee, Set.of("secretary", "member")));
        assertEquals(403, asCommittee.get("/api/members/" + other).status(), "a committee seat manages nobody");

        long deputy = world.member("Lạc Văn Dũng " + World.suffix(), cell);
        long positionId = officer.post("/api/units/" + cell + "/positions", Json.createObjectBuilder()
                .add("memberId", deputy).add("role", "DEPUTY_SECRETARY")
                .add("from", LocalDate.now().minusMonths(2).toString()).build()).json().getJsonNumber("id").longValue();
        Http asDeputy = anonymous.as(Tokens.token("pbt." + deputy, deputy, Set.of("secretary", "member")));
        assertEquals(200, asDeputy.get("/api/members/" + other).status());
        Http.Reply ended = officer.post("/api/units/" + cell + "/positions/" + positionId + "/end",
                World.obj("date", LocalDate.now().toString()));
        assertEquals(200, ended.status(), ended.toString());
        assertEquals(403, asDeputy.get("/api/members/" + other).status(), "no scope once the term ended");
        assertEquals(409, officer.post("/api/units/" + cell + "/positions/" + positionId + "/end",
                World.obj("date", LocalDate.now().toString())).status());
    }

    @Test
    void probationaryMembersWhoseTwelveMonthsEndInAPeriodAreListedInScope() {
        long cell = world.cell("Chi bộ Dự bị");
        Http secretary = anonymous.as(world.secretaryOf(cell));
        LocalDate admitted = LocalDate.now().minusMonths(11);
        Http.Reply due = officer.post("/api/members", world.memberFields("Đoàn Thị Yến " + World.suffix(), cell)
                .add("status", "PROBATIONARY").add("admissionDate", admitted.toString())
                .addNull("fullMembershipDate").build());
        assertEquals(201, due.status(), due.toString());
        long dueId = due.json().getJsonNumber("id").longValue();
        String from = LocalDate.now().toString();
        String to = LocalDate.now().plusMonths(2).toString();
        var list = secretary.get("/api/members/probation-ending?from=" + from + "&to=" + to).array();
        assertEquals(1, list.size(), list.toString());
        assertEquals(dueId, list.getJsonObject(0).getJsonObject("member").getJsonNumber("id").longValue());
        assertEquals(admitted.plusMonths(12).toString(), list.getJsonObject(0).getString("probationEnds"));
        Http.Reply badDate = secretary.get("/api/members/probation-ending?from=31/12/2025&to=" + to);
        assertEquals(java.util.Map.of("from", "field.date"), DossierApiIT.codes(badDate.json()));
    }

    @Test
    void aTransferIsProposedByTheSourceConfirmedByAnOfficerAndTheReceivingCellSeesTheMember() {
        long from = world.cell("Chi bộ Nơi đi");
        long to = world.cell("Chi bộ Nơi đến");
        Http source = anonymous.as(world.secretaryOf(from));
        Http target = anonymous.as(world.secretaryOf(to));
        long member = world.member("Lương Thị Xuân " + World.suffix(), from);
        String today = LocalDate.now().toString();

        assertEquals(403, target.post("/api/transfers", Json.createObjectBuilder().add("memberId", member)
                .add("toCellId", to).add("date", today).build()).status(), "only the source cell proposes");
        Http.Reply proposed = source.post("/api/transfers", Json.createObjectBuilder().add("memberId", member)
                .add("toCellId", to).add("date", today).add("reason", "Chuyển nơi cư trú").build());
        assertEquals(201, proposed.status(), proposed.toString());
        long transfer = proposed.json().getJsonNumber("id").longValue();
        assertEquals(409, source.post("/api/transfers", Json.createObjectBuilder().add("memberId", member)
                .add("toCellId", to).add("date", today).build()).status(), "one open transfer at a time");
        assertEquals(1, target.get("/api/transfers").array().size(), "the receiving cell sees it coming");
        assertEquals(403, target.get("/api/members/" + member).status(), "but not the dossier before the date");
        assertEquals(403, source.post("/api/transfers/" + transfer + "/confirmation", World.obj("note", "")).status());

        JsonObject confirmed = officer.post("/api/transfers/" + transfer + "/confirmation",
                World.obj("note", "Đồng ý")).json();
        assertEquals("COMPLETED", confirmed.getString("state"), "dated today: effective at once");
        assertEquals(200, target.get("/api/members/" + member).status());
        assertEquals(403, source.get("/api/members/" + member).status());
        var cells = officer.get("/api/members/" + member + "/cells").array();
        assertEquals(List.of(from, to), cells.stream()
                .map(c -> c.asJsonObject().getJsonNumber("cellId").longValue()).toList());
        assertEquals(today, cells.getJsonObject(0).getString("to"));
        assertEquals(409, officer.post("/api/transfers/" + transfer + "/rejection", World.obj("note", "")).status());

        Http.Reply future = target.post("/api/transfers", Json.createObjectBuilder().add("memberId", member)
                .add("toCellId", from).add("date", LocalDate.now().plusDays(10).toString()).build());
        long later = future.json().getJsonNumber("id").longValue();
        assertEquals("CONFIRMED", officer.post("/api/transfers/" + later + "/confirmation", World.obj("note", ""))
                .json().getString("state"), "a future date waits");
        assertEquals(200, target.get("/api/members/" + member).status(), "still in the receiving cell until then");
        Http.Reply bad = source.post("/api/transfers", Json.createObjectBuilder().add("memberId", member).build());
        assertEquals(403, bad.status(), "the member is no longer in the source cell");
    }

    @Test
    void statisticsOnADateFollowTheEventsAndTransfers() {
        long sub = world.unit("SUB", "Đảng bộ bộ phận Thống kê", world.ward());
        long cellA = world.unit("CELL", "Chi bộ A", sub);
        long cellB = world.unit("CELL", "Chi bộ B", sub);
        long elsewhere = world.cell("Chi bộ Ngoài");
        Http secretaryA = anonymous.as(world.secretaryOf(cellA));
        long dies = world.member("Hà Thị Gấm " + World.suffix(), cellA);
        LocalDate admitted = LocalDate.now().minusMonths(5);
        long leaves = officer.post("/api/members", world.memberFields("Hà Văn Hiếu " + World.suffix(), cellA)
                .add("sex", "MALE").add("citizenId", World.citizenId(false, 1990)).add("birthDate", "1990-03-03")
                .add("status", "PROBATIONARY").add("admissionDate", admitted.toString())
                .addNull("fullMembershipDate").build()).json().getJsonNumber("id").longValue();
        world.member("Hà Thị Khuê " + World.suffix(), cellB);
        String today = LocalDate.now().toString();
        String yesterday = LocalDate.now().minusDays(1).toString();
        assertEquals(201, officer.post("/api/members/" + dies + "/events", Json.createObjectBuilder()
                .add("kind", "DEATH").add("date", today).build()).status());
        long t = officer.post("/api/transfers", Json.createObjectBuilder().add("memberId", leaves)
                .add("toCellId", elsewhere).add("date", today).build()).json().getJsonNumber("id").longValue();
        assertEquals(200, officer.post("/api/transfers/" + t + "/confirmation", World.obj("note", "")).status());

        String period = "&from=" + admitted + "&to=" + today;
        JsonObject now = officer.get("/api/statistics?unitId=" + sub + "&date=" + today + period).json();
        assertEquals(2, now.getJsonNumber("total").longValue(), "the secretary of A and the member of B: " + now);
        JsonObject before = officer.get("/api/statistics?unitId=" + sub + "&date=" + yesterday + period).json();
        assertEquals(4, before.getJsonNumber("total").longValue(), "yesterday: nobody had died or left yet");
        JsonObject moves = now.getJsonObject("movements");
        assertEquals(1, moves.getJsonNumber("died").longValue());
        assertEquals(1, moves.getJsonNumber("transferredOut").longValue());
        assertEquals(1, moves.getJsonNumber("admitted").longValue());
        JsonObject status = before.getJsonArray("breakdowns").stream().map(JsonValue::asJsonObject)
                .filter(b -> b.getString("key").equals("status")).findFirst().orElseThrow();
        assertEquals(List.of("PROBATIONARY:1", "FULL:3", "EXEMPT:0"), status.getJsonArray("rows").stream()
                .map(r -> r.asJsonObject().getString("key") + ":" + r.asJsonObject().getJsonNumber("count"))
                .toList());

        byte[] xlsx = officer.bytes("/api/statistics/xlsx?unitId=" + sub + "&date=" + yesterday + period);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().startsWith("Thống kê đảng viên"));
            assertEquals("Tổng số đảng viên", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals(4, (long) sheet.getRow(2).getCell(1).getNumericCellValue());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertEquals(403, secretaryA.get("/api/statistics?unitId=" + sub).status());
        assertEquals(200, secretaryA.get("/api/statistics?unitId=" + cellA).status());
        assertEquals(java.util.Map.of("unitId", "field.required"),
                DossierApiIT.codes(officer.get("/api/statistics").json()));
    }

    @Test
    void membersReachingABadgeMilestoneInAPeriodAreListedWithTheAwardDate() {
        long cell = world.cell("Chi bộ Huy hiệu");
        Http secretary = anonymous.as(world.secretaryOf(cell));
        LocalDate admitted = LocalDate.now().plusMonths(1).minusYears(40);
        long veteran = officer.post("/api/members", world.memberFields("Châu Văn Lộc " + World.suffix(), cell)
                .add("sex", "MALE").add("birthDate", "1950-01-01").add("citizenId", World.citizenId(false, 1950))
                .add("admissionDate", admitted.toString())
                .add("fullMembershipDate", admitted.plusYears(1).toString()).build()).json()
                .getJsonNumber("id").longValue();
        var due = secretary.get("/api/badges/due?from=" + LocalDate.now() + "&to=" + LocalDate.now().plusMonths(2))
                .array();
        assertEquals(1, due.size(), due.toString());
        assertEquals(veteran, due.getJsonObject(0).getJsonNumber("memberId").longValue());
        assertEquals(40, due.getJsonObject(0).getInt("years"));
        assertEquals(admitted.plusYears(40).toString(), due.getJsonObject(0).getString("reachedOn"));
        assertEquals(403, anonymous.as(World.memberToken(veteran)).get("/api/badges/due?from=2026-01-01&to=2026-12-31")
                .status());
    }

    @Test
    void aMemberSeesOnlyTheirOwnDossier() {
        long cell = world.cell("Chi bộ Riêng tư");
        long me = world.member("Kiều Thị Oanh " + World.suffix(), cell);
        long other = world.member("Kiều Văn Phúc " + World.suffix(), cell);
        Http member = anonymous.as(World.memberToken(me));
        assertEquals(200, member.get("/api/members/" + me).status());
        assertEquals(200, member.get("/api/members/" + me + "/history").status());
        Http.Reply refused = member.get("/api/members/" + other);
        assertEquals(403, refused.status());
        assertEquals("Bạn chỉ được xem hồ sơ của chính mình.", refused.json().getString("detail"));
        assertEquals(403, member.get("/api/members").status(), "no list for plain members");
        assertEquals(403, member.patch("/api/members/" + me, Json.createObjectBuilder()
                .add("version", 0).add("residence", "x").build()).status());
        JsonObject profile = member.get("/api/me").json();
        assertEquals(me, profile.getJsonNumber("memberId").longValue());
        assertEquals(false, profile.getBoolean("wholeWard"));
        assertTrue(profile.getString("displayName").startsWith("Kiều Thị Oanh"));
    }

    @Test
    void withoutAValidTokenTheApiAnswers401ButTheClientConfigIsPublic() {
        assertEquals(401, anonymous.get("/api/members").status());
        assertEquals(401, anonymous.get("/api/units").status());
        assertEquals(401, anonymous.as(Tokens.withIssuer("https://elsewhere.invalid/realms/ward"))
                .get("/api/units").status());
        Http.Reply config = anonymous.get("/api/config");
        assertEquals(200, config.status());
        assertEquals("ward", config.json().getString("realm"));
    }

    @Test
    void theOpenApiDocumentAndHealthAreServedAtTheServerRoot() {
        Http.Reply openapi = anonymous.get("/openapi");
        assertEquals(200, openapi.status());
        for (String path : List.of("/members", "/members/{id}", "/members/{id}/history", "/units", "/audit")) {
            assertTrue(openapi.body().contains(path + ":"), "OpenAPI lists " + path);
        }
        Http.Reply health = anonymous.get("/health/ready");
        assertEquals(200, health.status(), health.toString());
        assertTrue(health.body().contains("\"database\""), health.body());
    }

    @Test
    void theTreeIsBuiltRenamedMovedAndDissolvedButNeverLost() {
        long ward = world.ward();
        long sub = world.unit("SUB", "Đảng bộ bộ phận Tây", ward);
        long cell = world.unit("CELL", "Chi bộ Tổ 12", ward);
        assertEquals(409, officer.post("/api/units", Json.createObjectBuilder()
                .add("kind", "CELL").add("name", "Chi bộ con").add("parentId", cell).build()).status(),
                "a cell holds no units");
        assertEquals(409, officer.post("/api/units", Json.createObjectBuilder()
                .add("kind", "WARD").add("name", "Đảng bộ thứ hai").build()).status(), "one ward only");
        Http.Reply invalid = officer.post("/api/units", Json.createObjectBuilder()
                .add("kind", "CELL").add("name", "").add("parentId", ward).build());
        assertEquals(400, invalid.status(), invalid.toString());
        assertEquals("name", invalid.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        JsonObject renamed = officer.patch("/api/units/" + cell, Json.createObjectBuilder()
                .add("name", "Chi bộ Tổ dân phố 12").add("parentId", sub).build()).json();
        assertEquals("Chi bộ Tổ dân phố 12", renamed.getString("name"));
        assertEquals(sub, renamed.getJsonNumber("parentId").longValue());
        assertEquals(409, officer.patch("/api/units/" + sub, Json.createObjectBuilder()
                .add("parentId", cell).build()).status(), "no loops, no sub-committee under a cell");

        long member = world.member("Mạc Văn Quang " + World.suffix(), cell);
        JsonObject withMember = officer.get("/api/units/" + cell).json();
        assertEquals(1, withMember.getJsonNumber("activeMembers").longValue());
        assertEquals(404, officer.get("/api/units/987654321").status());
        Http.Reply notEmpty = officer.post("/api/units/" + cell + "/dissolution", Json.createObjectBuilder()
                .add("date", LocalDate.now().toString()).add("reason", "Sáp nhập").build());
        assertEquals(409, notEmpty.status(), notEmpty.toString());

        long emptyCell = world.unit("CELL", "Chi bộ Tạm", sub);
        Http.Reply noDate = officer.post("/api/units/" + emptyCell + "/dissolution", World.obj("reason", "x"));
        assertEquals(400, noDate.status(), noDate.toString());
        assertEquals(java.util.Map.of("date", "field.required"), DossierApiIT.codes(noDate.json()));
        Http.Reply dissolved = officer.post("/api/units/" + emptyCell + "/dissolution", Json.createObjectBuilder()
                .add("date", LocalDate.now().toString()).add("reason", "Sáp nhập vào Chi bộ Tổ dân phố 12").build());
        assertEquals(200, dissolved.status(), dissolved.toString());
        JsonObject still = officer.get("/api/units").array().stream().map(JsonValue::asJsonObject)
                .filter(u -> u.getJsonNumber("id").longValue() == emptyCell).findFirst().orElseThrow();
        assertEquals(LocalDate.now().toString(), still.getString("dissolvedOn"));
        Http.Reply intoDissolved = officer.post("/api/members",
                world.memberFields("Mạc Thị Hoa " + World.suffix(), emptyCell).build());
        assertEquals(400, intoDissolved.status(), "no new member in a dissolved cell");
        assertEquals(java.util.Map.of("cellId", "unit.dissolved"), DossierApiIT.codes(intoDissolved.json()));
        assertEquals(200, officer.get("/api/members/" + member).status());
        assertEquals(403, anonymous.as(World.memberToken(member)).post("/api/units", Json.createObjectBuilder()
                .add("kind", "CELL").add("name", "x").add("parentId", ward).build()).status());
    }
}
