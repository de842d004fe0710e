package vn.dangbo.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/** The printed result: the headline table, the targets, then the figures per kind of search and per caller. */
final class Report {

    private final int clients;
    private final int warmup;
    private final int warmupSeconds;
    private final int requests;
    private final int seconds;
    private final WardSample ward;
    private final String machine;
    private final String loadBefore;
    private final String sqlOrigin;

    Report(int clients, int warmup, int warmupSeconds, int requests, int seconds, WardSample ward, String machine,
           String loadBefore, String sqlOrigin) {
        this.sqlOrigin = sqlOrigin;
        this.clients = clients;
        this.warmup = warmup;
        this.warmupSeconds = warmupSeconds;
        this.requests = requests;
        this.seconds = seconds;
        this.ward = ward;
        this.machine = machine;
        this.loadBefore = loadBefore;
    }

    String render(LoadRunner.Phase api, LoadRunner.Phase jdbc, LoadRunner.Phase apiSolo, LoadRunner.Phase solo,
                  List<LoadRunner.Phase> floor) {
        StringBuilder out = new StringBuilder();
        List<Workload.Query> queries = api.queries().size() >= jdbc.queries().size() ? api.queries() : jdbc.queries();
        long officers = api.queries().stream().filter(q -> q.caller().officer()).count();
        long secretaries = api.queries().stream().filter(q -> !q.caller().officer())
                .map(q -> q.caller().username()).distinct().count();
        line(out, "Member search benchmark, %s", LocalDate.now());
        line(out, "Machine: %s", machine);
        line(out, "CPUs in the 2 s before the start: %s (other work on the machine would skew the figures)",
                loadBefore);
        line(out, "Data: %,d members in %d cells (%d sub-committees); callers: an officer (whole ward, %.0f%% of"
                        + " searches) and %d cell secretaries (own cell)", ward.memberCount(), ward.cells.size(),
                ward.subCommittees.size(), 100.0 * officers / Math.max(1, api.queries().size()), secretaries);
        line(out, "Load: %d concurrent clients per side, each sending its next search when answered; warm-up %,d"
                + " searches or %d s per side; measured: the API for up to %,d searches or %d s, then JDBC for the"
                + " same searches; page size %d", clients, warmup, warmupSeconds, requests, seconds,
                Workload.PAGE_SIZE);
        line(out, "Mix: %s", mix(queries));
        line(out, "JDBC side: the statements of MemberSearchSql from %s", sqlOrigin);
        line(out, "");

        LoadRunner.Stats a = api.stats();
        LoadRunner.Stats j = jdbc.stats();
        line(out, "%-26s %9s %7s %9s %9s %9s %9s %9s", "", "searches", "errors", "req/s", "median", "p95", "p99",
                "max");
        row(out, "API  (HTTP+JWT+EJB+JPA)", api, a);
        row(out, "JDBC (same SQL, direct)", jdbc, j);
        line(out, "%-26s %9s %7s %9s %9s %9s %9s %9s   (ms; ratios API / JDBC)", "API / JDBC", "", "",
                ratio(api.throughput(), jdbc.throughput()), ratio(a.median(), j.median()), ratio(a.p95(), j.p95()),
                ratio(a.p99(), j.p99()), ratio(a.max(), j.max()));
        LoadRunner.Stats a1 = apiSolo.stats();
        LoadRunner.Stats j1 = solo.stats();
        line(out, "One client at a time (no queueing); the GET rows are the fixed cost of any API request (HTTP; + token;"
                + " + the caller's positions):");
        row(out, "API, one client", apiSolo, a1);
        row(out, "JDBC, one client", solo, j1);
        for (LoadRunner.Phase f : floor) {
            row(out, f.name(), f, f.stats());
        }
        line(out, "");
        double p95Ratio = a.p95() / j.p95();
        line(out, "Targets:");
        line(out, "  API p95 < %.0f ms            %8.1f ms  %s", MemberSearchBench.TARGET_P95_MS, a.p95(),
                a.p95() < MemberSearchBench.TARGET_P95_MS ? "PASS" : "MISS");
        line(out, "  API p95 / JDBC p95 < %.0f     %8.2f     %s", MemberSearchBench.TARGET_RATIO, p95Ratio,
                p95Ratio < MemberSearchBench.TARGET_RATIO ? "PASS" : "MISS");
        line(out, "  (for information: median ratio %.2f; JDBC answers %.2f times as many searches per second)",
                a.median() / j.median(), jdbc.throughput() / api.throughput());
        int floorErrors = floor.stream().mapToInt(LoadRunner.Phase::errors).sum();
        if (api.errors() + jdbc.errors() + apiSolo.errors() + solo.errors() + floorErrors == 0) {
            line(out, "Errors: none (every API answer was HTTP 200 with a total)");
        } else {
            line(out, "FAILURE: %,d API errors, %,d JDBC errors (one client: %,d API, %,d JDBC, %,d floor);"
                    + " first ones:", api.errors(), jdbc.errors(), apiSolo.errors(), solo.errors(), floorErrors);
            List<LoadRunner.Phase> all = new ArrayList<>(List.of(api, jdbc, apiSolo, solo));
            all.addAll(floor);
            for (LoadRunner.Phase phase : all) {
                for (String s : phase.errorSamples()) {
                    line(out, "  %s: %s", phase.name(), s);
                }
            }
        }
        out.append(consistency(api, jdbc)).append('\n');
        line(out, "");

        line(out, "%-30s %6s %8s %8s %8s %8s %6s | %8s %8s %8s %9s", "By kind of search (ms)", "share",
                "API med", "API p95", "JDBC med", "JDBC p95", "ratio", "1c API", "1c JDBC", "1c JDBC", "avg found");
        line(out, "%-30s %6s %8s %8s %8s %8s %6s | %8s %8s %8s %9s", "", "", "", "", "", "", "p95", "median",
                "median", "p95", "");
        for (String kind : new TreeSet<>(queries.stream().map(Workload.Query::kind).toList())) {
            breakdown(out, kind, api, jdbc, apiSolo, solo, q -> q.kind().equals(kind));
        }
        line(out, "%-30s", "By caller");
        breakdown(out, "officer (whole ward)", api, jdbc, apiSolo, solo, q -> q.caller().officer());
        breakdown(out, "secretary (own cell)", api, jdbc, apiSolo, solo, q -> !q.caller().officer());
        line(out, "\"1c\": one client (the first %,d searches of the list through the API, the first %,d over JDBC),"
                + " no queueing:", apiSolo.executed(), solo.executed());
        line(out, "      what a search costs by itself; \"1c JDBC\" is the SQL alone.");
        line(out, "\"avg found\": the mean number of matching members (the COUNT). ◀: API p95 of %.0f ms or more.",
                MemberSearchBench.TARGET_P95_MS);
        return out.toString();
    }

    private void breakdown(StringBuilder out, String label, LoadRunner.Phase api, LoadRunner.Phase jdbc,
                           LoadRunner.Phase apiSolo, LoadRunner.Phase solo, Predicate<Workload.Query> which) {
        IntPredicate inApi = i -> which.test(api.queries().get(i));
        IntPredicate inJdbc = i -> which.test(jdbc.queries().get(i));
        LoadRunner.Stats a = api.stats(inApi);
        LoadRunner.Stats j = jdbc.stats(inJdbc);
        LoadRunner.Stats alone = solo.stats(i -> which.test(solo.queries().get(i)));
        LoadRunner.Stats apiAlone = apiSolo.stats(i -> which.test(apiSolo.queries().get(i)));
        int apiRun = api.stats().count();
        long found = 0;
        int counted = 0;
        for (int i = 0; i < jdbc.totals().length; i++) {
            if (jdbc.totals()[i] >= 0 && inJdbc.test(i)) {
                found += jdbc.totals()[i];
                counted++;
            }
        }
        line(out, "%-30s %5.1f%% %8s %8s %8s %8s %6s | %8s %8s %8s %9s%s", label,
                100.0 * a.count() / Math.max(1, apiRun), ms(a.median()), ms(a.p95()), ms(j.median()), ms(j.p95()),
                ratio(a.p95(), j.p95()), ms(apiAlone.median()), ms(alone.median()), ms(alone.p95()),
                counted == 0 ? "-" : String.format(Locale.ROOT, "%,d", Math.round((double) found / counted)),
                a.p95() >= MemberSearchBench.TARGET_P95_MS ? "  ◀" : "");
    }

    /** Whether the API's totals equal the JDBC counts for the searches both sides ran. */
    private static String consistency(LoadRunner.Phase api, LoadRunner.Phase jdbc) {
        int both = 0;
        int differ = 0;
        List<String> samples = new ArrayList<>();
        for (int i = 0; i < Math.min(api.totals().length, jdbc.totals().length); i++) {
            long x = api.totals()[i];
            long y = jdbc.totals()[i];
            if (x >= 0 && y >= 0) {
                both++;
                if (x != y) {
                    differ++;
                    if (samples.size() < 3) {
                        samples.add(api.queries().get(i).path() + " (" + api.queries().get(i).caller().username()
                                + "): API " + x + ", JDBC " + y);
                    }
                }
            }
        }
        if (differ == 0) {
            return String.format(Locale.ROOT, "Results: the API's totals equal the JDBC counts for all %,d searches"
                    + " run on both sides", both);
        }
        return String.format(Locale.ROOT, "FAILURE: the API's total differs from the JDBC count for %,d of %,d"
                + " searches, e.g. %s", differ, both, String.join("; ", samples));
    }

    private static String mix(List<Workload.Query> queries) {
        StringBuilder b = new StringBuilder();
        for (String category : new TreeSet<>(queries.stream().map(Workload.Query::category).toList())) {
            long n = queries.stream().filter(q -> q.category().equals(category)).count();
            if (!b.isEmpty()) {
                b.append(", ");
            }
            b.append(String.format(Locale.ROOT, "%s %.0f%%", category, 100.0 * n / queries.size()));
        }
        return b.toString();
    }

    private static void row(StringBuilder out, String label, LoadRunner.Phase phase, LoadRunner.Stats s) {
        line(out, "%-26s %,9d %,7d %9.1f %9s %9s %9s %9s", label, phase.executed(), phase.errors(),
                phase.throughput(), ms(s.median()), ms(s.p95()), ms(s.p99()), ms(s.max()));
    }

    private static String ms(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? "-" : String.format(Locale.ROOT, "%.2f", a / b);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    /** The first group of a pattern in a server's answer; an unexpected answer stops the benchmark. */
    static String match(java.util.regex.Pattern p, String body) {
        java.util.regex.Matcher m = p.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("unexpected answer: " + body);
        }
        return m.group(1);
    }
}
