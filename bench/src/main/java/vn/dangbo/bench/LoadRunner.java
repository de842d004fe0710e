package vn.dangbo.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

/**
 * Runs a list of searches from a number of client threads, each taking the next search as soon as its
 * previous one is answered (closed loop), until the list is done or the time is up. Every latency is
 * kept; nothing is averaged away.
 */
final class LoadRunner {

    /** Runs search {@code q} on client {@code client}; returns the number of members found. */
    interface Call {
        long run(int client, Workload.Query q) throws Exception;
    }

    /**
     * What a run measured. Index i of the arrays is search i of the list; {@code nanos[i] < 0} when it
     * did not run (time was up), {@code failed[i]} when it ran and failed.
     */
    record Phase(String name, List<Workload.Query> queries, long[] nanos, long[] totals, boolean[] failed,
                 long wallNanos, int errors, List<String> errorSamples) {

        int executed() {
            int n = 0;
            for (long t : nanos) {
                if (t >= 0) {
                    n++;
                }
            }
            return n;
        }

        double throughput() {
            return (executed() - errors) / (wallNanos / 1e9);
        }

        /** Latency statistics of the successful searches matching {@code which}. */
        Stats stats(IntPredicate which) {
            long[] picked = new long[nanos.length];
            int n = 0;
            for (int i = 0; i < nanos.length; i++) {
                if (nanos[i] >= 0 && !failed[i] && which.test(i)) {
                    picked[n++] = nanos[i];
                }
            }
            return Stats.of(Arrays.copyOf(picked, n));
        }

        Stats stats() {
            return stats(i -> true);
        }
    }

    /** Latency figures in milliseconds (nearest-rank percentiles). */
    record Stats(int count, double median, double p95, double p99, double max) {

        static Stats of(long[] nanos) {
            Arrays.sort(nanos);
            if (nanos.length == 0) {
                return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            return new Stats(nanos.length, rank(nanos, 0.50), rank(nanos, 0.95), rank(nanos, 0.99),
                    nanos[nanos.length - 1] / 1e6);
        }

        private static double rank(long[] sorted, double p) {
            int index = (int) Math.ceil(p * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }
    }

    private LoadRunner() {
    }

    static Phase run(String name, List<Workload.Query> queries, int clients, int maxRequests, Duration limit,
                     boolean progress, Call call) throws InterruptedException {
        int size = Math.min(maxRequests, queries.size());
        long[] nanos = new long[size];
        long[] totals = new long[size];
        boolean[] failed = new boolean[size];
        Arrays.fill(nanos, -1);
        Arrays.fill(totals, -1);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<String> samples = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(clients);
        long[] window = new long[2]; // start, deadline (written before the latch opens)
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    while (System.nanoTime() < window[1]) {
                        int i = next.getAndIncrement();
                        if (i >= size) {
                            break;
                        }
                        Workload.Query q = queries.get(i);
                        long t0 = System.nanoTime();
                        try {
                            totals[i] = call.run(client, q);
                        } catch (Exception e) {
                            failed[i] = true;
                            errors.incrementAndGet();
                            if (samples.size() < 5) {
                                samples.add(q.kind() + " " + q.path() + " (" + q.caller().username() + "): " + e);
                            }
                        }
                        nanos[i] = System.nanoTime() - t0;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, name + "-client-" + c);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        window[0] = System.nanoTime();
        window[1] = window[0] + limit.toNanos();
        start.countDown();
        while (!done.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
            if (progress) {
                System.out.printf("    %s: %,d searches after %.0f s%n", name, Math.min(next.get(), size),
                        (System.nanoTime() - window[0]) / 1e9);
            }
        }
        long wall = System.nanoTime() - window[0];
        for (Thread t : threads) {
            t.join();
        }
        return new Phase(name, queries.subList(0, size), nanos, totals, failed, wall, errors.get(), List.copyOf(samples));
    }
}
