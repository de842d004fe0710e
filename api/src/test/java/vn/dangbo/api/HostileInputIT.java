package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A corpus of hostile inputs, generated for every write operation (POST, PUT, PATCH) the deployed OpenAPI
 * document lists: each field of the operation's request body in turn gets an overlong string, control
 * characters, HTML and script, SQL, a value of the wrong JSON type, a huge number, an impossible date; and
 * each body as a whole comes malformed, empty, in invalid UTF-8, nested ten thousand deep, or with the wrong
 * content type. The uploads get files that are not spreadsheets or PDFs, truncated, encrypted, zip bombs,
 * and 100 MB streamed.
 *
 * <p>What every answer must be: never a server error; a refusal (4xx) as application/problem+json with a
 * clear {@code detail} in the caller's language and no internals; nothing written (the audit log, which
 * every change writes to, has not grown); the server ready afterwards. HTML and SQL in free text may be
 * accepted, as text: then they come back verbatim, as JSON strings.
 *
 * <p>Which request reaches each operation, and as whom, comes from authorization-matrix.txt; the bodies come
 * from the operation's schema in /openapi, with the values a few operations need to get past their checks.
 */
class HostileInputIT extends ServerTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final long MISSING = 987_654_321L;

    private static final String OVERLONG = "Đảng bộ phường ".repeat(700) + "cuối";
    private static final String HTML = "<script>alert('xss')</script><img src=x onerror=alert(1)><b>đậm</b>";
    private static final String SQL = "' OR 1=1 --; DROP TABLE member; -- Nguyễn";
    private static final String DEEP = "[".repeat(10_000) + "]".repeat(10_000);

    /** What a case may get: a refusal, a refusal or the text kept verbatim, or anything but a server error. */
    enum Expect { REFUSED, TEXT, SAFE }

    record Op(String method, String path, String contentType, JsonObject schema, String token, String caller,
              String matrixBody) {
        String name() {
            return method + " " + path;
        }
    }

    record Case(String name, byte[] body, String contentType, Expect expect, String text) {
    }

    record Answer(int status, String contentType, String body) {
        JsonObject json() {
            try (var r = Json.createReader(new StringReader(body))) {
                return r.readObject();
            }
        }
    }

    @Test
    void everyWriteOperationRefusesHostileInputCleanlyAndWritesNothing() throws Exception {
        JsonObject openapi = openapi();
        Map<String, String[]> matrix = matrix();

        long cellA = world.cell("Chi bộ Thử thách A");
        long cellB = world.cell("Chi bộ Thử thách B");
        long spare = world.cell("Chi bộ Thử thách phụ");
        long memberA = world.member("Trần Thị Thử " + World.suffix(), cellA);
        Map<String, String> tokens = Map.of("officer", Tokens.officer(), "secA", world.secretaryOf(cellA),
                "self", World.memberToken(memberA));
        Map<String, String> values = new LinkedHashMap<>(Map.of("memberA", "" + memberA, "memberB", "" + memberA,
                "cellA", "" + cellA, "cellB", "" + cellB, "spare", "" + spare, "missing", "" + MISSING,
                "year", "" + LocalDate.now().getYear(), "today", LocalDate.now().toString(),
                "month", java.time.YearMonth.now().toString()));
        values.putAll(fixtures(cellA, cellB, memberA));
        requests().forEach((op, request) -> {
            String[] row = matrix.get(op);
            assertTrue(row != null, "no line in authorization-matrix.txt for " + op);
            String[] changed = row.clone();
            changed[0] = request[0];
            matrix.put(op, changed);
        });

        List<Op> ops = writeOperations(openapi, matrix, tokens, values);
        assertTrue(ops.size() > 30, "the write operations of /openapi: " + ops);

        List<String> wrong = new ArrayList<>();
        StringBuilder observed = new StringBuilder();
        int sent = 0;
        for (Op op : ops) {
            if (op.contentType() != null && !op.contentType().contains("json")) {
                continue; // the uploads: see uploadsRefuseFilesThatAreNotWhatTheySeem
            }
            JsonObject base = base(op, openapi, memberA, cellA);
            Answer baseline = send(op, base.toString().getBytes(StandardCharsets.UTF_8), "application/json", null);
            observed.append(String.format("%-48s %-7s base %d %s%n", op.name(), op.caller(), baseline.status(),
                    abbreviate(baseline.body())));
            if (baseline.status() >= 500 && !(baseline.status() == 503 && op.path().startsWith("/api/accounts"))) {
                wrong.add(op.name() + ": the plain request fails with " + baseline.status() + " " + abbreviate(baseline.body()));
            }
            List<Case> cases = cases(op, base, openapi);
            // Refusals first, so that one look at the audit log tells whether any of them wrote.
            long before = auditTotal();
            List<String> refusedHere = new ArrayList<>();
            for (Case c : cases) {
                if (c.expect() != Expect.REFUSED) {
                    continue;
                }
                Answer a = send(op, c.body(), c.contentType(), null);
                sent++;
                String problem = judge(op, c, a);
                observed.append(String.format("    %-44s %d %s%n", c.name(), a.status(), abbreviate(a.body())));
                if (problem != null) {
                    wrong.add(op.name() + " [" + c.name() + "]: " + problem);
                }
                refusedHere.add(c.name());
            }
            long after = auditTotal();
            if (after != before) {
                wrong.add(op.name() + ": " + (after - before) + " audit entries written while refusing " + refusedHere);
            }
            for (Case c : cases) {
                if (c.expect() == Expect.REFUSED) {
                    continue;
                }
                long auditBefore = auditTotal();
                Answer a = send(op, c.body(), c.contentType(), null);
                sent++;
                observed.append(String.format("    %-44s %d %s%n", c.name(), a.status(), abbreviate(a.body())));
                String problem = judge(op, c, a);
                if (problem == null && a.status() >= 400 && auditTotal() != auditBefore) {
                    problem = "refused, yet the audit log grew";
                }
                if (problem != null) {
                    wrong.add(op.name() + " [" + c.name() + "]: " + problem);
                }
            }
            // The same refusal reads in English for an English-speaking caller.
            Answer vi = send(op, "{\"".getBytes(StandardCharsets.UTF_8), "application/json", "vi");
            Answer en = send(op, "{\"".getBytes(StandardCharsets.UTF_8), "application/json", "en");
            if (vi.status() == 400 && en.status() == 400
                    && vi.json().getString("detail", "").equals(en.json().getString("detail", ""))) {
                wrong.add(op.name() + ": the same detail in Vietnamese and English: " + vi.json().getString("detail"));
            }
        }
        Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "hostile-inputs-observed.txt"), observed);
        assertHealthy();
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " of " + sent + " hostile requests were not refused cleanly:\n  "
                    + String.join("\n  ", wrong) + "\n\nEverything observed (also in target/hostile-inputs-observed.txt):\n"
                    + observed);
        }
    }

    @Test
    void textThatLooksLikeMarkupOrSqlIsKeptVerbatimAsText() {
        long cell = world.cell("Chi bộ Văn bản");
        world.member("Vũ Thị Đọc " + World.suffix(), cell);
        String title = "Thông báo " + SQL + " " + World.suffix();
        String body = HTML + "\n" + SQL;
        Http.Reply sent = officer.post("/api/notices", Json.createObjectBuilder()
                .add("cellIds", Json.createArrayBuilder().add(cell)).add("title", title).add("body", body).build());
        assertEquals(201, sent.status(), sent.toString());
        assertTrue(sent.contentType().startsWith("application/json"), sent.contentType());
        long id = sent.json().getJsonNumber("id").longValue();
        JsonObject read = officer.get("/api/notices/" + id).json();
        assertEquals(title, read.getString("title"), "stored as written");
        assertEquals(body, read.getString("body"), "stored as written, never interpreted");
        assertTrue(officer.get("/api/notices/" + id).body().contains("\\\"") || !body.contains("\""),
                "quotes are escaped inside the JSON string");

        long member = world.member("Lý Thị Văn " + World.suffix(), cell);
        long version = officer.get("/api/members/" + member).json().getJsonNumber("version").longValue();
        String residence = "Tổ 3 <b onmouseover=alert(1)>' OR '1'='1";
        Http.Reply changed = officer.patch("/api/members/" + member, Json.createObjectBuilder().add("version", version)
                .add("residence", residence).build());
        assertEquals(200, changed.status(), changed.toString());
        assertEquals(residence, officer.get("/api/members/" + member).json().getString("residence"),
                "a dossier field keeps the text as written");
    }

    @Test
    void uploadsRefuseFilesThatAreNotWhatTheySeem() throws Exception {
        byte[] template = officer.bytes("/api/imports/template");
        byte[] notASheet = "Họ và tên;Ngày sinh\nNguyễn Văn A;01/01/1970\n".getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("not a spreadsheet", notASheet);
        files.put("truncated xlsx", Arrays.copyOf(template, template.length / 2));
        files.put("encrypted xlsx", SheetFiles.encrypted(template));
        files.put("zip bomb (sheet of 400 MB)", zipBomb(400));
        files.put("empty", new byte[0]);
        files.put("a PDF", "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1));

        List<String> wrong = new ArrayList<>();
        String importPath = "/api/imports";
        String pdfPath = "/api/library/documents/pdf?title=" + enc("Tài liệu thử " + World.suffix()) + "&category=OTHER";
        for (String path : List.of(importPath, pdfPath)) {
            boolean pdf = path.startsWith("/api/library");
            long before = auditTotal();
            for (var f : files.entrySet()) {
                if (pdf && f.getKey().equals("a PDF")) {
                    continue;
                }
                byte[] body = f.getValue(); // to the library, a workbook is simply not a PDF
                HttpResponse<String> r = CLIENT.send(upload(path, HttpRequest.BodyPublishers.ofByteArray(body),
                        pdf ? "application/pdf" : "application/octet-stream"), HttpResponse.BodyHandlers.ofString());
                String problem = judgeRefusal(new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                        r.body()));
                if (problem != null) {
                    wrong.add(path + " [" + f.getKey() + "]: " + problem);
                }
            }
            // 100 MB, generated as it is sent (never in memory), without and with an announced length.
            for (boolean announced : List.of(false, true)) {
                long hundredMb = 100L * 1024 * 1024;
                HttpRequest.BodyPublisher stream = HttpRequest.BodyPublishers.ofInputStream(() -> zeros(hundredMb));
                HttpRequest.BodyPublisher body = announced ? HttpRequest.BodyPublishers.fromPublisher(stream, hundredMb)
                        : stream;
                String name = "100 MB " + (announced ? "with Content-Length" : "chunked");
                try {
                    HttpResponse<String> r = CLIENT.send(upload(path, body, "application/octet-stream"),
                            HttpResponse.BodyHandlers.ofString());
                    Answer a = new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
                    String problem = a.status() != 413 ? "expected 413, got " + a.status() + " " + abbreviate(a.body())
                            : judgeRefusal(a);
                    if (problem != null) {
                        wrong.add(path + " [" + name + "]: " + problem);
                    }
                } catch (IOException e) {
                    wrong.add(path + " [" + name + "]: no answer, the connection broke: " + e);
                }
            }
            if (auditTotal() != before) {
                wrong.add(path + ": the audit log grew while refusing hostile files");
            }
        }
        assertHealthy();
        if (!wrong.isEmpty()) {
            fail(String.join("\n", wrong));
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // What the operations act on

    /** Real things for the operations on one thing (a class, a meeting, a transfer …) to act on. */
    private Map<String, String> fixtures(long cellA, long cellB, long memberA) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("ward", "" + world.ward());
        v.put("spare2", "" + world.cell("Chi bộ Thử thách giải thể"));
        for (String m : List.of("memberT", "memberO", "memberX", "memberY", "memberE")) {
            v.put(m, "" + world.member("Đỗ Văn Thử " + World.suffix(), cellA));
        }
        v.put("citizen", World.citizenId(true, 1975));
        v.put("nextMonth", java.time.LocalDateTime.now().plusMonths(1).withHour(19).withMinute(30).withSecond(0)
                .withNano(0).toString());
        v.put("nextMonthEnd", java.time.LocalDateTime.now().plusMonths(1).withHour(21).withMinute(30).withSecond(0)
                .withNano(0).toString());
        v.put("class", id(officer.post("/api/classes", json("{\"unitId\":" + cellA + ",\"title\":\"Lớp kỹ năng số\","
                + "\"skills\":[\"VNeID\"],\"instructor\":\"Nguyễn Văn Dạy\",\"place\":\"Nhà văn hóa\",\"requiredSessions\":2}"))));
        v.put("meeting", id(officer.post("/api/meetings", json(fill(PLAN, Map.of("cellA", "" + cellA,
                "nextMonth", v.get("nextMonth"), "nextMonthEnd", v.get("nextMonthEnd")))))));
        v.put("transfer", id(officer.post("/api/transfers", json("{\"memberId\":" + v.get("memberT") + ",\"toCellId\":"
                + cellB + ",\"date\":\"" + LocalDate.now() + "\",\"reason\":\"Chuyển nơi cư trú\"}"))));
        v.put("outgoing", id(officer.post("/api/transfers/out", json(fill(OUTGOING, Map.of("member", v.get("memberO"),
                "today", LocalDate.now().toString()))))));
        v.put("correction", id(anonymous.as(World.memberToken(memberA)).post("/api/corrections", json(
                "{\"memberId\":" + memberA + ",\"field\":\"residence\",\"proposedValue\":\"Tổ 9, Khu phố 3\"}"))));
        v.put("document", id(officer.post("/api/library/documents", json("{\"title\":\"Tài liệu thử " + World.suffix()
                + "\",\"category\":\"STUDY\",\"mustRead\":false,\"html\":\"<p>Nội dung</p>\"}"))));
        v.put("notice", id(officer.post("/api/notices", json("{\"cellIds\":[" + cellA + "],\"title\":\"Thông báo\","
                + "\"body\":\"Nội dung\"}"))));
        return v;
    }

    private static final String PLAN = "{\"cellId\":{cellA},\"kind\":\"REGULAR\",\"startsAt\":\"{nextMonth}\","
            + "\"endsAt\":\"{nextMonthEnd}\",\"place\":\"Nhà văn hóa khu phố 2\",\"topic\":\"Học tập nghị quyết\","
            + "\"agenda\":\"1. Kiểm điểm\\n2. Nhiệm vụ\",\"documents\":[\"Nghị quyết số 01-NQ/ĐU\"]}";
    private static final String OUTGOING = "{\"memberId\":{member},\"destinationName\":\"Đảng bộ xã Yên Phú\","
            + "\"destinationLevel\":\"Đảng bộ cơ sở\",\"destinationProvince\":\"Hưng Yên\",\"decisionNumber\":\"125-QĐ/ĐU\","
            + "\"date\":\"{today}\",\"reason\":\"Chuyển nơi cư trú\"}";

    /**
     * For the operations whose generated request would stop at a missing id or a rule the generator cannot
     * know: a request that gets as far as checking every field (authorization-matrix.txt's syntax).
     */
    private static Map<String, String[]> requests() {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("POST /api/badges/serious-illness", "/api/badges/serious-illness {\"memberId\":{memberA},\"since\":\"{today}\","
                + "\"advanceMonths\":3,\"note\":\"Ốm nặng\"}");
        r.put("PUT /api/classes/{id}", "/api/classes/{class} {\"title\":\"Lớp kỹ năng số\",\"skills\":[\"VNeID\"],"
                + "\"instructor\":\"Nguyễn Văn Dạy\",\"place\":\"Nhà văn hóa\",\"requiredSessions\":2}");
        r.put("POST /api/classes/{id}/sessions", "/api/classes/{class}/sessions {\"date\":\"{today}\",\"time\":\"19:30\","
                + "\"topic\":\"Buổi 1\",\"instructor\":\"Nguyễn Văn Dạy\"}");
        r.put("POST /api/classes/{id}/learners", "/api/classes/{class}/learners {\"fullName\":\"Lê Văn Học\","
                + "\"phone\":\"0912345678\",\"neighbourhood\":\"Khu phố 2\"}");
        r.put("POST /api/classes/{id}/attendance", "/api/classes/{class}/attendance {\"sessionId\":{missing},"
                + "\"learnerId\":{missing},\"present\":true}");
        r.put("POST /api/corrections/{id}/start", "/api/corrections/{correction}/start");
        r.put("POST /api/corrections/{id}/completion", "/api/corrections/{correction}/completion {\"reply\":\"Đã sửa\"}");
        r.put("POST /api/corrections/{id}/rejection", "/api/corrections/{correction}/rejection {\"reply\":\"Không đúng\"}");
        r.put("POST /api/fees/categories", "/api/fees/categories {\"code\":\"THU_THACH\",\"name\":\"Hưu trí\","
                + "\"amount\":25000,\"effectiveMonth\":\"{month}\"}");
        r.put("POST /api/fees/members/{id}/bases", "/api/fees/members/{memberA}/bases {\"effectiveMonth\":\"{month}\","
                + "\"salary\":5000000}");
        r.put("POST /api/fees/payments", "/api/fees/payments {\"memberId\":{memberA},\"month\":\"{month}\","
                + "\"amount\":50000,\"paidOn\":\"{today}\",\"note\":\"Nộp tại chi bộ\"}");
        r.put("POST /api/library/documents", "/api/library/documents {\"title\":\"Tài liệu thử\",\"number\":\"01-NQ/ĐU\","
                + "\"issuer\":\"Đảng ủy phường\",\"issuedOn\":\"{today}\",\"category\":\"STUDY\",\"mustRead\":false,"
                + "\"html\":\"<p>Nội dung</p>\"}");
        r.put("POST /api/library/documents/{id}/withdrawal", "/api/library/documents/{document}/withdrawal "
                + "{\"reason\":\"Hết hiệu lực\"}");
        r.put("POST /api/meetings", "/api/meetings " + PLAN);
        r.put("PUT /api/meetings/{id}", "/api/meetings/{meeting} " + PLAN);
        r.put("POST /api/meetings/{id}/attendance", "/api/meetings/{meeting}/attendance {\"memberId\":{memberA},"
                + "\"status\":\"EXCUSED\",\"reason\":\"Ốm\"}");
        r.put("PUT /api/meetings/{id}/minutes", "/api/meetings/{meeting}/minutes {\"content\":\"Nội dung\","
                + "\"opinions\":\"Ý kiến\",\"resolutions\":\"Nghị quyết\",\"votesFor\":3,\"votesAgainst\":0,"
                + "\"votesAbstain\":0,\"chair\":\"Nguyễn Văn A\",\"secretary\":\"Trần Thị B\"}");
        r.put("PUT /api/meetings/quorum", "/api/meetings/quorum {\"quorum\":\"2/3\"}");
        r.put("POST /api/notices/{id}/read", "/api/notices/{notice}/read");
        r.put("POST /api/ratings", "/api/ratings {\"memberId\":{memberA},\"year\":{year},\"score\":90,"
                + "\"grade\":\"GOOD\",\"conditionsMet\":true,\"note\":\"Hoàn thành tốt\"}");
        r.put("POST /api/transfers", "/api/transfers {\"memberId\":{memberX},\"toCellId\":{cellB},\"date\":\"{today}\","
                + "\"reason\":\"Chuyển nơi cư trú\"}");
        for (String step : List.of("confirmation", "rejection", "cancellation")) {
            r.put("POST /api/transfers/{id}/" + step, "/api/transfers/{transfer}/" + step + " {\"note\":\"Đồng ý\"}");
            r.put("POST /api/transfers/out/{id}/" + step, "/api/transfers/out/{outgoing}/" + step + " {\"note\":\"Đồng ý\"}");
        }
        r.put("POST /api/transfers/out", "/api/transfers/out " + OUTGOING.replace("{member}", "{memberY}"));
        r.put("POST /api/transfers/in", "/api/transfers/in {\"fullName\":\"Hồ Thị Đến\",\"sex\":\"FEMALE\","
                + "\"birthDate\":\"1975-05-17\",\"citizenId\":\"{citizen}\",\"ethnicity\":\"Kinh\",\"religion\":\"Không\","
                + "\"residence\":\"Tổ 5, Khu phố 1\",\"admissionDate\":\"2000-05-17\",\"fullMembershipDate\":\"2001-05-17\","
                + "\"status\":\"FULL\",\"sendingOrg\":\"Đảng bộ phường Hòa Xuân\",\"slipNumber\":\"88-GGT/ĐU\"}");
        r.put("POST /api/units", "/api/units {\"kind\":\"CELL\",\"name\":\"Chi bộ Thử thách mới\",\"parentId\":{ward},"
                + "\"establishedOn\":\"{today}\"}");
        r.put("PATCH /api/units/{id}", "/api/units/{spare} {\"name\":\"Chi bộ Thử thách đổi tên\"}");
        r.put("POST /api/units/{id}/dissolution", "/api/units/{spare2}/dissolution {\"date\":\"{today}\","
                + "\"reason\":\"Sáp nhập\"}");
        r.put("POST /api/units/{id}/positions", "/api/units/{cellA}/positions {\"memberId\":{memberA},"
                + "\"role\":\"COMMITTEE_MEMBER\",\"from\":\"{today}\"}");
        r.put("POST /api/members/{id}/events", "/api/members/{memberE}/events {\"kind\":\"EXEMPTION\",\"date\":\"{today}\","
                + "\"decisionNumber\":\"12-QĐ/ĐU\",\"reason\":\"Tuổi cao, sức yếu\"}");
        Map<String, String[]> rows = new LinkedHashMap<>();
        // The callers stay the table's; only the request changes.
        r.forEach((op, request) -> rows.put(op, new String[] {request}));
        return rows;
    }

    private static JsonObject json(String text) {
        try (var r = Json.createReader(new StringReader(text))) {
            return r.readObject();
        }
    }

    private static String id(Http.Reply r) {
        assertTrue(r.status() == 201 || r.status() == 200, "a fixture could not be made: " + r);
        JsonObject o = r.json();
        JsonObject inner = o.containsKey("id") ? o : o.getJsonObject("meeting");
        return "" + inner.getJsonNumber("id").longValue();
    }

    // ---------------------------------------------------------------------------------------------------
    // The corpus

    private List<Case> cases(Op op, JsonObject base, JsonObject openapi) {
        List<Case> cases = new ArrayList<>();
        JsonObject properties = properties(op.schema(), openapi);
        Set<String> fields = new LinkedHashSet<>(base.keySet());
        fields.addAll(properties.keySet());
        for (String field : fields) {
            JsonObject schema = temporal(field, properties.containsKey(field)
                    ? resolve(properties.getJsonObject(field), openapi) : JsonValue.EMPTY_JSON_OBJECT);
            JsonValue current = base.get(field);
            String type = type(schema, current);
            if (type.equals("string")) {
                String format = schema.getString("format", "");
                boolean date = format.equals("date") || format.equals("date-time") || isDateName(field);
                if (format.equals("time")) {
                    for (String t : List.of("25:61", "19h30", "-01:00")) {
                        cases.add(field(base, field, Json.createValue(t), "time " + t, Expect.REFUSED, null));
                    }
                    date = false;
                }
                boolean enumerated = schema.containsKey("enum") || isEnumName(field);
                if (date) {
                    List<String> dates = List.of("0000-01-01", "99999-12-31", "+99999-12-31", "31/02/2026", "2026-02-31",
                            "1850-01-01", "2026-13-01");
                    if (format.equals("date-time")) {
                        dates = dates.stream().map(d -> d + "T19:30:00").toList();
                    }
                    for (String d : dates) {
                        cases.add(field(base, field, Json.createValue(d), "date " + d, Expect.REFUSED, null));
                    }
                } else if (enumerated) {
                    cases.add(field(base, field, Json.createValue("NOT_A_" + field.toUpperCase()), "not one of the values",
                            Expect.REFUSED, null));
                }
                if (!date && !enumerated && !format.equals("time")) {
                    cases.add(field(base, field, Json.createValue(OVERLONG), "10,000+ characters", Expect.TEXT, OVERLONG));
                    cases.add(field(base, field, Json.createValue(HTML), "HTML and script", Expect.TEXT, HTML));
                    cases.add(field(base, field, Json.createValue(SQL), "SQL", Expect.TEXT, SQL));
                }
                cases.add(field(base, field, Json.createValue("Thử\u0000nghiệm"), "NUL character", Expect.REFUSED, null));
                cases.add(field(base, field, Json.createValue("Thử\u0007nghiệm"), "BEL character", Expect.REFUSED, null));
                cases.add(raw(base, field, "\"Thử\\ud800nghiệm\"", "a lone surrogate", Expect.REFUSED));
                cases.add(field(base, field, Json.createObjectBuilder().add("a", 1).build(), "an object for a string",
                        Expect.REFUSED, null));
                cases.add(field(base, field, Json.createArrayBuilder().add("a").build(), "an array for a string",
                        Expect.REFUSED, null));
            } else if (type.equals("integer") || type.equals("number")) {
                cases.add(raw(base, field, "1e308", "1e308", Expect.REFUSED));
                cases.add(raw(base, field, "-1e308", "-1e308", Expect.REFUSED));
                cases.add(raw(base, field, "1180591620717411303424", "2^70", Expect.REFUSED));
                cases.add(field(base, field, Json.createValue("mười hai"), "a string for a number", Expect.REFUSED, null));
                cases.add(field(base, field, JsonValue.TRUE, "a boolean for a number", Expect.REFUSED, null));
                cases.add(field(base, field, Json.createObjectBuilder().build(), "an object for a number", Expect.REFUSED,
                        null));
            } else if (type.equals("boolean")) {
                cases.add(field(base, field, Json.createValue("có lẽ"), "a string for a boolean", Expect.REFUSED, null));
                cases.add(field(base, field, Json.createValue(7), "a number for a boolean", Expect.REFUSED, null));
            } else if (type.equals("array")) {
                cases.add(field(base, field, Json.createValue("Thử"), "a string for a list", Expect.REFUSED, null));
                cases.add(field(base, field, Json.createObjectBuilder().add("a", 1).build(), "an object for a list",
                        Expect.REFUSED, null));
                cases.add(field(base, field, Json.createArrayBuilder().add(Json.createObjectBuilder().add("x",
                        Json.createArrayBuilder().add("\u0000"))).build(), "a list of nonsense", Expect.SAFE, null));
            } else if (type.equals("object")) {
                cases.add(field(base, field, Json.createValue(5), "a number for an object", Expect.REFUSED, null));
            }
            JsonObjectBuilder without = Json.createObjectBuilder(base);
            without.remove(field);
            cases.add(new Case(field + ": missing", bytes(without.build()), "application/json", Expect.SAFE, null));
            cases.add(field(base, field, JsonValue.NULL, "null", Expect.SAFE, null));
        }
        if (op.schema() != null || !base.isEmpty()) {
            String text = base.toString();
            cases.add(new Case("malformed JSON", text.substring(0, Math.max(1, text.length() / 2)).getBytes(StandardCharsets.UTF_8),
                    "application/json", Expect.REFUSED, null));
            cases.add(new Case("trailing garbage", (text + "}{").getBytes(StandardCharsets.UTF_8), "application/json",
                    Expect.REFUSED, null));
            cases.add(new Case("empty body", new byte[0], "application/json", Expect.REFUSED, null));
            cases.add(new Case("JSON null", "null".getBytes(StandardCharsets.UTF_8), "application/json", Expect.REFUSED, null));
            cases.add(new Case("an array for the body", "[]".getBytes(StandardCharsets.UTF_8), "application/json",
                    Expect.REFUSED, null));
            cases.add(new Case("a string for the body", "\"Thử\"".getBytes(StandardCharsets.UTF_8), "application/json",
                    Expect.REFUSED, null));
            cases.add(new Case("nested 10,000 deep", ("{\"a\":" + DEEP + "}").getBytes(StandardCharsets.UTF_8),
                    "application/json", Expect.REFUSED, null));
            cases.add(new Case("invalid UTF-8", invalidUtf8(base), "application/json", Expect.REFUSED, null));
            cases.add(new Case("content type text/plain", bytes(base), "text/plain", Expect.REFUSED, null));
            cases.add(new Case("content type application/xml", "<member><fullName>A</fullName></member>"
                    .getBytes(StandardCharsets.UTF_8), "application/xml", Expect.REFUSED, null));
            cases.add(new Case("all fields missing", "{}".getBytes(StandardCharsets.UTF_8), "application/json", Expect.SAFE, null));
            cases.add(new Case("extra fields", bytes(Json.createObjectBuilder(base).add("zzUnexpected", "x")
                    .add("id", 1).add("createdBy", "hacker").add("__proto__", Json.createObjectBuilder().add("admin", true))
                    .build()), "application/json", Expect.SAFE, null));
        }
        return cases;
    }

    private static Case field(JsonObject base, String field, JsonValue value, String what, Expect expect, String text) {
        return new Case(field + ": " + what, bytes(Json.createObjectBuilder(base).add(field, value).build()),
                "application/json", expect, text);
    }

    /** A value JSON-P would not write as given (it normalises 1e308, writes a lone surrogate raw), spliced in. */
    private static Case raw(JsonObject base, String field, String number, String what, Expect expect) {
        JsonObject marked = Json.createObjectBuilder(base).add(field, "@@NUMBER@@").build();
        String text = marked.toString().replace("\"@@NUMBER@@\"", number);
        return new Case(field + ": " + what, text.getBytes(StandardCharsets.UTF_8), "application/json", expect, null);
    }

    /** The body with bytes that are not UTF-8 in the first text value (or in a field of its own). */
    private static byte[] invalidUtf8(JsonObject base) {
        String key = base.entrySet().stream().filter(e -> e.getValue().getValueType() == JsonValue.ValueType.STRING)
                .map(Map.Entry::getKey).findFirst().orElse("zzText");
        String text = Json.createObjectBuilder(base).add(key, "@@BAD@@").build().toString();
        int at = text.indexOf("@@BAD@@");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {'T', 'h', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0,
                (byte) 0x80});
        out.writeBytes(text.substring(at + "@@BAD@@".length()).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /**
     * Payara's document shows a java.time field as a bare {"type":"object"}: its name says which kind it is
     * (startsAt, paidOn, since, time …).
     */
    private static JsonObject temporal(String field, JsonObject schema) {
        boolean bare = "object".equals(schema.getString("type", "")) && !schema.containsKey("properties");
        if (!bare && !schema.isEmpty()) {
            return schema;
        }
        String format = field.endsWith("At") ? "date-time" : field.equals("time") ? "time"
                : isDateName(field) ? "date" : null;
        if (format == null) {
            return schema;
        }
        return Json.createObjectBuilder().add("type", "string").add("format", format).build();
    }

    /** Fields whose values are the names of an enumeration (the document shows them as plain strings). */
    private static boolean isEnumName(String field) {
        return Set.of("kind", "role", "grade", "category", "status", "sex").contains(field);
    }

    private static boolean isDateName(String field) {
        return field.endsWith("Date") || field.equals("date") || field.endsWith("On") || field.equals("from")
                || field.equals("to") || field.equals("until") || field.equals("since");
    }

    // ---------------------------------------------------------------------------------------------------
    // Judging answers

    /** Null when the answer is acceptable for the case, else what is wrong with it. */
    private String judge(Op op, Case c, Answer a) {
        if (a.status() >= 500) {
            // This build has no Keycloak: an account request that passes every check reaches the directory and
            // gets a clean 503. A value that must be refused has to be refused before that, so only the other
            // cases may end there.
            if (a.status() == 503 && op.path().startsWith("/api/accounts") && c.expect() != Expect.REFUSED
                    && a.contentType().startsWith("application/problem+json")) {
                return null;
            }
            return "server error " + a.status() + " " + abbreviate(a.body());
        }
        if (a.status() >= 400) {
            String problem = judgeRefusal(a);
            return problem != null ? problem : c.expect() == Expect.REFUSED ? namesTheField(c, a) : null;
        }
        return switch (c.expect()) {
            case REFUSED -> "accepted (" + a.status() + "): " + abbreviate(a.body());
            case SAFE -> null;
            case TEXT -> verbatim(c.text(), a);
        };
    }

    /** Accepted text must come back as written, inside a JSON string. */
    private static String verbatim(String text, Answer a) {
        if (a.body() == null || a.body().isBlank()) {
            return null; // nothing returned, nothing interpreted
        }
        if (!a.contentType().startsWith("application/json")) {
            return "accepted, answered as " + a.contentType();
        }
        JsonValue parsed;
        try (var r = Json.createReader(new StringReader(a.body()))) {
            parsed = r.readValue();
        } catch (RuntimeException e) {
            return "accepted, answered with a body that is not JSON: " + abbreviate(a.body());
        }
        if (containsString(parsed, text) || !containsString(parsed, text.substring(0, 12))) {
            return null; // returned verbatim, or stored where this answer does not show it
        }
        return "accepted, but returned changed: " + abbreviate(a.body());
    }

    private static boolean containsString(JsonValue v, String text) {
        return switch (v.getValueType()) {
            case STRING -> ((JsonString) v).getString().contains(text);
            case OBJECT -> v.asJsonObject().values().stream().anyMatch(x -> containsString(x, text));
            case ARRAY -> v.asJsonArray().stream().anyMatch(x -> containsString(x, text));
            default -> false;
        };
    }

    /**
     * A value refused for a field's sake is reported on that field, where the API lists fields: a form can then
     * show the message beside it.
     */
    private static String namesTheField(Case c, Answer a) {
        int colon = c.name().indexOf(": ");
        if (a.status() != 400 || colon < 0) {
            return null;
        }
        String field = c.name().substring(0, colon);
        JsonObject p = a.json();
        if (!p.containsKey("errors")) {
            return null;
        }
        List<String> named = p.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field", "")).toList();
        boolean found = named.stream().anyMatch(n -> n.equals(field) || n.startsWith(field + ".")
                || n.startsWith(field + "["));
        return found ? null : "refused, but the errors name " + named + ", not " + field;
    }

    /** A refusal is problem+json with its status and a detail written for people, not a stack trace. */
    private static String judgeRefusal(Answer a) {
        if (a.status() < 400 || a.status() >= 500) {
            return "expected a refusal (4xx), got " + a.status() + " " + abbreviate(a.body());
        }
        if (!a.contentType().startsWith("application/problem+json")) {
            return a.status() + " answered as " + a.contentType() + ": " + abbreviate(a.body());
        }
        JsonObject p;
        try {
            p = a.json();
        } catch (RuntimeException e) {
            return a.status() + " with a body that is not JSON: " + abbreviate(a.body());
        }
        String detail = p.getString("detail", "");
        if (detail.isBlank()) {
            return a.status() + " without a detail: " + a.body();
        }
        if (p.getInt("status", -1) != a.status()) {
            return "the problem says status " + p.get("status") + ", the answer " + a.status();
        }
        for (String internal : List.of("Exception", "java.", "jakarta.", "org.eclipse", "yasson", "SQL", "\tat ",
                "deserialize", "Unable to")) {
            if (detail.contains(internal)) {
                return a.status() + " with internals in the detail: " + detail;
            }
        }
        if (p.containsKey("errors")) {
            for (JsonValue e : p.getJsonArray("errors")) {
                JsonObject fe = e.asJsonObject();
                if (fe.getString("field", "").isBlank() || fe.getString("message", "").isBlank()) {
                    return "a field error without its field or message: " + fe;
                }
            }
        }
        return null;
    }

    private void assertHealthy() {
        Http.Reply ready = anonymous.get("/health/ready");
        assertEquals(200, ready.status(), "the server is ready after the corpus: " + ready);
        Http.Reply config = anonymous.get("/api/config");
        assertEquals(200, config.status(), config.toString());
    }

    private long auditTotal() {
        Http.Reply r = officer.get("/api/audit?size=1");
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonNumber("total").longValue();
    }

    // ---------------------------------------------------------------------------------------------------
    // The operations and their bodies

    /** POST, PUT and PATCH of /openapi, each with the request and caller authorization-matrix.txt gives it. */
    private List<Op> writeOperations(JsonObject openapi, Map<String, String[]> matrix, Map<String, String> tokens,
                                     Map<String, String> values) {
        List<Op> ops = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (var path : openapi.getJsonObject("paths").entrySet()) {
            String p = path.getKey().startsWith("/api/") ? path.getKey() : "/api" + path.getKey();
            for (var op : path.getValue().asJsonObject().entrySet()) {
                String method = op.getKey().toUpperCase();
                if (!Set.of("POST", "PUT", "PATCH").contains(method)) {
                    continue;
                }
                String name = method + " " + p;
                String[] row = matrix.get(name);
                if (row == null) {
                    unknown.add(name);
                    continue;
                }
                JsonObject body = op.getValue().asJsonObject().getJsonObject("requestBody");
                String type = null;
                JsonObject schema = null;
                if (body != null && body.containsKey("content")) {
                    var content = body.getJsonObject("content").entrySet().iterator().next();
                    type = content.getKey();
                    JsonValue s = content.getValue().asJsonObject().get("schema");
                    schema = s instanceof JsonObject o ? resolve(o, openapi) : null;
                }
                String request = fill(row[0].isEmpty() ? p.replaceAll("\\{[^}]+}", "{missing}") : row[0], values);
                int space = request.indexOf(' ');
                String target = space < 0 ? request : request.substring(0, space);
                String matrixBody = space < 0 ? null : request.substring(space + 1).strip();
                String caller = null;
                for (String c : List.of("officer", "secA", "self")) {
                    String outcome = row[1 + List.of("anon", "self", "other", "secA", "secB", "officer", "admin", "delegate")
                            .indexOf(c)];
                    if (!outcome.equals("401") && !outcome.equals("403")) {
                        caller = c;
                        break;
                    }
                }
                if (caller == null) {
                    continue;
                }
                ops.add(new Op(method, target, type, schema, tokens.get(caller), caller, matrixBody));
            }
        }
        assertTrue(unknown.isEmpty(), "write operations without a line in authorization-matrix.txt: " + unknown);
        return ops;
    }

    /**
     * The body a caller would plausibly send: the matrix's, else one made from the schema (a real member or
     * cell for ids, today for dates, the first value of an enumeration), with the values a few operations
     * need to get as far as their checks.
     */
    private JsonObject base(Op op, JsonObject openapi, long memberA, long cellA) {
        if (op.path().equals("/api/members") && op.method().equals("POST")) {
            return world.memberFields("Phạm Văn Thử " + World.suffix(), cellA).build();
        }
        if (op.path().startsWith("/api/members/") && op.method().equals("PATCH")) {
            long version = officer.get("/api/members/" + memberA).json().getJsonNumber("version").longValue();
            return Json.createObjectBuilder().add("version", version).add("residence", "Tổ 4, Khu phố 1").build();
        }
        if (op.matrixBody() != null) {
            try (var r = Json.createReader(new StringReader(op.matrixBody()))) {
                return r.readObject();
            }
        }
        JsonValue v = sample("body", op.schema(), openapi, memberA, cellA, 0);
        return v instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
    }

    private JsonValue sample(String name, JsonObject schema, JsonObject openapi, long memberA, long cellA, int depth) {
        if (schema == null || depth > 4) {
            return JsonValue.NULL;
        }
        schema = resolve(schema, openapi);
        if (schema.containsKey("enum")) {
            return schema.getJsonArray("enum").get(0);
        }
        String type = schema.getString("type", schema.containsKey("properties") ? "object" : "");
        String format = schema.getString("format", "");
        String lower = name.toLowerCase();
        switch (type) {
            case "string":
                if (format.equals("date")) {
                    return Json.createValue(LocalDate.now().toString());
                }
                if (format.equals("date-time")) {
                    return Json.createValue(java.time.LocalDateTime.now().withNano(0).plusDays(1).toString());
                }
                if (format.equals("year-month")) {
                    return Json.createValue(java.time.YearMonth.now().toString());
                }
                if (format.equals("time")) {
                    return Json.createValue("19:30");
                }
                if (lower.equals("month")) {
                    return Json.createValue(java.time.YearMonth.now().toString());
                }
                return Json.createValue("Nội dung thử");
            case "integer":
            case "number":
                if (lower.equals("memberid") || lower.equals("learnerid")) {
                    return Json.createValue(memberA);
                }
                if (lower.endsWith("cellid") || lower.equals("unitid") || lower.equals("parentid")) {
                    return Json.createValue(cellA);
                }
                if (lower.equals("year")) {
                    return Json.createValue(LocalDate.now().getYear());
                }
                if (lower.endsWith("id")) {
                    return Json.createValue(MISSING);
                }
                return Json.createValue(1);
            case "boolean":
                return JsonValue.FALSE;
            case "array": {
                JsonValue item = sample(name.replaceAll("s$", ""), schema.getJsonObject("items"), openapi, memberA, cellA,
                        depth + 1);
                return item == JsonValue.NULL ? JsonValue.EMPTY_JSON_ARRAY : Json.createArrayBuilder().add(item).build();
            }
            case "object": {
                JsonObjectBuilder b = Json.createObjectBuilder();
                for (var p : properties(schema, openapi).entrySet()) {
                    JsonObject ps = temporal(p.getKey(), resolve(p.getValue().asJsonObject(), openapi));
                    JsonValue pv = sample(p.getKey(), ps, openapi, memberA, cellA, depth + 1);
                    if (pv != JsonValue.NULL) {
                        b.add(p.getKey(), pv);
                    }
                }
                return b.build();
            }
            default:
                return JsonValue.NULL;
        }
    }

    private static String type(JsonObject schema, JsonValue current) {
        if (schema.containsKey("type")) {
            return schema.getString("type");
        }
        if (schema.containsKey("properties")) {
            return "object";
        }
        if (current == null) {
            return "string";
        }
        return switch (current.getValueType()) {
            case NUMBER -> "number";
            case TRUE, FALSE -> "boolean";
            case ARRAY -> "array";
            case OBJECT -> "object";
            default -> "string";
        };
    }

    private static JsonObject properties(JsonObject schema, JsonObject openapi) {
        if (schema == null) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        JsonObject s = resolve(schema, openapi);
        return s.containsKey("properties") ? s.getJsonObject("properties") : JsonValue.EMPTY_JSON_OBJECT;
    }

    private static JsonObject resolve(JsonObject schema, JsonObject openapi) {
        for (int i = 0; i < 10 && schema.containsKey("$ref"); i++) {
            String ref = schema.getString("$ref");
            String format = switch (ref.substring(ref.lastIndexOf('/') + 1)) {
                case "LocalDate" -> "date";
                case "LocalDateTime", "Instant", "OffsetDateTime" -> "date-time";
                case "YearMonth" -> "year-month";
                case "LocalTime" -> "time";
                default -> null;
            };
            if (format != null) {
                return Json.createObjectBuilder().add("type", "string").add("format", format).build();
            }
            JsonObject target = openapi.getJsonObject("components").getJsonObject("schemas")
                    .getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
            if (target == null) {
                return JsonValue.EMPTY_JSON_OBJECT;
            }
            schema = target;
        }
        if (schema.containsKey("allOf") && !schema.containsKey("properties")) {
            for (JsonValue part : schema.getJsonArray("allOf")) {
                JsonObject r = resolve(part.asJsonObject(), openapi);
                if (r.containsKey("properties") || r.containsKey("type")) {
                    return r;
                }
            }
        }
        return schema;
    }

    private JsonObject openapi() throws Exception {
        URI doc = URI.create(base.toString()).resolve("/openapi");
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(doc).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "hostile-inputs-openapi.json"), r.body());
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readObject();
        }
    }

    /** operation → [request, outcome per caller …] from authorization-matrix.txt. */
    private static Map<String, String[]> matrix() throws IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        try (InputStream in = HostileInputIT.class.getResourceAsStream("/authorization-matrix.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\\|");
                String[] row = new String[cells.length - 1];
                for (int i = 1; i < cells.length; i++) {
                    row[i - 1] = cells[i].strip();
                }
                rows.put(cells[0].strip().replaceAll("\\s+", " "), row);
            }
        }
        return rows;
    }

    private static String fill(String request, Map<String, String> values) {
        Matcher m = Pattern.compile("\\{([a-zA-Z0-9]+)}").matcher(request);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, values.getOrDefault(m.group(1), "" + MISSING));
        }
        m.appendTail(out);
        return out.toString();
    }

    // ---------------------------------------------------------------------------------------------------
    // Sending

    private Answer send(Op op, byte[] body, String contentType, String language) {
        URI target = URI.create(base.toString().replaceAll("/?$", "/")).resolve(op.path().substring(1));
        HttpRequest.Builder b = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30))
                .method(op.method(), HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Authorization", "Bearer " + op.token());
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (language != null) {
            b.header("Accept-Language", language);
        }
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(op.name() + ": no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest upload(String path, HttpRequest.BodyPublisher body, String contentType) {
        URI target = URI.create(base.toString().replaceAll("/?$", "/")).resolve(path.substring(1));
        return HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(60)).POST(body)
                .header("Authorization", "Bearer " + Tokens.officer()).header("Content-Type", contentType)
                .header("X-File-Name", enc("tệp thử.xlsx")).build();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A stream of zeros of the given length, made as it is read. */
    private static InputStream zeros(long length) {
        return new InputStream() {
            long left = length;

            @Override
            public int read() {
                if (left <= 0) {
                    return -1;
                }
                left--;
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                Arrays.fill(b, off, off + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }

    /**
     * A workbook-shaped zip (content types, workbook, relationships) whose one sheet inflates to the given
     * number of megabytes of well-formed rows: small on the wire, enormous once opened.
     */
    private static byte[] zipBomb(int megabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetData>").getBytes(StandardCharsets.UTF_8));
            byte[] row = "<row><c t=\"inlineStr\"><is><t>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</t></is></c></row>"
                    .getBytes(StandardCharsets.UTF_8);
            byte[] block = new byte[row.length * 16_384];
            for (int i = 0; i < 16_384; i++) {
                System.arraycopy(row, 0, block, i * row.length, row.length);
            }
            long target = megabytes * 1024L * 1024L;
            for (long written = 0; written < target; written += block.length) {
                zip.write(block);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static byte[] bytes(JsonObject o) {
        return o.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 240 ? one.substring(0, 240) + "…" : one;
    }
}
