package org.civicledger.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;
import org.civicledger.gateway.ledger.LedgerRefusal;

/**
 * Awards submitted to the community's ledger (in-process, or through the gateway's HTTP API): each
 * has a unique contribution id, and consecutive awards go to consecutive residents, so that no two
 * in flight touch the same resident (no MVCC conflicts) and no resident approaches the daily cap.
 * An award counts once it returned: its block is fsynced and applied.
 */
final class AwardLoad {
    /**
     * Submits award number {@code n}; returns null when it committed, else why it was refused. Other writes
     * ({@link RestWrites}: redemptions, credit checks) run through the same loops as sinks too.
     */
    @FunctionalInterface
    interface AwardSink {
        String award(long n);
    }

    private final AwardSink sink;
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private volatile String firstRefusal;

    /** A closed-loop run: committed awards per second and the latency of each submit. */
    record ClosedResult(int threads, double seconds, long committed, double perSecond, Latencies.Summary latency,
                        long refused) {
    }

    /** An open-loop run: offered and achieved rates, latency from each award's scheduled start. */
    record OpenResult(double offeredPerSecond, double seconds, long committed, double perSecond,
                      Latencies.Summary latency, long refused, long maxBacklog) {
    }

    AwardLoad(AwardSink sink) {
        this.sink = sink;
    }

    /** Awards through the embedded ledger of {@code community}, ids {@code <tag>-<n>}. */
    static AwardLoad embedded(DemoCommunity community, String tag) {
        return new AwardLoad(n -> {
            String resident = community.residents.get((int) (n % community.residents.size()));
            try {
                community.submit(community.app, "Points:award", community.awardRequest(tag + "-" + n, resident));
                return null;
            } catch (LedgerRefusal e) {
                return e.code() + ": " + e.getMessage();
            }
        });
    }

    /** {@code threads} clients, each submitting its next award as soon as the previous one committed. */
    ClosedResult closedLoop(int threads, double seconds) throws InterruptedException {
        return closedLoop(threads, new AtomicLong(System.nanoTime() + (long) (seconds * 1e9)));
    }

    /**
     * As {@link #closedLoop(int, double)} until {@code deadline} (a {@link System#nanoTime()}), which another
     * thread may bring forward while the clients run (e.g. {@code Long.MAX_VALUE} until a file appears).
     */
    ClosedResult closedLoop(int threads, AtomicLong deadline) throws InterruptedException {
        long refusedBefore = refused.get();
        AtomicLong committed = new AtomicLong();
        List<Latencies> latencies = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Latencies mine = new Latencies();
            latencies.add(mine);
            workers.add(new Thread(() -> {
                while (System.nanoTime() < deadline.get()) {
                    long began = System.nanoTime();
                    if (awardOne()) {
                        long ended = System.nanoTime();
                        if (ended <= deadline.get()) {
                            mine.add(ended - began);
                            committed.incrementAndGet();
                        }
                    }
                }
            }, "closed-" + t));
        }
        workers.forEach(Thread::start);
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = Math.max(0, deadline.get() - start) / 1e9;
        return new ClosedResult(threads, seconds, committed.get(), seconds > 0 ? committed.get() / seconds : 0,
                Latencies.summarize(latencies), refused.get() - refusedBefore);
    }

    /**
     * Awards arriving at a fixed rate, whatever the ledger's pace: a dispatcher hands each to a
     * pool at its scheduled time; latency runs from that time to the commit, so queueing counts.
     */
    OpenResult openLoop(double perSecond, double seconds, int poolThreads) throws InterruptedException {
        long refusedBefore = refused.get();
        AtomicLong committed = new AtomicLong();
        ThreadLocal<Latencies> mine = new ThreadLocal<>();
        List<Latencies> latencies = new java.util.concurrent.CopyOnWriteArrayList<>();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(poolThreads, poolThreads, 1, TimeUnit.MINUTES,
                new LinkedBlockingQueue<>());
        pool.prestartAllCoreThreads();
        long period = (long) (1e9 / perSecond);
        long start = System.nanoTime() + 10_000_000;
        long count = (long) (seconds * perSecond);
        long maxBacklog = 0;
        for (long i = 0; i < count; i++) {
            long due = start + i * period;
            for (long now = System.nanoTime(); now < due; now = System.nanoTime()) {
                LockSupport.parkNanos(due - now);
            }
            maxBacklog = Math.max(maxBacklog, pool.getQueue().size());
            pool.execute(() -> {
                boolean ok = awardOne();
                long ended = System.nanoTime();
                if (ok) {
                    Latencies l = mine.get();
                    if (l == null) {
                        l = new Latencies();
                        mine.set(l);
                        latencies.add(l);
                    }
                    l.add(ended - due);
                    committed.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("open-loop awards still running 5 minutes after the last arrival");
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new OpenResult(perSecond, seconds, committed.get(), committed.get() / elapsed,
                Latencies.summarize(latencies), refused.get() - refusedBefore, maxBacklog);
    }

    /**
     * Submits {@code awards} awards on {@code threads} closed-loop clients, reporting progress now
     * and then, or fewer if {@code deadlineNanos} (a {@link System#nanoTime()}) passes first.
     *
     * @return the awards committed
     */
    long fill(long awards, int threads, long deadlineNanos, LongConsumer progress) throws InterruptedException {
        AtomicLong remaining = new AtomicLong(awards);
        AtomicLong done = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(new Thread(() -> {
                while (System.nanoTime() < deadlineNanos && remaining.getAndDecrement() > 0) {
                    while (!awardOne()) {
                        // a refusal is counted and reported; keep the committed count exact
                    }
                    done.incrementAndGet();
                }
            }, "fill-" + t));
        }
        workers.forEach(Thread::start);
        for (Thread worker : workers) {
            while (worker.isAlive()) {
                worker.join(10_000);
                progress.accept(done.get());
            }
        }
        return done.get();
    }

    /** Submissions started so far (committed, refused or in flight). */
    long submitted() {
        return sequence.get();
    }

    long refused() {
        return refused.get();
    }

    String firstRefusal() {
        return firstRefusal;
    }

    private boolean awardOne() {
        String refusal = sink.award(sequence.getAndIncrement());
        if (refusal == null) {
            return true;
        }
        if (refused.getAndIncrement() == 0) {
            firstRefusal = refusal;
        }
        return false;
    }
}
