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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The open-vote benchmark (bench/run-votes.sh): a city-size congress of 5,000 official delegates, all checked in,
 * each tablet holding the congress's live event stream (GET /api/congresses/{id}/live/stream). The presidium opens
 * a vote and every delegate votes within 2 seconds (PUT /votes/{v}/mine); 200 of them try again (the vote does not
 * allow changes: each must be refused and change nothing); the presidium closes the vote.
 * <p>
 * Targets: no vote lost or counted twice (the rows in the database, the frozen result and the streams' figure all
 * equal the accepted votes), p99 of a vote under 250 ms, the closed result on every stream within 1 s of the close
 * being acknowledged. It reports the server's heap (sampled from /metrics) and resident memory with the streams open.
 *
 * <pre>
 * options: --delegates N (5000)  --seconds N  the voting window (2)  --clients N  tablets sending at once (200)
 *          --fresh  regenerate the bench ward      --root DIR  the repository root (.)
 * </pre>
 */
public final class VoteBench {

    static final double TARGET_P99_MS = 250;
    static final double TARGET_RESULT_MS = 1000;
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern USED_HEAP = Pattern.compile("(?m)^(?:base_)?memory_usedHeap_bytes\\S*\\s+([0-9.E+]+)");
    private static final Pattern CLOSED_COUNT = Pattern.compile("\"closedCount\":(\\d+)");
    private static final Pattern AGREE = Pattern.compile("\"agree\":(\\d+)");
    private static final Pattern DISAGREE = Pattern.compile("\"disagree\":(\\d+)");
    private static final Pattern ABSTAIN = Pattern.compile("\"abstain\":(\\d+)");
    private static final Pattern CAST = Pattern.compile("\"cast\":(\\d+)");

    private record Options(int delegates, int seconds, int clients, boolean fresh, Path root) {
        static Options parse(String[] args) {
            BenchArgs a = BenchArgs.parse(args, Set.of("delegates", "seconds", "clients"));
            return new Options(a.integer("delegates", 5000), a.integer("seconds", 2), a.integer("clients", 200),
                    a.fresh(), a.root());
        }
    }

    private VoteBench() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        BenchSystem.run(o.root(), "bench/run-votes.sh", o.fresh(),
                (db, payara, jwt) -> run(o, o.root().resolve("bench/target"), db, payara, jwt));
    }

    private static int run(Options o, Path target, BenchDatabase db, PayaraServer payara, JwtMinter jwt)
            throws Exception {
        List<Long> members = fullMembers(db, o.delegates());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).build();
        Api officer = new Api(http, payara.baseUrl(), jwt.token("canbo.tochuc", List.of("officer", "member"), 3L, 7200));
        HeapWatch heap = new HeapWatch(http, payara.baseUrl());
        heap.start();

        System.out.println("▶ A congress of " + members.size() + " official delegates, a session open for check-in (API)");
        long t = System.nanoTime();
        String congress = match(ID, officer.send("POST", "/api/congresses", "{\"name\":\"Bench: Đại hội biểu quyết "
                + Instant.now() + "\",\"level\":\"CITY\",\"term\":\"2025-2030\",\"startsOn\":\"" + LocalDate.now()
                + "\",\"endsOn\":\"" + LocalDate.now().plusDays(2) + "\",\"venue\":\"Trung tâm Hội nghị thành phố\"}"));
        String base = "/api/congresses/" + congress;
        for (int from = 0; from < members.size(); from += 1000) {
            officer.send("POST", base + "/delegates", "{\"memberIds\":" + members.subList(from,
                    Math.min(members.size(), from + 1000)) + ",\"kind\":\"OFFICIAL\",\"basis\":\"ELECTED\"}");
        }
        String session = match(ID, officer.send("POST", base + "/sessions", "{\"name\":\"Phiên chính thức\","
                + "\"startsAt\":\"" + Instant.now() + "\"}"));
        officer.send("POST", base + "/sessions/" + session + "/check-in", "{\"open\":true}");
        List<Api> tablets = new ArrayList<>();
        for (long m : members) {
            tablets.add(new Api(http, payara.baseUrl(), jwt.token("daibieu." + m, List.of("member", "delegate"), m, 7200)));
        }
        Phase checkIns = run(tablets.size(), 32, Duration.ZERO, i -> tablets.get(i).send("POST", base
                + "/check-ins/self", "{}"));
        System.out.printf("  %d delegates added and checked in (themselves) in %.1f s, %d errors%n", tablets.size(),
                (System.nanoTime() - t) / 1e9, checkIns.errors().size());

        System.out.println("▶ " + tablets.size() + " tablets open the live stream");
        long heapBefore = heap.now();
        long rssBefore = rss(payara.pid());
        HttpClient streamsClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).build();
        List<Stream> streams = new ArrayList<>();
        t = System.nanoTime();
        Semaphore opening = new Semaphore(64);
        for (Api tablet : tablets) {
            opening.acquire();
            Stream s = new Stream();
            streams.add(s);
            s.onFirst = opening::release;
            s.open(streamsClient, payara.baseUrl() + base + "/live/stream", tablet.token());
        }
        Stream console = new Stream();
        console.open(streamsClient, payara.baseUrl() + base + "/live/stream", officer.token());
        boolean allFirst = awaitAll(streams, s -> s.first > 0, Duration.ofSeconds(120));
        long connected = streams.stream().filter(s -> s.first > 0).count();
        System.out.printf("  %d of %d streams received the state in %.1f s%n", connected, streams.size(),
                (System.nanoTime() - t) / 1e9);
        Thread.sleep(2000);
        long heapStreams = heap.now();
        long rssStreams = rss(payara.pid());

        System.out.println("▶ The presidium opens a vote; " + tablets.size() + " delegates vote within " + o.seconds()
                + " s from " + o.clients() + " clients");
        String vote = match(ID, officer.send("POST", base + "/votes", "{\"title\":\"Thông qua Nghị quyết Đại hội\","
                + "\"subject\":\"RESOLUTION\",\"rule\":\"MAJORITY\",\"base\":\"PRESENT\",\"changeable\":false}"));
        long openSent = System.nanoTime();
        officer.send("POST", base + "/votes/" + vote + "/opening", "{}");
        long openAcked = System.nanoTime();
        String[] choices = new String[tablets.size()];
        for (int i = 0; i < choices.length; i++) {
            int k = i % 20;
            choices[i] = k < 13 ? "AGREE" : k < 17 ? "DISAGREE" : "ABSTAIN";
        }
        Phase casts = run(tablets.size(), o.clients(), Duration.ofSeconds(o.seconds()),
                i -> tablets.get(i).send("PUT", base + "/votes/" + vote + "/mine", "{\"choice\":\"" + choices[i] + "\"}"));
        long openSeen = streams.stream().filter(s -> s.open > 0).count();
        long[] openLag = streams.stream().filter(s -> s.open > 0).mapToLong(s -> Math.max(0, s.open - openAcked)).toArray();

        System.out.println("▶ 200 delegates try to vote again (the vote allows no change)");
        int replayCount = Math.min(200, tablets.size());
        Phase replays = run(replayCount, 20, Duration.ZERO, i -> tablets.get(i).sendExpecting(409, "PUT",
                base + "/votes/" + vote + "/mine", "{\"choice\":\"DISAGREE\"}"));
        long consoleCastBeforeClose = console.maxCast.get();
        long consoleLastTally = console.lastTally.get();

        System.out.println("▶ The presidium closes the vote; every stream must show the result");
        long closeSent = System.nanoTime();
        String closed = officer.send("POST", base + "/votes/" + vote + "/closure", "{}");
        long closeAcked = System.nanoTime();
        awaitAll(streams, s -> s.closed > 0, Duration.ofSeconds(10));
        long[] resultLag = streams.stream().filter(s -> s.closed > 0).mapToLong(s -> Math.max(0, s.closed - closeAcked))
                .toArray();
        long resultSeen = resultLag.length;
        long streamsWrong = streams.stream().filter(s -> s.closed > 0 && s.closedAgree != expected(choices, casts, "AGREE"))
                .count();
        heap.stop();
        long rssEnd = rss(payara.pid());

        long rows = count(db, "SELECT COUNT(*) FROM congress_vote_cast WHERE vote_id = " + vote);
        long[] dbChoices = {
            count(db, "SELECT COUNT(*) FROM congress_vote_cast WHERE vote_id = " + vote + " AND choice = 'AGREE'"),
            count(db, "SELECT COUNT(*) FROM congress_vote_cast WHERE vote_id = " + vote + " AND choice = 'DISAGREE'"),
            count(db, "SELECT COUNT(*) FROM congress_vote_cast WHERE vote_id = " + vote + " AND choice = 'ABSTAIN'")};
        long[] sent = {expected(choices, casts, "AGREE"), expected(choices, casts, "DISAGREE"),
            expected(choices, casts, "ABSTAIN")};
        long[] frozen = {num(AGREE, closed), num(DISAGREE, closed), num(ABSTAIN, closed)};
        long accepted = casts.okCount();
        boolean exact = rows == accepted && Arrays.equals(dbChoices, sent) && Arrays.equals(frozen, sent)
                && replays.okCount() == replayCount && streamsWrong == 0;

        StringBuilder r = new StringBuilder();
        r.append(String.format(Locale.ROOT, "%nOpen-vote benchmark — %d official delegates present, each holding the live "
                + "stream; vote by PUT /votes/{v}/mine%n%n", tablets.size()));
        r.append(String.format(Locale.ROOT, "%-40s %7s %8s %8s %8s %8s %9s %7s%n", "phase", "calls", "p50 ms", "p95 ms",
                "p99 ms", "max ms", "calls/s", "errors"));
        row(r, "self check-in (setup, 32 clients)", checkIns);
        row(r, "votes within " + o.seconds() + " s, " + o.clients() + " clients", casts);
        row(r, "the same votes, from their due time", casts.fromDue(), casts);
        row(r, "second attempts (must be refused, 409)", replays);
        r.append(String.format(Locale.ROOT, "%nVoting window: the last vote was answered %.2f s after the vote opened "
                + "(target: all cast within %d s)%n", (casts.lastAck() - openAcked) / 1e9, o.seconds()));
        r.append(String.format(Locale.ROOT, "Counted once: %d accepted, %d rows; by choice sent %s, in the database %s, "
                        + "frozen result %s; %d of %d second attempts refused, on %d streams the result's figure differed → %s%n",
                accepted, rows, Arrays.toString(sent), Arrays.toString(dbChoices), Arrays.toString(frozen),
                replays.okCount(), replayCount, streamsWrong, exact ? "MET" : "NOT MET"));
        double p99 = CheckInBench.pct(casts.latencies(), 99);
        r.append(String.format(Locale.ROOT, "Target: p99 of a vote under %.0f ms → %s (%.1f ms; from its due time %.1f ms)%n",
                TARGET_P99_MS, p99 < TARGET_P99_MS ? "MET" : "NOT MET", p99, CheckInBench.pct(casts.fromDue(), 99)));
        double lagMax = resultLag.length == 0 ? Double.NaN : Arrays.stream(resultLag).max().getAsLong() / 1e6;
        r.append(String.format(Locale.ROOT, "Closed result on the streams after the close was acknowledged (%.0f ms to "
                        + "close): p50 %.0f ms, p99 %.0f ms, max %.0f ms; %d of %d streams → %s%n", (closeAcked - closeSent) / 1e6,
                CheckInBench.pct(resultLag, 50), CheckInBench.pct(resultLag, 99), lagMax, resultSeen, streams.size(),
                resultSeen == streams.size() && lagMax < TARGET_RESULT_MS ? "MET" : "NOT MET"));
        r.append(String.format(Locale.ROOT, "Opened vote on the streams after the opening was acknowledged (%.0f ms to "
                        + "open): p50 %.0f ms, p99 %.0f ms; %d of %d streams%n", (openAcked - openSent) / 1e6,
                CheckInBench.pct(openLag, 50), CheckInBench.pct(openLag, 99), openSeen, streams.size()));
        r.append(String.format(Locale.ROOT, "Presidium console: live tally reached %d votes cast before the close (%.0f ms "
                        + "after the last vote was answered)%n", consoleCastBeforeClose,
                consoleLastTally == 0 ? Double.NaN : Math.max(0, consoleLastTally - casts.lastAck()) / 1e6));
        r.append(String.format(Locale.ROOT, "Streams: %d of %d connected (%s)%n", connected, streams.size(),
                allFirst ? "all" : "NOT all"));
        r.append(String.format(Locale.ROOT, "Server memory (Payara Micro, -Xmx1g): heap used %s before the streams, %s with "
                        + "%d streams open, peak %s during the run; resident %s before the streams, %s with "
                        + "them, %s at the end%n", mb(heapBefore), mb(heapStreams), connected, mb(heap.peak()),
                mb(rssBefore), mb(rssStreams), mb(rssEnd)));
        System.out.print(r);
        Path file = target.resolve("votes-report.txt");
        Files.writeString(file, r, StandardCharsets.UTF_8);
        System.out.println("(also in " + file + ")");
        console.cancel();
        streams.forEach(Stream::cancel);
        return casts.errors().isEmpty() && replays.errors().isEmpty() && checkIns.errors().isEmpty() ? 0 : 2;
    }

    /** How many accepted votes chose {@code choice}. */
    private static long expected(String[] choices, Phase casts, String choice) {
        long n = 0;
        for (int i : casts.okIndexes()) {
            if (choices[i].equals(choice)) {
                n++;
            }
        }
        return n;
    }

    private static String mb(long bytes) {
        return bytes <= 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MB", bytes / 1024.0 / 1024.0);
    }

    /** Resident memory of a process (VmRSS in /proc), 0 when it cannot be read. */
    private static long rss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
                }
            }
        } catch (Exception e) {
            // not Linux, or the process has gone
        }
        return 0;
    }

    private static List<Long> fullMembers(BenchDatabase db, int count) throws Exception {
        List<Long> all = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement q = c.prepareStatement(
                "SELECT id FROM member WHERE status = 'FULL' ORDER BY id"); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                all.add(rs.getLong(1));
            }
        }
        int step = Math.max(1, all.size() / count);
        List<Long> picked = new ArrayList<>();
        for (int i = 0; i < all.size() && picked.size() < count; i += step) {
            picked.add(all.get(i));
        }
        return picked;
    }

    private static long count(BenchDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String match(Pattern p, String body) {
        Matcher m = p.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("unexpected answer: " + body);
        }
        return m.group(1);
    }

    private static long num(Pattern p, String body) {
        Matcher m = p.matcher(body);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private record Api(HttpClient http, String baseUrl, String token) {
        String send(String method, String path, String json) throws Exception {
            return sendExpecting(200, method, path, json);
        }

        /** Any 2xx, or exactly {@code status} when it is not 200 (an answer expected to be a refusal). */
        String sendExpecting(int status, String method, String path, String json) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json == null ? "" : json, StandardCharsets.UTF_8));
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            boolean ok = status == 200 ? r.statusCode() / 100 == 2 : r.statusCode() == status;
            if (!ok) {
                throw new IllegalStateException(method + " " + path + " → HTTP " + r.statusCode() + " " + r.body());
            }
            return r.body();
        }
    }

    private interface Call {
        void call(int i) throws Exception;
    }

    /**
     * Latencies from sending (ns), from the due time (ns: includes waiting for a free client), the indexes answered
     * as expected, the time of the last answer, the wall time and the errors of a phase.
     */
    private record Phase(long[] latencies, long[] fromDue, int[] okIndexes, long lastAck, long wallNanos,
                         List<String> errors) {
        int okCount() {
            return okIndexes.length;
        }
    }

    /** Call i is due at its slot of the window (spread evenly; zero: as fast as possible), sent by the next free client. */
    private static Phase run(int n, int clients, Duration window, Call call) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicLong lastAck = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        long slot = n == 0 ? 0 : window.toNanos() / n;
        for (int k = 0; k < clients; k++) {
            Thread client = new Thread(() -> {
                try {
                    int i;
                    while ((i = next.getAndIncrement()) < n) {
                        long due = start + i * slot;
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                        long sent = System.nanoTime();
                        try {
                            call.call(i);
                            long acked = System.nanoTime();
                            samples.add(new long[] {acked - sent, acked - due, i});
                            lastAck.accumulateAndGet(acked, Math::max);
                        } catch (Exception e) {
                            errors.add(String.valueOf(e.getMessage()));
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "client-" + k);
            client.setDaemon(true);
            client.start();
        }
        done.await();
        long wall = System.nanoTime() - start;
        if (!errors.isEmpty()) {
            System.out.println("  " + errors.size() + " errors, the first: " + errors.peek());
        }
        return new Phase(samples.stream().mapToLong(s -> s[0]).toArray(), samples.stream().mapToLong(s -> s[1]).toArray(),
                samples.stream().mapToInt(s -> (int) s[2]).toArray(), lastAck.get(), wall, List.copyOf(errors));
    }

    /**
     * One tablet's live stream, read by the client's own executor (no thread per stream): the times (nanoTime) the
     * first state, the open vote and the closed result arrived, and the result's figure it showed.
     */
    private static final class Stream implements Flow.Subscriber<String> {
        volatile long first;
        volatile long open;
        volatile long closed;
        volatile long closedAgree = -1;
        final AtomicLong maxCast = new AtomicLong();
        final AtomicLong lastTally = new AtomicLong();
        private volatile Flow.Subscription subscription;
        /** Called once, when the first state arrived or the stream failed (to let the next one open). */
        volatile Runnable onFirst = () -> { };
        private final java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();

        CompletableFuture<HttpResponse<Void>> open(HttpClient http, String url, String token) {
            return http.sendAsync(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                            .header("Accept", "text/event-stream").GET().build(),
                    HttpResponse.BodyHandlers.fromLineSubscriber(this))
                    .whenComplete((r, e) -> {
                        release();
                        if (e == null && r.statusCode() != 200) {
                            System.out.println("  stream refused: HTTP " + r.statusCode());
                        }
                    });
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (!line.startsWith("data:")) {
                return;
            }
            long now = System.nanoTime();
            if (first == 0) {
                first = now;
                release();
            }
            int vote = line.indexOf("\"vote\":");
            if (vote < 0) {
                return;
            }
            String section = line.substring(vote);
            if (open == 0 && section.contains("\"open\":{")) {
                open = now;
            }
            Matcher cast = CAST.matcher(section);
            if (section.contains("\"open\":{") && cast.find()) {
                long c = Long.parseLong(cast.group(1));
                if (c > maxCast.get()) {
                    maxCast.set(c);
                    lastTally.set(now);
                }
            }
            Matcher closedCount = CLOSED_COUNT.matcher(section);
            if (closed == 0 && closedCount.find() && Long.parseLong(closedCount.group(1)) > 0) {
                closed = now;
                Matcher agree = AGREE.matcher(section.substring(Math.max(0, section.indexOf("\"last\":"))));
                closedAgree = agree.find() ? Long.parseLong(agree.group(1)) : -1;
            }
        }

        @Override
        public void onError(Throwable t) {
            // the stream was cancelled at the end, or the server went away
            release();
        }

        @Override
        public void onComplete() {
        }

        private void release() {
            if (released.compareAndSet(false, true)) {
                onFirst.run();
            }
        }

        void cancel() {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
        }
    }

    private interface Check {
        boolean ok(Stream s);
    }

    private static boolean awaitAll(List<Stream> streams, Check check, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (streams.stream().allMatch(check::ok)) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** Polls the server's MicroProfile Metrics for the used heap: the latest value and the highest seen. */
    private static final class HeapWatch {
        private final HttpClient http;
        private final String base;
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong last = new AtomicLong();
        private volatile boolean running = true;
        private Thread thread;

        HeapWatch(HttpClient http, String base) {
            this.http = http;
            this.base = base;
        }

        void start() {
            thread = new Thread(() -> {
                while (running) {
                    try {
                        String body = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics"))
                                .header("Accept", "text/plain").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
                        Matcher m = USED_HEAP.matcher(body);
                        if (m.find()) {
                            long v = (long) Double.parseDouble(m.group(1));
                            last.set(v);
                            peak.accumulateAndGet(v, Math::max);
                        }
                        Thread.sleep(250);
                    } catch (java.io.IOException e) {
                        // a sample lost; the next one follows
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            thread.setDaemon(true);
            thread.start();
        }

        long now() throws InterruptedException {
            Thread.sleep(600);
            return last.get();
        }

        long peak() {
            return peak.get();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join(2_000);
        }
    }

    private static void row(StringBuilder r, String name, Phase x) {
        row(r, name, x.latencies(), x);
    }

    private static void row(StringBuilder r, String name, long[] latencies, Phase x) {
        r.append(String.format(Locale.ROOT, "%-40s %7d %8.1f %8.1f %8.1f %8.1f %9.0f %7d%n", name, latencies.length,
                CheckInBench.pct(latencies, 50), CheckInBench.pct(latencies, 95), CheckInBench.pct(latencies, 99),
                CheckInBench.pct(latencies, 100), latencies.length / (x.wallNanos() / 1e9), x.errors().size()));
    }
}
