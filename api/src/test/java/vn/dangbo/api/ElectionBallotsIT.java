package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * Ballots: one per delegate and round under any concurrency, nothing in the stored data linking a voter to a
 * ballot, receipt codes in the published list, who may vote, paper ballots entered twice with discrepancies
 * reported, the counting board's minutes, and what the screens show.
 */
class ElectionBallotsIT extends ServerTest {

    private Elections elections() {
        return new Elections(base, world);
    }

    @Test
    void fiftyConcurrentAttemptsByTheSameDelegateStoreOneBallot() throws Exception {
        Elections el = elections();
        Elections.Hall hall = el.hall(3, 3);
        long c = hall.congressId();
        long e = el.election(c, "Bầu đồng thời " + World.suffix(), 1);
        long only = el.candidates(c, e, "Đồng Thời").get(0);
        el.openRound(c, e);
        Http d = hall.delegates().get(0);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Http.Reply>> attempts = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                attempts.add(pool.submit(() -> {
                    start.await();
                    return el.cast(d, c, e, 1, List.of(only), false);
                }));
            }
            start.countDown();
            Map<Integer, Integer> byStatus = new TreeMap<>();
            for (Future<Http.Reply> f : attempts) {
                byStatus.merge(f.get().status(), 1, Integer::sum);
            }
            assertEquals(Map.of(201, 1, 409, 49), byStatus);
        } finally {
            pool.shutdownNow();
        }
        JsonObject round = d.get(Elections.path(c, e)).json().getJsonArray("rounds").getJsonObject(0);
        assertEquals(1, round.getInt("ballotsCast"));
        assertTrue(round.getBoolean("votedByMe"));
        assertFalse(hall.delegates().get(1).get(Elections.path(c, e)).json().getJsonArray("rounds").getJsonObject(0)
                .getBoolean("votedByMe"));
        JsonObject r = el.close(c, e, 1);
        assertEquals(1, r.getInt("received"));
        assertEquals(1, r.getInt("voters"));
    }

    @Test
    void theTablesHoldNothingThatLinksAVoterToABallot() throws Exception {
        Elections el = elections();
        Elections.Hall hall = el.hall(4, 4);
        long c = hall.congressId();
        long e = el.election(c, "Bầu ẩn danh " + World.suffix(), 2);
        List<Long> ids = el.candidates(c, e, "Ẩn Danh Một", "Ẩn Danh Hai");
        el.openRound(c, e);
        // Voting in reverse order of the delegates' ids: neither table keeps the order of voting.
        Map<String, List<Long>> receipts = new TreeMap<>();
        for (int i = 3; i >= 0; i--) {
            List<Long> kept = i % 2 == 0 ? List.of(ids.get(0)) : List.of(ids.get(0), ids.get(1));
            receipts.put(el.vote(hall.delegates().get(i), c, e, 1, kept), kept);
        }
        try (Connection db = db()) {
            assertEquals(List.of("round_id", "delegate_id"), columns(db, "election_voter"));
            assertEquals(List.of("receipt", "round_id", "source", "kept", "verdict"), columns(db, "election_ballot"));
            Set<String> shared = new HashSet<>(columns(db, "election_voter"));
            shared.retainAll(columns(db, "election_ballot"));
            assertEquals(Set.of("round_id"), shared, "the round is all a voter and a ballot have in common");
            for (String table : List.of("election_voter", "election_ballot")) {
                assertEquals(List.of(), strings(db, "SELECT column_name FROM information_schema.columns WHERE "
                        + "table_schema = DATABASE() AND table_name = ? AND (data_type IN ('timestamp', 'datetime', "
                        + "'date', 'time', 'year') OR extra <> '' OR column_default IS NOT NULL)", table),
                        table + ": no time, no auto-increment, no generated or defaulted value");
                assertEquals(List.of(), strings(db, "SELECT trigger_name FROM information_schema.triggers WHERE "
                        + "event_object_schema = DATABASE() AND event_object_table = ?", table), table + ": no trigger");
            }
            long round = Long.parseLong(strings(db, "SELECT r.id FROM election_round r WHERE r.election_id = ?",
                    "" + e).get(0));
            // Stored order: voters by delegate id, ballots by their random receipt code; not the order of voting.
            List<Long> voters = strings(db, "SELECT delegate_id FROM election_voter WHERE round_id = ?", "" + round)
                    .stream().map(Long::valueOf).toList();
            assertEquals(hall.delegateIds().stream().sorted().toList(), voters);
            List<String> ballots = strings(db, "SELECT receipt FROM election_ballot WHERE round_id = ?", "" + round);
            assertEquals(new ArrayList<>(receipts.keySet()), ballots);
            for (String kept : strings(db, "SELECT kept FROM election_ballot WHERE round_id = ?", "" + round)) {
                for (String id : kept.split(",")) {
                    assertTrue(ids.contains(Long.valueOf(id)), "a ballot holds candidate ids only: " + kept);
                }
            }
            List<String> audited = strings(db, "SELECT action FROM audit_entry WHERE "
                    + "actor IN (" + hall.memberIds().stream().map(m -> "'daibieu." + m + "'")
                    .collect(Collectors.joining(",")) + ")");
            assertEquals(List.of(), audited, "casting writes no audit entry (its time would sit beside the ballot)");
        }
        // Each delegate finds their receipt, with what they kept, in the published list.
        el.close(c, e, 1);
        Http.Reply hidden = hall.delegates().get(0).get(Elections.path(c, e) + "/rounds/1/ballots");
        assertEquals(409, hidden.status(), "ballots are shown once the result is published: " + hidden);
        el.publish(c, e, 1);
        JsonArray published = hall.delegates().get(2).get(Elections.path(c, e) + "/rounds/1/ballots").array();
        assertEquals(4, published.size());
        for (Map.Entry<String, List<Long>> mine : receipts.entrySet()) {
            JsonObject b = published.stream().map(JsonValue::asJsonObject)
                    .filter(x -> x.getString("receipt").equals(mine.getKey())).findFirst().orElseThrow();
            assertEquals(mine.getValue(), b.getJsonArray("kept").getValuesAs(jakarta.json.JsonNumber.class).stream()
                    .map(jakarta.json.JsonNumber::longValue).toList());
            assertTrue(mine.getKey().matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"), mine.getKey());
        }
    }

    @Test
    void onlyOfficialDelegatesPresentAndNotExcludedVoteOnlyWhileTheRoundIsOpen() {
        Elections el = elections();
        Elections.Hall hall = el.hall(4, 2);
        long c = hall.congressId();
        long e = el.election(c, "Bầu điều kiện " + World.suffix(), 1);
        long only = el.candidates(c, e, "Điều Kiện").get(0);
        Http.Reply early = el.cast(hall.delegates().get(0), c, e, 1, List.of(only), false);
        assertEquals(404, early.status(), "no round yet: " + early);
        Http.Reply openedByDelegate = hall.delegates().get(0).post(Elections.path(c, e) + "/rounds",
                Json.createObjectBuilder().build());
        assertEquals(403, openedByDelegate.status(), "only the counting board opens rounds: " + openedByDelegate);
        Http.Reply exclusion = officer.post(Elections.path(c, e) + "/exclusions", Json.createObjectBuilder()
                .add("delegateId", hall.delegateIds().get(1)).add("reason", "Loại trừ theo quy định").build());
        assertEquals(201, exclusion.status(), exclusion.toString());
        el.openRound(c, e);
        Http.Reply lateExclusion = officer.post(Elections.path(c, e) + "/exclusions", Json.createObjectBuilder()
                .add("delegateId", hall.delegateIds().get(0)).add("reason", "Ghi nhận muộn").build());
        assertEquals(409, lateExclusion.status(), "no exclusion while a round is open: " + lateExclusion);
        Http.Reply absent = el.cast(hall.delegates().get(2), c, e, 1, List.of(only), false);
        assertEquals(409, absent.status(), "not checked in: " + absent);
        assertTrue(absent.body().contains("điểm danh"), absent.body());
        Http.Reply excluded = el.cast(hall.delegates().get(1), c, e, 1, List.of(only), false);
        assertEquals(409, excluded.status(), "excluded: " + excluded);
        Http.Reply organiser = el.cast(officer, c, e, 1, List.of(only), false);
        assertEquals(403, organiser.status(), "the organising board has no ballot: " + organiser);

        long cell = world.cell("Chi bộ Dự khuyết " + World.suffix());
        long alt = world.member("Dự Khuyết " + World.suffix(), cell);
        long altDelegate = new Congresses(officer).addDelegates(c, "ALTERNATE", "ELECTED", alt).get(0);
        officer.post("/api/congresses/" + c + "/check-ins/desk", Json.createObjectBuilder()
                .add("delegateId", altDelegate).build());
        Http alternate = anonymous.as(Tokens.token("dukhuyet." + alt, alt, Set.of("member", "delegate")));
        assertEquals(403, el.cast(alternate, c, e, 1, List.of(only), false).status(), "alternates do not vote");

        el.vote(hall.delegates().get(0), c, e, 1, List.of(only));
        JsonObject r = el.close(c, e, 1);
        assertEquals(1, r.getInt("issued"), "present, official and not excluded: one ballot to issue");
        Http.Reply afterClose = el.cast(hall.delegates().get(3), c, e, 1, List.of(only), false);
        assertEquals(409, afterClose.status(), afterClose.toString());
    }

    @Test
    void paperBallotsAreEnteredTwiceByDifferentPeopleAndDiscrepanciesReported() {
        Elections el = elections();
        Elections.Hall hall = el.hall(5, 5);
        long c = hall.congressId();
        long counter = new Congresses(officer).appoint(c, "COUNTING", hall.delegateIds().get(4));
        assertTrue(counter > 0);
        Http second = hall.delegates().get(4);
        long e = el.election(c, "Bầu phiếu giấy " + World.suffix(), 1);
        List<Long> ids = el.candidates(c, e, "Giấy Một");
        long one = ids.get(0);
        Http.Reply noCount = officer.post(Elections.path(c, e) + "/rounds",
                Json.createObjectBuilder().add("mode", "PAPER").build());
        assertEquals(400, noCount.status(), "how many sheets were handed out: " + noCount);
        Http.Reply opened = officer.post(Elections.path(c, e) + "/rounds",
                Json.createObjectBuilder().add("mode", "PAPER").add("paperIssued", 5).build());
        assertEquals(201, opened.status(), opened.toString());
        String paper = Elections.path(c, e) + "/rounds/1/paper/";
        for (int sheet = 1; sheet <= 4; sheet++) {
            assertEquals(200, put(officer, paper + "1/" + sheet, sheet == 4 ? List.of() : List.of(one), false).status());
        }
        assertEquals(200, put(officer, paper + "1/5", List.of(one), true).status());
        Http.Reply same = put(officer, paper + "2/1", List.of(one), false);
        assertEquals(409, same.status(), "the second pass of a sheet by someone else: " + same);
        Http.Reply notOnBoard = put(hall.delegates().get(0), paper + "2/1", List.of(one), false);
        assertEquals(403, notOnBoard.status(), notOnBoard.toString());
        assertEquals(200, put(second, paper + "2/1", List.of(one), false).status());
        assertEquals(200, put(second, paper + "2/2", List.of(), false).status());
        assertEquals(200, put(second, paper + "2/4", List.of(), false).status());
        assertEquals(200, put(second, paper + "2/5", List.of(one), true).status());

        JsonObject check = second.get(Elections.path(c, e) + "/rounds/1/paper").json();
        assertEquals(5, check.getInt("sheetsFirstPass"));
        assertEquals(4, check.getInt("sheetsSecondPass"));
        Map<Integer, String> problems = check.getJsonArray("discrepancies").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(x -> x.getInt("sheetNo"), x -> x.getString("problem")));
        assertEquals(Map.of(2, "DIFFERENT", 3, "MISSING_SECOND"), problems);
        Http.Reply refused = officer.post(Elections.path(c, e) + "/rounds/1/closure", Json.createObjectBuilder().build());
        assertEquals(409, refused.status(), "no count while the passes differ: " + refused);
        assertTrue(refused.body().contains("2"), refused.body());

        // Checked against the sheet: pass 2 misread sheet 2; sheet 3 is entered.
        assertEquals(200, put(second, paper + "2/2", List.of(one), false).status());
        assertEquals(200, put(second, paper + "2/3", List.of(one), false).status());
        assertEquals(0, second.get(Elections.path(c, e) + "/rounds/1/paper").json().getJsonArray("discrepancies").size());
        JsonObject r = el.close(c, e, 1);
        assertEquals("PAPER", r.getString("mode"));
        assertEquals(5, r.getInt("issued"));
        assertEquals(5, r.getInt("received"));
        assertEquals(4, r.getInt("valid"), "sheet 4 kept nobody on a list without extra names: valid");
        assertEquals(1, r.getJsonObject("invalidBy").getInt("NOT_ISSUED"));
        JsonObject line = r.getJsonArray("candidates").getJsonObject(0);
        assertEquals(3, line.getInt("votes"));
        assertTrue(line.getBoolean("elected"), "3 of 5 is more than half");
    }

    @Test
    void theCountingBoardsMinutesCarryEveryFigureAndTheScreensShowThePublishedResult() throws Exception {
        Elections el = elections();
        Elections.Hall hall = el.hall(11, 10);
        long c = hall.congressId();
        new Congresses(officer).appoint(c, "COUNTING", hall.delegateIds().get(10));
        long e = el.election(c, "Bầu Ban Chấp hành Đảng bộ phường " + World.suffix(), 2);
        List<Long> ids = el.candidates(c, e, "Phạm Văn Đạt", "Hoàng Thị Chưa");
        officer.post(Elections.path(c, e) + "/exclusions", Json.createObjectBuilder()
                .add("delegateId", hall.delegateIds().get(10)).add("reason", "Vắng mặt vì công tác đột xuất").build());
        el.openRound(c, e);
        for (int i = 0; i < 10; i++) {
            el.vote(hall.delegates().get(i), c, e, 1, i < 7 ? List.of(ids.get(0), ids.get(1)) : List.of(ids.get(0)));
        }
        JsonObject live = hall.delegates().get(0).get("/api/congresses/" + c + "/live").json();
        JsonObject now = election(live, e);
        assertEquals(10, now.getInt("ballotsCast"));
        assertFalse(now.containsKey("published"), "nothing of the count before it is published");
        el.close(c, e, 1);
        assertFalse(election(hall.delegates().get(0).get("/api/congresses/" + c + "/live").json(), e)
                .containsKey("published"), "counted, not yet published");
        el.publish(c, e, 1);
        JsonObject shown = election(hall.delegates().get(0).get("/api/congresses/" + c + "/live").json(), e)
                .getJsonObject("published");
        assertEquals(10, shown.getInt("base"));
        assertEquals("Phạm Văn Đạt", shown.getJsonArray("candidates").getJsonObject(0).getString("fullName"));
        assertTrue(shown.getJsonArray("candidates").getJsonObject(0).getBoolean("elected"));

        byte[] docx = hall.delegates().get(10).bytes(Elections.path(c, e) + "/rounds/1/minutes");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            String t = text.getText();
            for (String expected : List.of("BIÊN BẢN KIỂM PHIẾU", "BAN KIỂM PHIẾU", "Số lượng cần bầu: 2",
                    "Số người trong danh sách bầu cử: 2", "Tổng số đại biểu chính thức được triệu tập: 11",
                    "loại trừ theo quy định: 1", "số đại biểu làm căn cứ tính kết quả: 10",
                    "quá một phần hai số đại biểu làm căn cứ): 6", "Số đại biểu có mặt có quyền bầu cử: 10",
                    "Số phiếu phát ra: 10", "số phiếu thu vào: 10", "Số phiếu hợp lệ: 10",
                    "số phiếu không hợp lệ: 0", "Vắng mặt vì công tác đột xuất", "Phạm Văn Đạt", "100,0",
                    "Hoàng Thị Chưa", "70,0", "Trúng cử", "Số người trúng cử: 2", "TRƯỞNG BAN")) {
                assertTrue(t.contains(expected), "'" + expected + "' missing from:\n" + t);
            }
        }
    }

    private static JsonObject election(JsonObject live, long electionId) {
        return live.getJsonObject("sections").getJsonObject("election").getJsonArray("elections").stream()
                .map(JsonValue::asJsonObject).filter(x -> x.getJsonNumber("id").longValue() == electionId)
                .findFirst().orElseThrow(() -> new AssertionError("election " + electionId + " not in " + live));
    }

    private static Http.Reply put(Http who, String path, List<Long> kept, boolean notIssued) {
        return who.send("PUT", path, Elections.marks(kept).add("notIssued", notIssued).build().toString(),
                "application/json");
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + System.getProperty("it.db.port") + "/"
                + System.getProperty("it.db.name") + "?sslMode=DISABLED", "root", "");
    }

    private static List<String> columns(Connection db, String table) throws SQLException {
        return strings(db, "SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE() "
                + "AND table_name = ? ORDER BY ordinal_position", table);
    }

    private static List<String> strings(Connection db, String sql, String... args) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                q.setString(i + 1, args[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return Collections.unmodifiableList(out);
        }
    }
}
