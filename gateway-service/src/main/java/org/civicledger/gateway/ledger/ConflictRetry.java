package org.civicledger.gateway.ledger;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.civicledger.api.ErrorCode;

/**
 * The gateway's one policy for transactions invalidated by a concurrent write (MVCC or phantom read):
 * simulate or endorse again, with jittered exponential back-off, at most {@code maxAttempts} times in all;
 * then the caller gets {@code CONTENDED} (429, nothing written) with a {@code Retry-After} of
 * {@link #RETRY_AFTER_SECONDS}. Contention is not unavailability: the ledger answered, other writes to the
 * same records kept winning. Each adapter picks the back-off scale of its own commit latency. Thread-safe.
 */
public final class ConflictRetry {
    /** Attempts in all, by default ({@code civic.ledger.max-attempts}): generous, as one hot balance serialises its spenders. */
    public static final int DEFAULT_MAX_ATTEMPTS = 100;
    /** What a {@code CONTENDED} answer's {@code Retry-After} header says: a short pause lets the hot records cool. */
    public static final int RETRY_AFTER_SECONDS = 1;

    private final int maxAttempts;
    private final long firstStepMicros;
    private final long capMicros;
    private final LongAdder retried = new LongAdder();

    private ConflictRetry(int maxAttempts, long firstStepMicros, long capMicros) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        this.firstStepMicros = firstStepMicros;
        this.capMicros = capMicros;
    }

    /** In-process commits take about a millisecond: steps from 1 ms, at most 50 ms. */
    public static ConflictRetry embedded(int maxAttempts) {
        return new ConflictRetry(maxAttempts, 1_000, 50_000);
    }

    /** A Fabric block is cut every ~150 ms: steps from 20 ms, at most 1 s. */
    public static ConflictRetry fabric(int maxAttempts) {
        return new ConflictRetry(maxAttempts, 20_000, 1_000_000);
    }

    /**
     * Called after attempt number {@code attempt} (from 1) was invalidated by a concurrent write: waits
     * before the next attempt and returns true, or returns false at once when the budget is spent.
     */
    public boolean again(int attempt) {
        if (attempt >= maxAttempts) {
            return false;
        }
        retried.increment();
        pause(attempt);
        return true;
    }

    /** @return the answer once {@link #again} said no: {@code CONTENDED}, naming the attempts and the last code */
    public LedgerRefusal exhausted(int attempts, String lastCode, String txId) {
        return new LedgerRefusal(ErrorCode.CONTENDED, "other writes to the same records kept winning: still "
                + lastCode + " after " + attempts + " attempts; nothing was written; retry after "
                + RETRY_AFTER_SECONDS + " s with the same request", txId);
    }

    /** @return how many retries this process has made so far (for metrics) */
    public long retried() {
        return retried.sum();
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** Full jitter under an exponential, capped ceiling: conflicting retries spread out instead of colliding again. */
    private void pause(int attempt) {
        long ceiling = Math.min(capMicros, firstStepMicros << Math.min(attempt - 1, 20));
        try {
            TimeUnit.MICROSECONDS.sleep(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerRefusal(ErrorCode.LEDGER_UNAVAILABLE, "interrupted while retrying", null);
        }
    }
}
