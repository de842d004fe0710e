package vn.dangbo.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import vn.dangbo.records.member.MemberStatus;

/**
 * The handbook-home benchmark (bench/run-home.sh): 3,000 members of the 150,000-member bench ward open their
 * handbook on their phones at once, from 20 concurrent clients. Opening the handbook is what the web app does:
 * {@code GET /api/me} (who am I) then {@code GET /api/handbook/home} (my next meetings, unread notices,
 * documents to read, my open correction requests). Before measuring, the officer gives every cell of those
 * members two coming meetings and a notice, and the ward eight documents members should read, through the API.
 *
 * <pre>
 * options: --members N   members opening their handbook (3000)
 *          --clients N   concurrent clients (20)
 *          --seconds N   length of the steady run after every member's first opening (30)
 *          --fresh       regenerate the bench ward
 *          --root DIR    the repository root (.)
 * </pre>
 */
public final class HandbookHomeBench {

    static final double TARGET_P95_MS = 100;
    private static final ZoneId WARD = ZoneId.of("Asia/Ho_Chi_Minh");

    private record Options(int members, int clients, int seconds, boolean fresh, Path root) {
        static Options parse(String[] args) {
            BenchArgs a = BenchArgs.parse(args, Set.of("members", "clients", "seconds"));
            return new Options(a.integer("members", 3000), a.integer("clients", 20), a.integer("seconds", 30),
                    a.fresh(), a.root());
        }
    }

    /** One member's phone: their token and their cell. */
    private record Phone(long memberId, long cellId, String token) {
    }

    private HandbookHomeBench() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        BenchSystem.run(o.root(), "bench/run-home.sh", o.fresh(),
                (db, payara, jwt) -> run(o, o.root().resolve("bench/target"), db, payara, jwt));
    }

    private static int run(Options o, Path target, BenchDatabase db, PayaraServer payara, JwtMinter jwt)
            throws Exception {
        List<Phone> phones = phones(db, jwt, o.members());
        Set<Long> cells = phones.stream().map(Phone::cellId).collect(Collectors.toCollection(LinkedHashSet::new));
        System.out.printf("  %,d members chosen across %d cells, of the %,d-member ward%n", phones.size(),
                cells.size(), wardSize(db));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String officer = jwt.token("canbo.tochuc", List.of("officer", "member"), 3L, 7200);

        System.out.println("▶ What members will find: meetings and a notice per cell, documents to read (API)");
        long t = System.nanoTime();
        int seeded = seed(http, payara, officer, cells, db);
        System.out.printf("  %s in %.1f s%n", seeded == 0 ? "already there from an earlier run" : seeded + " items",
                (System.nanoTime() - t) / 1e9);

        HomeCheck check = open(http, payara, phones.get(0));
        System.out.println("  a member's home: " + check.summary());

        System.out.println("▶ Every member opens the handbook once (" + o.clients() + " clients; cold caches)");
        Result first = load(http, payara, phones, o.clients(), phones.size(), Duration.ofMinutes(5));
        System.out.println("▶ Steady: members keep opening it for " + o.seconds() + " s (" + o.clients() + " clients)");
        Result steady = load(http, payara, phones, o.clients(), Integer.MAX_VALUE, Duration.ofSeconds(o.seconds()));
        System.out.println("▶ One client: what an opening costs without queueing (500 openings)");
        Result solo = load(http, payara, phones, 1, 500, Duration.ofSeconds(30));

        StringBuilder r = new StringBuilder();
        r.append(String.format(Locale.ROOT, "%nHandbook home benchmark — %,d members of a %,d-member ward, %d clients%n",
                phones.size(), wardSize(db), o.clients()));
        r.append("An opening = GET /api/me + GET /api/handbook/home, one after the other, as the web app does.\n\n");
        r.append(String.format(Locale.ROOT, "%-34s %8s %8s %8s %8s %8s %10s %7s%n", "phase", "opens", "p50 ms",
                "p95 ms", "p99 ms", "max ms", "opens/s", "errors"));
        row(r, "first opening, every member once", first);
        row(r, "steady, " + o.seconds() + " s", steady);
        row(r, "  of which GET /api/handbook/home", steady.homeOnly());
        row(r, "one client, no queueing", solo);
        row(r, "  of which GET /api/handbook/home", solo.homeOnly());
        double p95 = Math.max(first.percentile(95), steady.percentile(95));
        r.append(String.format(Locale.ROOT, "%nTarget: p95 of an opening under %.0f ms → %s (worst phase %.1f ms)%n",
                TARGET_P95_MS, p95 < TARGET_P95_MS ? "MET" : "NOT MET", p95));
        r.append(String.format(Locale.ROOT, "With %d clients that never pause, an opening waits for the others: Little's"
                + " law gives %.0f ms at %.0f openings/s.%n", o.clients(), 1000.0 * o.clients()
                / (steady.opens().length / (steady.wallNanos() / 1e9)), steady.opens().length / (steady.wallNanos() / 1e9)));
        if (!first.errors.isEmpty() || !steady.errors.isEmpty()) {
            r.append("Errors (samples): ").append(first.errors.stream().limit(3).toList())
                    .append(steady.errors.stream().limit(3).toList()).append('\n');
        }
        System.out.print(r);
        Path file = target.resolve("home-report.txt");
        Files.writeString(file, r, StandardCharsets.UTF_8);
        System.out.println("(also in " + file + ")");
        return first.errors.isEmpty() && steady.errors.isEmpty() ? 0 : 2;
    }

    private static long wardSize(BenchDatabase db) throws Exception {
        try (Connection c = db.connect(); PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM member");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Members spread over the whole ward: every k-th active member, so many cells are involved. */
    private static List<Phone> phones(BenchDatabase db, JwtMinter jwt, int count) throws Exception {
        List<long[]> all = new ArrayList<>();
        String active = MemberStatus.ACTIVE.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(","));
        try (Connection c = db.connect(); PreparedStatement q = c.prepareStatement(
                "SELECT id, cell_id FROM member WHERE status IN (" + active + ") ORDER BY id");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                all.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        int step = Math.max(1, all.size() / count);
        List<Phone> phones = new ArrayList<>();
        for (int i = 0; i < all.size() && phones.size() < count; i += step) {
            long id = all.get(i)[0];
            phones.add(new Phone(id, all.get(i)[1], jwt.token("dangvien." + id, List.of("member"), id, 7200)));
        }
        return phones;
    }

    private static int seed(HttpClient http, PayaraServer payara, String officer, Set<Long> cells, BenchDatabase db)
            throws Exception {
        try (Connection c = db.connect(); PreparedStatement q = c.prepareStatement(
                "SELECT COUNT(*) FROM cell_meeting WHERE topic LIKE 'Bench: %'"); ResultSet rs = q.executeQuery()) {
            rs.next();
            if (rs.getLong(1) > 0) {
                return 0;
            }
        }
        LocalDateTime soon = LocalDate.now(WARD).plusDays(10).atTime(19, 30);
        LocalDateTime nextMonth = LocalDate.now(WARD).plusMonths(1).withDayOfMonth(5).atTime(19, 30);
        int n = 0;
        for (long cell : cells) {
            for (LocalDateTime start : List.of(soon, nextMonth)) {
                post(http, payara, officer, "/api/meetings", "{\"cellId\":" + cell + ",\"kind\":\"THEMATIC\",\"startsAt\":\""
                        + start + "\",\"endsAt\":\"" + start.plusHours(2) + "\",\"place\":\"Nhà văn hóa khu phố\","
                        + "\"topic\":\"Bench: chuyên đề chuyển đổi số " + start.toLocalDate() + "\",\"documents\":[]}");
                n++;
            }
            post(http, payara, officer, "/api/notices", "{\"title\":\"Thông báo lịch thu đảng phí quý\",\"body\":\""
                    + "Đề nghị các đồng chí nộp đảng phí trước ngày 10.\",\"important\":false,\"wardWide\":false,"
                    + "\"cellIds\":[" + cell + "]}");
            n++;
        }
        for (int i = 1; i <= 8; i++) {
            post(http, payara, officer, "/api/library/documents", "{\"title\":\"Tài liệu học tập số " + i + "\","
                    + "\"number\":\"" + i + "-HD/ĐU\",\"issuer\":\"Đảng ủy phường\",\"issuedOn\":\"" + LocalDate.now(WARD)
                    + "\",\"category\":\"STUDY\",\"mustRead\":true,\"html\":\"<p>Nội dung tài liệu học tập số " + i
                    + " về chuyển đổi số.</p>\"}");
            n++;
        }
        return n;
    }

    private static void post(HttpClient http, PayaraServer payara, String token, String path, String json)
            throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(payara.baseUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " → HTTP " + r.statusCode() + " " + r.body());
        }
    }

    /** What one opening brought back, to check the home is not empty. */
    private record HomeCheck(long meNanos, long homeNanos, String body) {
        String summary() {
            return body.length() > 300 ? body.substring(0, 300) + "…" : body;
        }
    }

    private static HomeCheck open(HttpClient http, PayaraServer payara, Phone phone) throws Exception {
        long t0 = System.nanoTime();
        get(http, payara, phone.token(), "/api/me");
        long t1 = System.nanoTime();
        String home = get(http, payara, phone.token(), "/api/handbook/home");
        long t2 = System.nanoTime();
        return new HomeCheck(t1 - t0, t2 - t1, home);
    }

    private static String get(HttpClient http, PayaraServer payara, String token, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(payara.baseUrl() + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " → HTTP " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    /** Latencies of the openings of a phase (nanoseconds), the home request alone, and errors. */
    private record Result(long[] opens, long[] homes, long wallNanos, List<String> errors) {
        double percentile(double p) {
            return pct(opens, p);
        }

        Result homeOnly() {
            return new Result(homes, homes, wallNanos, List.of());
        }

        private static double pct(long[] values, double p) {
            if (values.length == 0) {
                return Double.NaN;
            }
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
        }
    }

    private static Result load(HttpClient http, PayaraServer payara, List<Phone> phones, int clients, int max,
                               Duration limit) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        long deadline = System.nanoTime() + limit.toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread client = new Thread(() -> {
                try {
                    int i;
                    while ((i = next.getAndIncrement()) < max && System.nanoTime() < deadline) {
                        try {
                            HomeCheck h = open(http, payara, phones.get(i % phones.size()));
                            samples.add(new long[] {h.meNanos() + h.homeNanos(), h.homeNanos()});
                        } catch (Exception e) {
                            errors.add(String.valueOf(e.getMessage()));
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "home-client-" + c);
            client.setDaemon(true);
            client.start();
        }
        done.await();
        long wall = System.nanoTime() - start;
        long[] opens = samples.stream().mapToLong(s -> s[0]).toArray();
        long[] homes = samples.stream().mapToLong(s -> s[1]).toArray();
        return new Result(opens, homes, wall, List.copyOf(errors));
    }

    private static void row(StringBuilder r, String name, Result x) {
        r.append(String.format(Locale.ROOT, "%-34s %8d %8.1f %8.1f %8.1f %8.1f %10.0f %7d%n", name, x.opens().length,
                Result.pct(x.opens(), 50), Result.pct(x.opens(), 95), Result.pct(x.opens(), 99),
                Result.pct(x.opens(), 100), x.opens().length / (x.wallNanos() / 1e9), x.errors().size()));
    }
}
