package vn.dangbo.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Polls the server's MicroProfile Metrics for the used heap: the latest value, the highest seen, how many samples. */
final class HeapWatch {

    private static final Pattern USED_HEAP = Pattern.compile("(?m)^(?:base_)?memory_usedHeap_bytes\\S*\\s+([0-9.E+]+)");

    private final HttpClient http;
    private final String base;
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong last = new AtomicLong();
    private final AtomicLong samples = new AtomicLong();
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
                        samples.incrementAndGet();
                    }
                    Thread.sleep(200);
                } catch (IOException e) {
                    // a sample lost; the next one follows
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** The used heap a moment from now (after the next samples). */
    long now() throws InterruptedException {
        Thread.sleep(600);
        return last.get();
    }

    long peak() {
        return peak.get();
    }

    long samples() {
        return samples.get();
    }

    void stop() throws InterruptedException {
        running = false;
        thread.join(2_000);
    }
}
