package vn.dangbo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every operation the OpenAPI document describes, called as every kind of caller on a resource inside
 * and outside that caller's scope, against the outcome declared in {@code authorization-matrix.txt}.
 * An operation the document lists but the table does not is a failure: a new endpoint cannot ship
 * without someone deciding who may call it.
 *
 * <p>Callers: {@code anon} (no token); {@code self}, a member of cell A acting on their own dossier;
 * {@code other}, a member of cell B acting on that dossier; {@code secA} and {@code secB}, the
 * secretaries of cell A (inside) and cell B (outside); {@code officer}; {@code admin} (the admin role
 * alone); {@code delegate}, a congress delegate of cell B on no body; {@code presidium}, a member of cell
 * B on the presidium of the same congress (a congress-scoped role, from the records). Requests are harmless: empty JSON bodies,
 * ids that do not exist, a spare cell for the operations that change a unit.
 */
class AuthorizationMatrixIT extends ServerTest {

    private static final List<String> CALLERS = List.of("anon", "self", "other", "secA", "secB", "officer", "admin",
            "delegate", "presidium");
    private static final long MISSING = 987_654_321L;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private int anonymousCalls;

    /** One line of the table: the operation, the request that exercises it, the outcome per caller. */
    record Row(String operation, String request, Map<String, String> expected, int line) {
    }

    @Test
    void everyOperationAnswersEveryCallerAsTheTableDeclares() throws Exception {
        Map<String, Row> table = table();
        Map<String, String> bodyTypes = operations();

        Set<String> missing = new TreeSet<>(bodyTypes.keySet());
        missing.removeAll(table.keySet());
        Set<String> stale = new TreeSet<>(table.keySet());
        stale.removeAll(bodyTypes.keySet());
        assertTrue(missing.isEmpty(), "Operations in /openapi without a line in authorization-matrix.txt "
                + "(declare who may call them):\n  " + String.join("\n  ", missing));
        assertTrue(stale.isEmpty(), "Lines in authorization-matrix.txt for operations /openapi no longer has:\n  "
                + String.join("\n  ", stale));

        Http anonymous = new Http(base, null);
        World world = new World(anonymous);
        long cellA = world.cell("Chi bộ Ma trận A");
        long cellB = world.cell("Chi bộ Ma trận B");
        long spare = world.cell("Chi bộ Ma trận phụ");
        long memberA = world.member("Lê Thị Quyền " + World.suffix(), cellA);
        long memberB = world.member("Lê Văn Quyền " + World.suffix(), cellB);
        long delegate = world.member("Đại Biểu " + World.suffix(), cellB);
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("self", World.memberToken(memberA));
        tokens.put("other", World.memberToken(memberB));
        tokens.put("secA", world.secretaryOf(cellA));
        tokens.put("secB", world.secretaryOf(cellB));
        tokens.put("officer", Tokens.officer());
        tokens.put("admin", Tokens.token("quantri.matrix", null, Set.of("admin")));
        tokens.put("delegate", Tokens.token("daibieu." + delegate, delegate, Set.of("member", "delegate")));
        long presidium = world.member("Chủ Tịch Đoàn " + World.suffix(), cellB);
        tokens.put("presidium", Tokens.token("chutich." + presidium, presidium, Set.of("member", "delegate")));
        Congresses.Prepared congress = new Congresses(world.officer()).prepare(delegate, presidium);
        Resolutions.Prepared resolution = new Resolutions(world.officer()).prepare(cellA);
        Map<String, String> values = Map.ofEntries(Map.entry("congress", "" + congress.id()),
                Map.entry("resolutionR", "" + resolution.resolutionId()), Map.entry("taskA", "" + resolution.taskId()),
                Map.entry("delegateD", "" + congress.delegateIds().get(0)),
                Map.entry("memberA", "" + memberA), Map.entry("memberB", "" + memberB),
                Map.entry("cellA", "" + cellA), Map.entry("cellB", "" + cellB), Map.entry("spare", "" + spare),
                Map.entry("missing", "" + MISSING), Map.entry("year", "" + LocalDate.now().getYear()),
                Map.entry("today", LocalDate.now().toString()), Map.entry("month", java.time.YearMonth.now().toString()));

        List<String> wrong = new ArrayList<>();
        StringBuilder observed = new StringBuilder();
        for (Row row : table.values()) {
            String method = row.operation().substring(0, row.operation().indexOf(' '));
            String request = fill(row.request(), values);
            int space = request.indexOf(' ');
            String path = space < 0 ? request : request.substring(0, space);
            String body = space < 0 ? "{}" : request.substring(space + 1).strip();
            observed.append(String.format("%-50s |", row.operation()));
            for (String caller : CALLERS) {
                int status = call(method, path, body, bodyTypes.get(row.operation()), tokens.get(caller));
                observed.append(' ').append(caller).append(' ').append(status).append(" |");
                String want = row.expected().get(caller);
                if (!matches(want, status)) {
                    wrong.add(row.operation() + " as " + caller + " (" + path + "): expected " + want + ", got "
                            + status + "  [authorization-matrix.txt line " + row.line() + "]");
                }
            }
            observed.append('\n');
        }
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " outcomes differ from the table:\n  " + String.join("\n  ", wrong)
                    + "\n\nEverything observed:\n" + observed);
        }
    }

    /** 2xx; 401 and 403 exactly; 4xx: refused for another reason than who asks (400, 404, 409, 415 …);
     *  pass: anything but 401, 403 and a server error — the caller got past authorization. */
    private static boolean matches(String expected, int status) {
        return switch (expected) {
            case "2xx" -> status >= 200 && status < 300;
            case "4xx" -> status >= 400 && status < 500 && status != 401 && status != 403;
            case "pass" -> status < 500 && status != 401 && status != 403;
            default -> String.valueOf(status).equals(expected);
        };
    }

    private int call(String method, String path, String body, String bodyType, String token) {
        URI target = URI.create(base.toString().replaceAll("/?$", "/")).resolve(path.substring(1));
        boolean withBody = !method.equals("GET");
        HttpRequest.Builder b = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(20))
                .method(method, withBody ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
        if (withBody) {
            b.header("Content-Type", bodyType == null ? "application/json" : bodyType);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        } else {
            // Calls without a token are rate-limited per address, and every test class shares one server: each
            // anonymous call here comes from an address of its own (the server believes a local proxy).
            int n = ++anonymousCalls;
            b.header("X-Forwarded-For", "198.18." + (n / 250) + "." + (1 + n % 250));
        }
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** "METHOD /api/path/{param}" of every operation in the deployed OpenAPI document → its request body type. */
    private Map<String, String> operations() throws Exception {
        URI doc = URI.create(base.toString()).resolve("/openapi");
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(doc).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        JsonObject paths;
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            paths = reader.readObject().getJsonObject("paths");
        }
        Map<String, String> ops = new LinkedHashMap<>();
        for (var path : paths.entrySet()) {
            String p = path.getKey().startsWith("/api/") ? path.getKey() : "/api" + path.getKey();
            for (var op : path.getValue().asJsonObject().entrySet()) {
                String method = op.getKey().toUpperCase();
                if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                JsonObject body = op.getValue().asJsonObject().getJsonObject("requestBody");
                String type = body == null || !body.containsKey("content") ? null
                        : body.getJsonObject("content").keySet().stream().findFirst().orElse(null);
                ops.put(method + " " + p, type);
            }
        }
        assertTrue(ops.size() > 40, "the OpenAPI document lists the API: " + ops.keySet());
        return ops;
    }

    private static Map<String, Row> table() throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (InputStream in = AuthorizationMatrixIT.class.getResourceAsStream("/authorization-matrix.txt")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\\|");
                if (cells.length != 2 + CALLERS.size()) {
                    throw new IllegalStateException("authorization-matrix.txt line " + (i + 1) + ": expected "
                            + (2 + CALLERS.size()) + " columns: " + line);
                }
                String operation = cells[0].strip().replaceAll("\\s+", " ");
                String request = cells[1].strip();
                if (request.isEmpty()) {
                    request = operation.substring(operation.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "{missing}");
                }
                Map<String, String> expected = new LinkedHashMap<>();
                for (int c = 0; c < CALLERS.size(); c++) {
                    String outcome = cells[2 + c].strip();
                    if (!Set.of("2xx", "401", "403", "4xx", "pass").contains(outcome)) {
                        throw new IllegalStateException("authorization-matrix.txt line " + (i + 1) + ": unknown outcome "
                                + outcome);
                    }
                    expected.put(CALLERS.get(c), outcome);
                }
                if (rows.put(operation, new Row(operation, request, expected, i + 1)) != null) {
                    throw new IllegalStateException("authorization-matrix.txt line " + (i + 1) + ": " + operation
                            + " twice");
                }
            }
        }
        return rows;
    }

    private static String fill(String request, Map<String, String> values) {
        Matcher m = Pattern.compile("\\{([a-zA-Z]+)}").matcher(request);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                throw new IllegalStateException("authorization-matrix.txt: unknown placeholder {" + m.group(1) + "} in "
                        + request + " (known: " + values.keySet() + ")");
            }
            m.appendReplacement(out, v);
        }
        m.appendTail(out);
        return out.toString();
    }
}
