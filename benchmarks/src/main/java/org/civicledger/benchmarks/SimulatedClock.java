package org.civicledger.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The embedded ledger's clock in a simulated run: each submitting thread sets the time of the transaction it is
 * about to submit ({@link #set}), so that transactions submitted in parallel each carry their own simulated time;
 * a thread that set none (or the ledger's own threads) reads the run's current day ({@link #setDefault}).
 */
final class SimulatedClock extends Clock {
    private final ThreadLocal<Instant> mine = new ThreadLocal<>();
    private volatile Instant fallback;

    SimulatedClock(Instant start) {
        this.fallback = start;
    }

    void set(Instant now) {
        mine.set(now);
    }

    void clear() {
        mine.remove();
    }

    void setDefault(Instant now) {
        fallback = now;
    }

    @Override
    public Instant instant() {
        Instant now = mine.get();
        return now != null ? now : fallback;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the simulated clock is UTC");
    }
}
