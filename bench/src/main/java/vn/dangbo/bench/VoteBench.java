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
 * allow changes: each must be refused and change nothing); the presidium closes the vote. The votes start when every
 * tablet shows the vote open (a delegate cannot vote on a question they have not seen). A second, changeable vote
 * spread over a longer window shows the latency when the server is not saturated.
 * <p>
 * Targets: no vote lost or counted twice (the rows in the database, the frozen result and the streams' figure all
 * equal the accepted votes), p99 of a vote under 250 ms, the closed result on every stream within 1 s of the close
 * being acknowledged. It reports the server's heap (sampled from /metrics) and resident memory with the streams open.
 *
 * <pre>
 * options: --delegates N (5000)  --seconds N  the voting window (2)  --clients N  tablets sending at once (200)
 *          --sustained N  a second, changeable vote spread over N seconds, for the latency below saturation (40; 0: none)
 *          --fresh  regenerate the bench ward      --root DIR  the repository root (.)
 * </pre>
 */
public final class VoteBench {

    static final double TARGET_P99_MS = 250;
    static final double TARGET_RESULT_MS = 1000;
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern CLOSED_COUNT = Pattern.compile("\"closedCount\":(\\d+)");
    private static final Pattern AGREE = Pattern.compile("\"agree\":(\\d+)");
    private static final Pattern DISAGREE = Pattern.compile("\"disagree\":(\\d+)");
    private static final Pattern ABSTAIN = Pattern.compile("\"abstain\":(\\d+)");
    private static final Pattern CAST = Pattern.compile("\"cast\":(\\d+)");

    private record Options(int delegates, int seconds, int clients, int sustained, boolean fresh, Path root) {
        static Options parse(String[] args) {
            BenchArgs a = BenchArgs.parse(args, Set.of("delegates", "seconds", "clients", "sustained"));
            return new Options(a.integer("delegates", 5000), a.integer("seconds", 2), a.integer("clients", 200),
                    a.integer("sustained", 40), a.fresh(), a.root());
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
        List<Long> members = db.fullMembers(o.delegates());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).build();
        Api officer = new Api(http, payara.baseUrl(), jwt.token("canbo.tochuc", List.of("officer", "member"), 3L, 7200));
        HeapWatch heap = new HeapWatch(http, payara.baseUrl());
        heap.start();

        System.out.println("▶ A congress of " + members.size() + " official delegates, a session open for check-in (API)");
        long t = System.nanoTime();
        String congress = Report.match(ID, officer.send("POST", "/api/congresses", "{\"name\":\"Bench: Đại hội biểu quyết "
                + Instant.now() + "\",\"level\":\"CITY\",\"term\":\"2025-2030\",\"startsOn\":\"" + LocalDate.now()
                + "\",\"endsOn\":\"" + LocalDate.now().plusDays(2) + "\",\"venue\":\"Trung tâm Hội nghị thành phố\"}"));
        String base = "/api/congresses/" + congress;
        for (int from = 0; from < members.size(); from += 1000) {
            officer.send("POST", base + "/delegates", "{\"memberIds\":" + members.subList(from,
                    Math.min(members.size(), from + 1000)) + ",\"kind\":\"OFFICIAL\",\"basis\":\"ELECTED\"}");
        }
        String session = Report.match(ID, officer.send("POST", base + "/sessions", "{\"name\":\"Phiên chính thức\","
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

        Round burst = round(1, "within " + o.seconds() + " s", o.seconds(), o.clients(), false, base, payara.pid(), db, officer,
                tablets, streams, console);
        Round sustained = o.sustained() <= 0 ? null : round(2, "over " + o.sustained() + " s (changeable)",
                o.sustained(), o.clients(), true, base, payara.pid(), db, officer, tablets, streams, console);
        heap.stop();
        long rssEnd = rss(payara.pid());

        StringBuilder r = new StringBuilder();
        r.append(String.format(Locale.ROOT, "%nOpen-vote benchmark — %d official delegates present, each holding the live "
                + "stream; vote by PUT /votes/{v}/mine%n%n", tablets.size()));
        r.append(String.format(Locale.ROOT, "%-44s %7s %8s %8s %8s %8s %9s %7s%n", "phase", "calls", "p50 ms", "p95 ms",
                "p99 ms", "max ms", "calls/s", "errors"));
        row(r, "self check-in (setup, 32 clients)", checkIns);
        for (Round x : sustained == null ? List.of(burst) : List.of(burst, sustained)) {
            row(r, "vote " + x.number() + ": votes " + x.label(), x.casts());
            row(r, "vote " + x.number() + ": the same, from their due time", x.casts().fromDue(), x.casts());
            if (x.replays() != null) {
                row(r, "vote " + x.number() + ": second attempts (refused, 409)", x.replays());
            }
        }
        for (Round x : sustained == null ? List.of(burst) : List.of(burst, sustained)) {
            r.append(String.format(Locale.ROOT, "%nVote %d (%s, %d clients)%n", x.number(), x.label(), o.clients()));
            r.append(String.format(Locale.ROOT, "  shown open on %d of %d streams within p50 %.0f ms, p99 %.0f ms, max %.0f ms"
                            + " of the opening (acknowledged in %.0f ms); the votes started then%n", x.openLag().length,
                    streams.size(), CheckInBench.pct(x.openLag(), 50), CheckInBench.pct(x.openLag(), 99),
                    CheckInBench.pct(x.openLag(), 100), x.openMs()));
            r.append(String.format(Locale.ROOT, "  the last vote was answered %.2f s after the votes started (%.0f votes/s)%n",
                    x.castSeconds(), x.casts().okCount() / x.castSeconds()));
            r.append(String.format(Locale.ROOT, "  counted once: %d accepted, %d rows; by choice (agree, disagree, abstain) sent %s,"
                            + " in the database %s, frozen result %s%s; streams showing another figure: %d → %s%n",
                    x.casts().okCount(), x.rows(), Arrays.toString(x.sent()), Arrays.toString(x.stored()),
                    Arrays.toString(x.frozen()), x.replays() == null ? "" : "; " + x.replays().okCount() + " of "
                            + x.replayCount() + " second attempts refused", x.streamsWrong(), x.exact() ? "MET" : "NOT MET"));
            double p99 = CheckInBench.pct(x.casts().latencies(), 99);
            r.append(String.format(Locale.ROOT, "  p99 of a vote %.1f ms (from its due time %.1f ms); target under %.0f ms → %s%n",
                    p99, CheckInBench.pct(x.casts().fromDue(), 99), TARGET_P99_MS, p99 < TARGET_P99_MS ? "MET" : "NOT MET"));
            r.append(String.format(Locale.ROOT, "  all cast within the %d s window → %s%n", x.seconds(),
                    x.castSeconds() <= x.seconds() + 0.25 ? "MET" : "NOT MET"));
            r.append(String.format(Locale.ROOT, "  CPU while voting (2 cores, %.0f%% busy): server %.1f ms a vote, this benchmark's "
                            + "clients %.1f ms, the database and the rest %.1f ms%n", x.cpu().busyPercent(),
                    x.cpu().serverMs() / x.casts().okCount(), x.cpu().clientMs() / x.casts().okCount(),
                    x.cpu().restMs() / x.casts().okCount()));
            double lagMax = CheckInBench.pct(x.resultLag(), 100);
            r.append(String.format(Locale.ROOT, "  closed result on %d of %d streams: p50 %.0f ms, p99 %.0f ms, max %.0f ms after "
                            + "the close was acknowledged (in %.0f ms); target within 1 s → %s%n", x.resultLag().length,
                    streams.size(), CheckInBench.pct(x.resultLag(), 50), CheckInBench.pct(x.resultLag(), 99), lagMax,
                    x.closeMs(), x.resultLag().length == streams.size() && lagMax < TARGET_RESULT_MS ? "MET" : "NOT MET"));
            r.append(String.format(Locale.ROOT, "  presidium console: live tally at %d votes before the close, %.0f ms after the "
                    + "last vote was answered%n", x.consoleCast(), x.consoleLagMs()));
        }
        r.append(String.format(Locale.ROOT, "%nStreams: %d of %d connected (%s)%n", connected, streams.size(),
                allFirst ? "all" : "NOT all"));
        r.append(String.format(Locale.ROOT, "Server memory (Payara Micro, -Xmx1g): heap used %s before the streams, %s with "
                        + "%d streams open, peak %s during the run; resident %s before the streams, %s with them, %s at "
                        + "the end%n", mb(heapBefore), mb(heapStreams), connected, mb(heap.peak()), mb(rssBefore),
                mb(rssStreams), mb(rssEnd)));
        System.out.print(r);
        Path file = target.resolve("votes-report.txt");
        Files.writeString(file, r, StandardCharsets.UTF_8);
        System.out.println("(also in " + file + ")");
        console.cancel();
        streams.forEach(Stream::cancel);
        boolean errors = !checkIns.errors().isEmpty() || !burst.casts().errors().isEmpty()
                || (sustained != null && !sustained.casts().errors().isEmpty());
        return errors ? 2 : 0;
    }

    private record Round(int number, String label, int seconds, Cpu cpu, Phase casts, Phase replays, int replayCount, long[] openLag,
                         double openMs, double castSeconds, long rows, long[] sent, long[] stored, long[] frozen,
                         long streamsWrong, boolean exact, long[] resultLag, double closeMs, long consoleCast,
                         double consoleLagMs) {
    }

    /**
     * One vote: opened by the presidium; once every tablet shows it (or after 5 s), each delegate votes at their slot
     * of the window; on a vote that allows no change, 200 delegates try again; then it is closed and every stream must
     * show the result. Checked against the database and the frozen result.
     */
    private static Round round(int number, String label, int seconds, int clients, boolean changeable, String base,
                               long payaraPid, BenchDatabase db, Api officer, List<Api> tablets, List<Stream> streams, Stream console)
            throws Exception {
        System.out.println("▶ Vote " + number + ": the presidium opens it; " + tablets.size() + " delegates vote " + label
                + " from " + clients + " clients");
        String vote = Report.match(ID, officer.send("POST", base + "/votes", "{\"title\":\"Biểu quyết số " + number
                + ": thông qua Nghị quyết Đại hội\",\"subject\":\"RESOLUTION\",\"rule\":\"MAJORITY\",\"base\":\"PRESENT\","
                + "\"changeable\":" + changeable + "}"));
        long voteId = Long.parseLong(vote);
        long openSent = System.nanoTime();
        officer.send("POST", base + "/votes/" + vote + "/opening", "{}");
        long openAcked = System.nanoTime();
        awaitAll(streams, s -> s.openAt.containsKey(voteId), Duration.ofSeconds(5));
        long[] openLag = streams.stream().filter(s -> s.openAt.containsKey(voteId))
                .mapToLong(s -> Math.max(0, s.openAt.get(voteId) - openAcked)).toArray();
        String[] choices = new String[tablets.size()];
        for (int i = 0; i < choices.length; i++) {
            int k = (i + number) % 20;
            choices[i] = k < 13 ? "AGREE" : k < 17 ? "DISAGREE" : "ABSTAIN";
        }
        console.maxCast.set(0);
        console.lastTally.set(0);
        Cpu.Mark before = Cpu.mark(payaraPid);
        long castStart = System.nanoTime();
        Phase casts = run(tablets.size(), clients, Duration.ofSeconds(seconds),
                i -> tablets.get(i).send("PUT", base + "/votes/" + vote + "/mine", "{\"choice\":\"" + choices[i] + "\"}"));
        double castSeconds = (casts.lastAck() - castStart) / 1e9;
        Cpu cpu = Cpu.since(before, payaraPid);
        Phase replays = null;
        int replayCount = Math.min(200, tablets.size());
        if (!changeable) {
            System.out.println("  200 delegates try to vote again (the vote allows no change)");
            replays = run(replayCount, 20, Duration.ZERO, i -> tablets.get(i).sendExpecting(409, "PUT",
                    base + "/votes/" + vote + "/mine", "{\"choice\":\"DISAGREE\"}"));
        }
        Thread.sleep(500);
        long consoleCast = console.maxCast.get();
        double consoleLag = console.lastTally.get() == 0 ? Double.NaN
                : Math.max(0, console.lastTally.get() - casts.lastAck()) / 1e6;

        System.out.println("  the presidium closes it; every stream must show the result");
        long closeSent = System.nanoTime();
        String closed = officer.send("POST", base + "/votes/" + vote + "/closure", "{}");
        long closeAcked = System.nanoTime();
        awaitAll(streams, s -> s.closedAt.containsKey((long) number), Duration.ofSeconds(10));
        long[] resultLag = streams.stream().filter(s -> s.closedAt.containsKey((long) number))
                .mapToLong(s -> Math.max(0, s.closedAt.get((long) number)[0] - closeAcked)).toArray();
        long[] sent = {expected(choices, casts, "AGREE"), expected(choices, casts, "DISAGREE"),
            expected(choices, casts, "ABSTAIN")};
        long streamsWrong = streams.stream().filter(s -> s.closedAt.containsKey((long) number)
                && s.closedAt.get((long) number)[1] != sent[0]).count();
        long rows = db.count("SELECT COUNT(*) FROM congress_vote_cast WHERE vote_id = " + vote);
        long[] stored = {
            db.count("SELECT COUNT(*) FROM congress_vote_cast WHERE vote_id = " + vote + " AND choice = 'AGREE'"),
            db.count("SELECT COUNT(*) FROM congress_vote_cast WHERE vote_id = " + vote + " AND choice = 'DISAGREE'"),
            db.count("SELECT COUNT(*) FROM congress_vote_cast WHERE vote_id = " + vote + " AND choice = 'ABSTAIN'")};
        long[] frozen = {num(AGREE, closed), num(DISAGREE, closed), num(ABSTAIN, closed)};
        boolean exact = rows == casts.okCount() && Arrays.equals(stored, sent) && Arrays.equals(frozen, sent)
                && (replays == null || replays.okCount() == replayCount) && streamsWrong == 0;
        return new Round(number, label, seconds, cpu, casts, replays, replayCount, openLag, (openAcked - openSent) / 1e6, castSeconds,
                rows, sent, stored, frozen, streamsWrong, exact, resultLag, (closeAcked - closeSent) / 1e6, consoleCast,
                consoleLag);
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
        /** vote id → when it was first shown open. */
        final java.util.Map<Long, Long> openAt = new java.util.concurrent.ConcurrentHashMap<>();
        /** closedCount → {when it was first shown, the latest result's "agree"}. */
        final java.util.Map<Long, long[]> closedAt = new java.util.concurrent.ConcurrentHashMap<>();
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
            int open = section.indexOf("\"open\":{");
            if (open >= 0) {
                // The hall's view of an open vote has no nested object before its id (no tally).
                Matcher id = ID.matcher(section);
                if (id.find(open)) {
                    openAt.putIfAbsent(Long.parseLong(id.group(1)), now);
                }
                Matcher cast = CAST.matcher(section);
                if (cast.find(open)) {
                    long c = Long.parseLong(cast.group(1));
                    if (c > maxCast.get()) {
                        maxCast.set(c);
                        lastTally.set(now);
                    }
                }
            }
            Matcher closedCount = CLOSED_COUNT.matcher(section);
            if (closedCount.find()) {
                long k = Long.parseLong(closedCount.group(1));
                if (k > 0 && !closedAt.containsKey(k)) {
                    Matcher agree = AGREE.matcher(section);
                    int last = section.indexOf("\"last\":");
                    closedAt.put(k, new long[] {now, last >= 0 && agree.find(last) ? Long.parseLong(agree.group(1)) : -1});
                }
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


    /** CPU used during a phase (ms): by the server, by this process, and by everything else (the database). */
    private record Cpu(double serverMs, double clientMs, double restMs, double busyPercent) {
        record Mark(long server, long client, long busy, long total) {
        }

        static Mark mark(long serverPid) {
            long[] machine = machine();
            return new Mark(ticks(serverPid), ticks(ProcessHandle.current().pid()), machine[0], machine[1]);
        }

        static Cpu since(Mark m, long serverPid) {
            Mark now = mark(serverPid);
            double tick = 10; // ms: USER_HZ is 100 on Linux
            double server = (now.server() - m.server()) * tick;
            double client = (now.client() - m.client()) * tick;
            double busy = (now.busy() - m.busy()) * tick;
            double total = Math.max(1, now.total() - m.total()) * tick;
            return new Cpu(server, client, Math.max(0, busy - server - client), 100.0 * busy / total);
        }

        /** utime + stime of a process, in clock ticks. */
        private static long ticks(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(f[11]) + Long.parseLong(f[12]);
            } catch (Exception e) {
                return 0;
            }
        }

        /** {busy, total} clock ticks of the whole machine, from the first line of /proc/stat. */
        private static long[] machine() {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
                long total = 0;
                for (int i = 1; i < f.length; i++) {
                    total += Long.parseLong(f[i]);
                }
                return new long[] {total - idle, total};
            } catch (Exception e) {
                return new long[] {0, 1};
            }
        }
    }

    private static void row(StringBuilder r, String name, Phase x) {
        row(r, name, x.latencies(), x);
    }

    private static void row(StringBuilder r, String name, long[] latencies, Phase x) {
        r.append(String.format(Locale.ROOT, "%-44s %7d %8.1f %8.1f %8.1f %8.1f %9.0f %7d%n", name, latencies.length,
                CheckInBench.pct(latencies, 50), CheckInBench.pct(latencies, 95), CheckInBench.pct(latencies, 99),
                CheckInBench.pct(latencies, 100), latencies.length / (x.wallNanos() / 1e9), x.errors().size()));
    }
}
