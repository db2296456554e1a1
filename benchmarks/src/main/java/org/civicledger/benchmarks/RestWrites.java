package org.civicledger.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Writes of one kind through a gateway's REST API: {@code POST <api><path>} with one caller's token, write n's
 * body made by a function, each load thread on its own kept-alive connection ({@link ThreadConnections}). The sink
 * that {@link AwardLoad}'s closed loop drives for redemptions and credit checks, and the way set-up writes go out
 * ({@link #each}). A 2xx is committed, counted by its status (201 a new write; 200 a replay of an id, or a credit
 * check); anything else is a failure counted by its {@link Failure#label} and never resent. Thread-safe.
 */
final class RestWrites implements AwardLoad.AwardSink, AutoCloseable {
    private final ThreadConnections connections;
    private final String path;
    private final String token;
    private final LongFunction<String> body;
    private final LabelCounts committed = new LabelCounts();
    private final LabelCounts failed = new LabelCounts();

    /**
     * @param api the gateway's API base URL, {@code <gateway>/api/v1}
     * @param path under {@code api}, e.g. {@code /redemptions}
     * @param body write n's request body
     * @param timeoutMillis for connecting and for each reply (0: none)
     */
    RestWrites(String api, String path, String token, LongFunction<String> body, int timeoutMillis) {
        URI base = URI.create(api);
        this.connections = new ThreadConnections(base, timeoutMillis);
        this.path = base.getPath() + path;
        this.token = token;
        this.body = body;
    }

    /** Sends write {@code n}; null when it was committed, else its failure's label. */
    @Override
    public String award(long n) {
        try {
            KeepAliveClient.Reply r = connections.post(path, token, body.apply(n));
            if (r.status() / 100 == 2) {
                committed.add(Integer.toString(r.status()));
                return null;
            }
            return fail(Failure.label(r.status(), r.body()));
        } catch (IOException e) {
            return fail(Failure.label(e));
        }
    }

    /** Sends writes 0 to {@code count - 1}, each once, on {@code threads} threads; returns when all are answered. */
    void each(long count, int threads) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < Math.min(threads, Math.max(1, count)); t++) {
            workers.add(new Thread(() -> {
                for (long n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
                    award(n);
                }
            }, "write-" + t));
        }
        workers.forEach(Thread::start);
        for (Thread worker : workers) {
            worker.join();
        }
    }

    /** Committed writes by HTTP status ({@code "201"}, {@code "200"}). */
    Map<String, Long> committed() {
        return committed.snapshot();
    }

    /** Failed writes by label ({@code 422 INSUFFICIENT_POINTS}, {@code 429 CONTENDED}, {@code TIMEOUT}...). */
    Map<String, Long> failed() {
        return failed.snapshot();
    }

    private String fail(String label) {
        failed.add(label);
        return label;
    }

    @Override
    public void close() throws IOException {
        connections.close();
    }
}
