package vn.dangbo.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The soak (bench/run-soak.sh): a steady mixed load for a long time — officers searching the ward, secretaries
 * editing dossiers, members opening their handbook, delegates checking in and voting — to show that nothing fails,
 * the heap does not grow and the response times do not drift. Each minute's p95 is recorded; the used heap is read
 * after a full collection (jcmd GC.run) once the load has warmed up and again at the end.
 *
 * <pre>
 * options: --minutes N   length of the steady run (30)
 *          --rate N      requests per second, spread evenly (40)
 *          --clients N   concurrent clients (16)
 *          --fresh       regenerate the bench ward
 *          --root DIR    the repository root (.)
 * </pre>
 */
public final class SoakBench {

    static final double TARGET_HEAP_GROWTH = 0.10;
    static final double TARGET_P95_DRIFT = 1.5;
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    private static final String[] KINDS = {"search", "dossier edit", "handbook", "check-in", "vote"};
    private static final Map<Long, Object> EDIT_LOCKS = new ConcurrentHashMap<>();
    private static final String[] NAMES = {"nguyen", "tran thi", "le van", "pham", "hoang", "vu", "dang", "bui", "do", "ngo"};

    private record Options(int minutes, int rate, int clients, boolean fresh, Path root) {
        static Options parse(String[] args) {
            BenchArgs a = BenchArgs.parse(args, Set.of("minutes", "rate", "clients"));
            return new Options(a.integer("minutes", 30), a.integer("rate", 40), a.integer("clients", 16), a.fresh(),
                    a.root());
        }
    }

    private record Api(HttpClient http, String baseUrl, String token) {
        HttpResponse<String> call(String method, String path, String json) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30))
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        String ok(String method, String path, String json) throws IOException, InterruptedException {
            HttpResponse<String> r = call(method, path, json);
            if (r.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + path + " → HTTP " + r.statusCode() + " " + r.body());
            }
            return r.body();
        }
    }

    private SoakBench() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        BenchSystem.run(o.root(), "bench/run-soak.sh", o.fresh(),
                (db, payara, jwt) -> run(o, o.root().resolve("bench/target"), db, payara, jwt));
    }

    private static int run(Options o, Path target, BenchDatabase db, PayaraServer payara, JwtMinter jwt)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(8)).build();
        long lifetime = o.minutes() * 60L + 1800;
        Api officer = new Api(http, payara.baseUrl(), jwt.token("canbo.tochuc", List.of("officer", "member"), 3L, lifetime));

        // Delegates of a congress of the soak's own: their tokens vote and check in; the others' open the handbook.
        List<Long> members = db.fullMembers(400);
        List<Long> delegatesMembers = members.subList(0, 200);
        List<Long> editable = members.subList(200, 400);
        String congress = Report.match(ID, officer.ok("POST", "/api/congresses", "{\"name\":\"Bench: Đại hội thử tải "
                + System.currentTimeMillis() + "\",\"level\":\"WARD\",\"term\":\"2025-2030\",\"startsOn\":\""
                + java.time.LocalDate.now() + "\",\"endsOn\":\"" + java.time.LocalDate.now().plusDays(1)
                + "\",\"venue\":\"Hội trường\"}"));
        String base = "/api/congresses/" + congress;
        StringBuilder ids = new StringBuilder();
        for (long m : delegatesMembers) {
            ids.append(ids.length() == 0 ? "" : ",").append(m);
        }
        officer.ok("POST", base + "/delegates", "{\"memberIds\":[" + ids + "],\"kind\":\"OFFICIAL\",\"basis\":\"ELECTED\"}");
        String session = Report.match(ID, officer.ok("POST", base + "/sessions",
                "{\"name\":\"Phiên thử tải\",\"startsAt\":\"" + java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "\"}"));
        officer.ok("POST", base + "/sessions/" + session + "/check-in", "{\"open\":true}");
        List<Api> delegates = new ArrayList<>();
        for (long m : delegatesMembers) {
            Api d = new Api(http, payara.baseUrl(), jwt.token("daibieu." + m, List.of("member", "delegate"), m, lifetime));
            d.ok("POST", base + "/check-ins/self", "{}");
            delegates.add(d);
        }
        String vote = base + "/votes/" + Report.match(ID, officer.ok("POST", base + "/votes",
                "{\"title\":\"Biểu quyết thử tải\",\"subject\":\"MOTION\",\"rule\":\"MAJORITY\",\"base\":\"PRESENT\",\"changeable\":true}"));
        officer.ok("POST", vote + "/opening", "{}");
        System.out.printf("  congress %s: %d delegates checked in, a changeable vote open; %d dossiers to edit%n",
                congress, delegates.size(), editable.size());

        int minutes = o.minutes();
        long[][] perMinute = new long[minutes][];
        Map<Integer, ConcurrentLinkedQueue<Long>> byMinute = new ConcurrentHashMap<>();
        Map<String, ConcurrentLinkedQueue<Long>> byKind = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicLong sent = new AtomicLong();
        ExecutorService clients = Executors.newFixedThreadPool(o.clients());
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        Random seed = new Random(7);
        long start = System.nanoTime();
        long periodNanos = 1_000_000_000L / o.rate();
        long heapWarm = -1;
        Map<String, long[]> histogramWarm = Map.of();
        ticker.scheduleAtFixedRate(() -> {
            long n = sent.getAndIncrement();
            int minute = (int) ((System.nanoTime() - start) / 60_000_000_000L);
            if (minute >= minutes) {
                return;
            }
            long r = seed.nextLong();
            // Timed from when the request was due, not when a client took it: waiting for a client counts too.
            long t0 = System.nanoTime();
            clients.submit(() -> {
                int kind = (int) Math.floorMod(n, KINDS.length);
                try {
                    one(kind, Math.abs(r), officer, delegates, editable, base, vote);
                    long took = System.nanoTime() - t0;
                    byMinute.computeIfAbsent(minute, k -> new ConcurrentLinkedQueue<>()).add(took);
                    byKind.computeIfAbsent(KINDS[kind], k -> new ConcurrentLinkedQueue<>()).add(took);
                } catch (Exception e) {
                    errors.add(KINDS[kind] + ": " + e.getMessage());
                }
            });
        }, 0, periodNanos, TimeUnit.NANOSECONDS);

        for (int m = 0; m < minutes; m++) {
            TimeUnit.NANOSECONDS.sleep(Math.max(0, start + (m + 1) * 60_000_000_000L - System.nanoTime()));
            ConcurrentLinkedQueue<Long> q = byMinute.getOrDefault(m, new ConcurrentLinkedQueue<>());
            perMinute[m] = q.stream().mapToLong(Long::longValue).toArray();
            LoadRunner.Stats s = LoadRunner.Stats.of(perMinute[m]);
            if (m == 0) {
                heapWarm = heapAfterFullGc(payara);
                histogramWarm = histogram(payara);
            }
            System.out.printf("  minute %2d: %,6d requests, p95 %6.1f ms, errors so far %d%n", m + 1, s.count(), s.p95(),
                    errors.size());
        }
        ticker.shutdown();
        clients.shutdown();
        clients.awaitTermination(60, TimeUnit.SECONDS);
        long heapEnd = heapAfterFullGc(payara);
        Map<String, long[]> histogramEnd = histogram(payara);

        int window = Math.max(1, Math.min(5, minutes / 3));
        double firstP95 = LoadRunner.Stats.of(concat(perMinute, 0, window)).p95();
        double lastP95 = LoadRunner.Stats.of(concat(perMinute, minutes - window, minutes)).p95();
        if (heapWarm <= 0 || heapEnd <= 0) {
            // No reading is no pass: the heap target is judged only on two real figures.
            throw new IllegalStateException("the server's used heap could not be read from /metrics");
        }
        double growth = (heapEnd - heapWarm) / (double) heapWarm;
        StringBuilder out = new StringBuilder();
        out.append(String.format("Soak: %d min at %d requests/s from %d clients (search, dossier edit, handbook, check-in, vote)%n",
                minutes, o.rate(), o.clients()));
        for (String k : KINDS) {
            LoadRunner.Stats s = LoadRunner.Stats.of(byKind.getOrDefault(k, new ConcurrentLinkedQueue<>()).stream()
                    .mapToLong(Long::longValue).toArray());
            out.append(String.format("  %-13s %,7d requests, p50 %6.1f ms, p95 %6.1f ms, max %7.1f ms%n", k, s.count(),
                    s.median(), s.p95(), s.max()));
        }
        out.append(String.format("  errors: %d (target 0)%s%n", errors.size(), errors.isEmpty() ? "" : "; first: " + errors.peek()));
        out.append(String.format("  heap after full GC: %.0f MB after the first minute, %.0f MB at the end: %+.1f %% (target ≤ +%.0f %%)%n",
                heapWarm / 1048576.0, heapEnd / 1048576.0, growth * 100, TARGET_HEAP_GROWTH * 100));
        out.append(String.format("  p95 of the first %d min %.1f ms, of the last %d min %.1f ms: ratio %.2f (target ≤ %.1f)%n",
                window, firstP95, window, lastP95, lastP95 / Math.max(0.001, firstP95), TARGET_P95_DRIFT));
        out.append(growers(histogramWarm, histogramEnd));
        boolean met = errors.isEmpty() && growth <= TARGET_HEAP_GROWTH && lastP95 <= TARGET_P95_DRIFT * firstP95;
        out.append("  targets ").append(met ? "met" : "NOT met").append('\n');
        System.out.print(out);
        Files.createDirectories(target);
        Files.writeString(target.resolve("soak-report.txt"), out.toString());
        return met ? 0 : 2;
    }

    /** One request of the mix; throws on anything but a 2xx (a 409 from two edits of one dossier at once included). */
    private static void one(int kind, long r, Api officer, List<Api> delegates, List<Long> editable, String base,
                            String vote) throws Exception {
        switch (kind) {
            case 0 -> officer.ok("GET", "/api/members?q=" + NAMES[(int) (r % NAMES.length)].replace(" ", "%20")
                    + "&page=" + (r % 5) + "&size=20", null);
            case 1 -> {
                // Each dossier is edited by one client at a time: the edits of one minute spread over 200 dossiers.
                long member = editable.get((int) (r % editable.size()));
                synchronized (EDIT_LOCKS.computeIfAbsent(member, k -> new Object())) {
                    String dossier = officer.ok("GET", "/api/members/" + member, null);
                    String version = Report.match(VERSION, dossier);
                    officer.ok("PATCH", "/api/members/" + member, "{\"version\":" + version
                            + ",\"residence\":\"Tổ " + (1 + r % 20) + ", Khu phố " + (1 + r % 7) + "\"}");
                }
            }
            case 2 -> delegates.get((int) (r % delegates.size())).ok("GET", "/api/handbook/home", null);
            // A delegate scanning again is answered with the first check-in's time: idempotent, as at the door.
            case 3 -> delegates.get((int) (r % delegates.size())).ok("POST", base + "/check-ins/self", "{}");
            default -> delegates.get((int) (r % delegates.size())).ok("PUT", vote + "/mine",
                    "{\"choice\":\"" + (r % 3 == 0 ? "DISAGREE" : "AGREE") + "\"}");
        }
    }

    private static long[] concat(long[][] minutes, int from, int to) {
        return Arrays.stream(minutes, from, to).filter(a -> a != null).flatMapToLong(Arrays::stream).toArray();
    }

    /** The live objects per class (jcmd GC.class_histogram forces a full GC first): class → {instances, bytes}. */
    private static Map<String, long[]> histogram(PayaraServer payara) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process p = new ProcessBuilder(jcmd, Long.toString(payara.pid()), "GC.class_histogram")
                .redirectErrorStream(true).start();
        Map<String, long[]> out = new java.util.HashMap<>();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String[] f = line.trim().split("\\s+");
                // "  12:   3456   789012  java.lang.String (java.base@17)"
                if (f.length >= 4 && f[0].endsWith(":")) {
                    out.put(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
                }
            }
        }
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    /** The ten classes whose live bytes grew most between the two histograms: where a leak would show. */
    private static String growers(Map<String, long[]> before, Map<String, long[]> after) {
        StringBuilder out = new StringBuilder("  live objects grown most (after a full GC, first minute → end):\n");
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {
                        e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(10)
                .forEach(e -> out.append(String.format("    %+9.1f KB %+9d objects  %s%n", e.getValue()[1] / 1024.0,
                        e.getValue()[0], e.getKey())));
        return out.toString();
    }

    /** jcmd GC.run in the server's process, then its used heap from MicroProfile Metrics. */
    private static long heapAfterFullGc(PayaraServer payara) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        new ProcessBuilder(jcmd, Long.toString(payara.pid()), "GC.run").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(60, TimeUnit.SECONDS);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HeapWatch watch = new HeapWatch(http, payara.baseUrl());
        watch.start();
        long used = watch.now();
        watch.stop();
        return used;
    }
}
