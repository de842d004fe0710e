package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Transfers across the ward's boundary: out (proposed, confirmed, the dossier sealed and sent with a slip)
 * and in (registered, checked, accepted into a cell or refused; a member coming back keeps their dossier),
 * with the refusals, the scope and the cell history.
 */
class WardTransferApiIT extends ServerTest {

    private static JsonObjectBuilder outProposal(long memberId, LocalDate date) {
        return Json.createObjectBuilder().add("memberId", memberId)
                .add("destinationName", "Đảng bộ xã Yên Phú").add("destinationLevel", "Đảng bộ cơ sở")
                .add("destinationProvince", "Hưng Yên").add("decisionNumber", "125-QĐ/ĐU")
                .add("date", date.toString()).add("reason", "Chuyển nơi cư trú");
    }

    private long transferOut(Http proposer, long memberId) {
        Http.Reply proposed = proposer.post("/api/transfers/out", outProposal(memberId, LocalDate.now()).build());
        assertEquals(201, proposed.status(), proposed.toString());
        long id = proposed.json().getJsonNumber("id").longValue();
        Http.Reply confirmed = officer.post("/api/transfers/out/" + id + "/confirmation", World.obj("note", "Đồng ý"));
        assertEquals(200, confirmed.status(), confirmed.toString());
        return id;
    }

    /** The 2-HSĐV fields of a member as received, with the sender and the slip. */
    private JsonObjectBuilder incoming(String name, String citizenId) {
        return Json.createObjectBuilder()
                .add("fullName", name).add("sex", "FEMALE").add("birthDate", "1975-05-17")
                .add("citizenId", citizenId).add("ethnicity", "Kinh").add("religion", "Không")
                .add("residence", "Tổ 5, Khu phố 1").add("admissionDate", "2000-05-17")
                .add("fullMembershipDate", "2001-05-17").add("status", "FULL")
                .add("sendingOrg", "Đảng bộ phường Hòa Xuân, Đà Nẵng").add("slipNumber", "88-GGT/ĐU");
    }

    private long register(JsonObjectBuilder body) {
        Http.Reply r = officer.post("/api/transfers/in", body.build());
        assertEquals(201, r.status(), r.toString());
        assertEquals("RECEIVED", r.json().getString("state"));
        return r.json().getJsonNumber("id").longValue();
    }

    private void checkOk(long id) {
        Http.Reply r = officer.post("/api/transfers/in/" + id + "/check", Json.createObjectBuilder()
                .add("slipPresent", true).add("dossierComplete", true).add("cardMatches", true)
                .add("note", "Đủ hồ sơ").build());
        assertEquals(200, r.status(), r.toString());
    }

    private Http.Reply accept(long id, long cellId) {
        return officer.post("/api/transfers/in/" + id + "/acceptance", Json.createObjectBuilder()
                .add("cellId", cellId).add("date", LocalDate.now().toString()).build());
    }

    @Test
    void aTransferOutSealsTheDossierGivesASlipAndClosesTheCellHistory() {
        long cell = world.cell("Chi bộ Đi");
        long other = world.cell("Chi bộ Khác");
        Http secretary = anonymous.as(world.secretaryOf(cell));
        Http otherSecretary = anonymous.as(world.secretaryOf(other));
        long member = world.member("Nghiêm Thị Hà " + World.suffix(), cell);

        assertEquals(403, otherSecretary.post("/api/transfers/out", outProposal(member, LocalDate.now()).build()).status());
        assertEquals(403, anonymous.as(World.memberToken(member))
                .post("/api/transfers/out", outProposal(member, LocalDate.now()).build()).status());
        Http.Reply missing = secretary.post("/api/transfers/out", Json.createObjectBuilder().add("memberId", member).build());
        assertEquals(400, missing.status(), missing.toString());
        assertEquals(Map.of("destinationName", "field.required", "decisionNumber", "field.required",
                "date", "field.required"), DossierApiIT.codes(missing.json()));

        Http.Reply proposed = secretary.post("/api/transfers/out", outProposal(member, LocalDate.now()).build());
        assertEquals(201, proposed.status(), proposed.toString());
        long id = proposed.json().getJsonNumber("id").longValue();
        assertEquals("PROPOSED", proposed.json().getString("state"));
        assertEquals(409, secretary.post("/api/transfers/out", outProposal(member, LocalDate.now()).build()).status(),
                "one open transfer at a time");
        assertEquals(409, officer.post("/api/transfers", Json.createObjectBuilder().add("memberId", member)
                .add("toCellId", other).add("date", LocalDate.now().toString()).build()).status(),
                "nor a move between cells while it is open");
        assertEquals(1, secretary.get("/api/transfers/out").array().size());
        assertEquals(0, otherSecretary.get("/api/transfers/out").array().size());
        assertEquals(403, secretary.post("/api/transfers/out/" + id + "/confirmation", World.obj("note", "")).status());

        Http.Reply confirmed = officer.post("/api/transfers/out/" + id + "/confirmation", World.obj("note", "Đồng ý"));
        assertEquals(200, confirmed.status(), confirmed.toString());
        assertEquals("COMPLETED", confirmed.json().getString("state"), "dated today: sealed and sent at once");
        assertTrue(confirmed.json().containsKey("sentAt"));
        JsonObject dossier = officer.get("/api/members/" + member).json();
        assertEquals("TRANSFERRED_OUT", dossier.getString("status"));

        Http.Reply edit = officer.inLanguage("en").patch("/api/members/" + member, Json.createObjectBuilder()
                .add("version", dossier.getJsonNumber("version").longValue()).add("residence", "Tổ 9").build());
        assertEquals(409, edit.status(), edit.toString());
        assertTrue(edit.json().getString("detail").contains("sealed"), edit.toString());
        Http.Reply event = officer.post("/api/members/" + member + "/events", Json.createObjectBuilder()
                .add("kind", "DEATH").add("date", LocalDate.now().toString()).build());
        assertEquals(409, event.status(), event.toString());
        assertEquals(409, officer.post("/api/transfers/out", outProposal(member, LocalDate.now().plusDays(1)).build())
                .status(), "a sealed dossier cannot leave twice");
        assertEquals(409, officer.post("/api/transfers/out/" + id + "/rejection", World.obj("note", "")).status());

        assertEquals("COMPLETED", secretary.get("/api/transfers/out/member/" + member).array().getJsonObject(0)
                .getString("state"));
        assertEquals(403, otherSecretary.get("/api/transfers/out/member/" + member).status());
        JsonObject slip = secretary.get("/api/transfers/out/" + id + "/slip").json();
        assertEquals("Đảng bộ xã Yên Phú", slip.getString("destinationName"));
        assertEquals("Hưng Yên", slip.getString("destinationProvince"));
        assertEquals("125-QĐ/ĐU", slip.getString("decisionNumber"));
        assertEquals(dossier.getString("fullName"), slip.getString("memberName"));
        assertFalse(slip.getString("issuedBy").isBlank());
        assertEquals(403, otherSecretary.get("/api/transfers/out/" + id + "/slip").status());
        assertEquals(403, anonymous.as(World.memberToken(member)).get("/api/transfers/out/" + id + "/slip").status());

        JsonArray cells = officer.get("/api/members/" + member + "/cells").array();
        assertEquals(1, cells.size(), cells.toString());
        assertEquals(LocalDate.now().toString(), cells.getJsonObject(0).getString("to"));
        assertEquals("Đảng bộ xã Yên Phú (Đảng bộ cơ sở), Hưng Yên",
                cells.getJsonObject(0).getString("transferredOutTo"));
    }

    @Test
    void aTransferOutDatedLaterWaitsAndCanBeWithdrawnOrRejected() {
        long cell = world.cell("Chi bộ Chờ");
        Http secretary = anonymous.as(world.secretaryOf(cell));
        long member = world.member("Kiều Văn Long " + World.suffix(), cell);
        long id = secretary.post("/api/transfers/out", outProposal(member, LocalDate.now().plusDays(10)).build())
                .json().getJsonNumber("id").longValue();
        assertEquals("CANCELLED", secretary.post("/api/transfers/out/" + id + "/cancellation", World.obj("note", "Nhầm"))
                .json().getString("state"));
        long again = secretary.post("/api/transfers/out", outProposal(member, LocalDate.now().plusDays(10)).build())
                .json().getJsonNumber("id").longValue();
        JsonObject confirmed = officer.post("/api/transfers/out/" + again + "/confirmation", World.obj("note", ""))
                .json();
        assertEquals("CONFIRMED", confirmed.getString("state"), "effective on its date, not before");
        assertEquals("FULL", officer.get("/api/members/" + member).json().getString("status"));
    }

    @Test
    void anIncomingDossierIsCheckedThenAcceptedIntoACellAndOnlyOnce() {
        long cell = world.cell("Chi bộ Đến");
        long dissolved = world.cell("Chi bộ Giải Thể");
        assertEquals(200, officer.post("/api/units/" + dissolved + "/dissolution", Json.createObjectBuilder()
                .add("date", LocalDate.now().toString()).add("reason", "Sáp nhập").build()).status());
        String name = "Lương Thị Nga " + World.suffix();
        long id = register(incoming(name, World.citizenId(true, 1975)));

        Http secretary = anonymous.as(world.secretaryOf(cell));
        assertEquals(403, secretary.get("/api/transfers/in").status());
        assertEquals(403, secretary.post("/api/transfers/in/" + id + "/check", Json.createObjectBuilder()
                .add("slipPresent", true).add("dossierComplete", true).add("cardMatches", true).build()).status());
        assertEquals(403, anonymous.as(World.memberToken(1L)).get("/api/transfers/in").status());
        assertTrue(officer.get("/api/transfers/in").array().stream()
                .anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == id));

        assertEquals(409, accept(id, cell).status(), "not checked yet");
        Http.Reply badCheck = officer.post("/api/transfers/in/" + id + "/check", Json.createObjectBuilder()
                .add("slipPresent", true).add("dossierComplete", true).add("cardMatches", false)
                .add("note", "Số thẻ đảng không khớp").build());
        assertEquals("CHECKED", badCheck.json().getString("state"));
        Http.Reply refused = officer.inLanguage("en").post("/api/transfers/in/" + id + "/acceptance",
                Json.createObjectBuilder().add("cellId", cell).add("date", LocalDate.now().toString()).build());
        assertEquals(409, refused.status(), refused.toString());
        assertTrue(refused.json().getString("detail").contains("check"), refused.toString());
        checkOk(id);

        Http.Reply intoDissolved = accept(id, dissolved);
        assertEquals(400, intoDissolved.status(), intoDissolved.toString());
        assertEquals(Map.of("cellId", "transfer.notAnActiveCell"), DossierApiIT.codes(intoDissolved.json()));

        Http.Reply accepted = accept(id, cell);
        assertEquals(200, accepted.status(), accepted.toString());
        assertEquals("ACCEPTED", accepted.json().getString("state"));
        assertFalse(accepted.json().getBoolean("returningMember"));
        long member = accepted.json().getJsonNumber("memberId").longValue();
        assertEquals(409, accept(id, cell).status(), "accepted once only");

        JsonObject dossier = secretary.get("/api/members/" + member).json();
        assertEquals(name, dossier.getString("fullName"));
        assertEquals("FULL", dossier.getString("status"));
        assertEquals(cell, dossier.getJsonNumber("cellId").longValue());
        JsonArray cells = officer.get("/api/members/" + member + "/cells").array();
        assertEquals(1, cells.size(), cells.toString());
        assertEquals("Đảng bộ phường Hòa Xuân, Đà Nẵng", cells.getJsonObject(0).getString("receivedFrom"));
        assertEquals(LocalDate.now().toString(), cells.getJsonObject(0).getString("from"));
        assertFalse(cells.getJsonObject(0).containsKey("to"));
    }

    @Test
    void aCitizenIdOfAnActiveMemberIsAConflictAndADossierCanBeRefused() {
        long cell = world.cell("Chi bộ Trùng");
        long active = world.member("Mạc Thị Lan " + World.suffix(), cell);
        String citizenId = officer.get("/api/members/" + active).json().getString("citizenId");
        Http.Reply dup = officer.post("/api/transfers/in", incoming("Mạc Thị Lan " + World.suffix(), citizenId).build());
        assertEquals(409, dup.status(), dup.toString());

        Http.Reply bad = officer.post("/api/transfers/in", Json.createObjectBuilder().add("fullName", "Mạc Văn Tư")
                .add("shoeSize", "42").build());
        assertEquals(400, bad.status(), bad.toString());
        Map<String, String> codes = DossierApiIT.codes(bad.json());
        assertEquals("field.required", codes.get("sendingOrg"));
        assertEquals("field.required", codes.get("citizenId"));
        assertEquals("field.unknown", codes.get("shoeSize"));

        String fresh = World.citizenId(true, 1975);
        long id = register(incoming("Mạc Thị Hoa " + World.suffix(), fresh));
        assertEquals(409, officer.post("/api/transfers/in", incoming("Mạc Thị Hoa " + World.suffix(), fresh).build())
                .status(), "already waiting");
        Http.Reply noReason = officer.post("/api/transfers/in/" + id + "/refusal", World.obj("reason", " "));
        assertEquals(Map.of("reason", "field.required"), DossierApiIT.codes(noReason.json()));
        Http.Reply refused = officer.post("/api/transfers/in/" + id + "/refusal",
                World.obj("reason", "Thiếu phiếu đảng viên"));
        assertEquals("REFUSED", refused.json().getString("state"));
        assertEquals(409, officer.post("/api/transfers/in/" + id + "/refusal", World.obj("reason", "x")).status());
        checkAfterDecision(id);
    }

    private void checkAfterDecision(long id) {
        assertEquals(409, officer.post("/api/transfers/in/" + id + "/check", Json.createObjectBuilder()
                .add("slipPresent", true).add("dossierComplete", true).add("cardMatches", true).build()).status());
    }

    @Test
    void aMemberWhoComesBackReopensTheSameDossierAndTheHistoryShowsBothWays() {
        long first = world.cell("Chi bộ Cũ");
        long second = world.cell("Chi bộ Mới");
        String name = "Tạ Thị Bình " + World.suffix();
        JsonObject created = officer.post("/api/members", world.memberFields(name, first).build()).json();
        long member = created.getJsonNumber("id").longValue();
        transferOut(officer, member);

        JsonObjectBuilder back = incoming(name, created.getString("citizenId"))
                .add("birthDate", created.getString("birthDate"))
                .add("admissionDate", created.getString("admissionDate"))
                .add("fullMembershipDate", created.getString("fullMembershipDate"))
                .add("residence", "Tổ 8, Khu phố 4");
        long id = register(back);
        checkOk(id);
        Http.Reply accepted = accept(id, second);
        assertEquals(200, accepted.status(), accepted.toString());
        assertTrue(accepted.json().getBoolean("returningMember"));
        assertEquals(member, accepted.json().getJsonNumber("memberId").longValue(), "the same dossier, no duplicate");

        JsonObject dossier = officer.get("/api/members/" + member).json();
        assertEquals("FULL", dossier.getString("status"));
        assertEquals(second, dossier.getJsonNumber("cellId").longValue());
        assertEquals("Tổ 8, Khu phố 4", dossier.getString("residence"));
        JsonArray cells = officer.get("/api/members/" + member + "/cells").array();
        assertEquals(2, cells.size(), cells.toString());
        assertEquals(first, cells.getJsonObject(0).getJsonNumber("cellId").longValue());
        assertTrue(cells.getJsonObject(0).containsKey("transferredOutTo"));
        assertEquals(second, cells.getJsonObject(1).getJsonNumber("cellId").longValue());
        assertEquals("Đảng bộ phường Hòa Xuân, Đà Nẵng", cells.getJsonObject(1).getString("receivedFrom"));
        assertEquals(200, officer.patch("/api/members/" + member, Json.createObjectBuilder()
                .add("version", dossier.getJsonNumber("version").longValue()).add("occupation", "Hưu trí").build())
                .status(), "open again for edits");
        assertTrue(officer.get("/api/audit?size=50").json().getJsonArray("items").stream()
                .anyMatch(v -> v.asJsonObject().getString("action").equals("INCOMING_ACCEPTED")));
    }

    @Test
    void statisticsCountTheMovesAcrossTheWardBoundaryAndWhoWasThereOnTheDate() {
        long cell = world.cell("Chi bộ Thống Kê");
        long leaves = world.member("Văn Thị Lệ " + World.suffix(), cell);
        world.member("Văn Thị Hồng " + World.suffix(), cell);
        transferOut(officer, leaves);
        long id = register(incoming("Văn Thị Xuân " + World.suffix(), World.citizenId(true, 1975)));
        checkOk(id);
        assertEquals(200, accept(id, cell).status());

        LocalDate today = LocalDate.now();
        JsonObject now = officer.get("/api/statistics?unitId=" + cell + "&date=" + today + "&from=" + today
                + "&to=" + today).json();
        assertEquals(2, now.getJsonNumber("total").longValue(), "the one who stayed and the one received: " + now);
        assertEquals(1, now.getJsonObject("movements").getJsonNumber("transferredOut").longValue());
        assertEquals(1, now.getJsonObject("movements").getJsonNumber("transferredIn").longValue());
        JsonObject before = officer.get("/api/statistics?unitId=" + cell + "&date=" + today.minusDays(1)).json();
        assertEquals(2, before.getJsonNumber("total").longValue(),
                "yesterday: the one who left was still there, the one received not yet: " + before);
    }
}
