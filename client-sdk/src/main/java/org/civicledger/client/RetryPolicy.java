package org.civicledger.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The SDK's one retry policy: how often and how long to wait before retrying — exponential backoff with jitter,
 * capped, and never sooner than the gateway's {@code Retry-After} (itself kept within the cap). Every retry
 * constant lives here; calls ({@link HttpTransport}) and event-stream reconnects ({@link EventStream}) both use it.
 * (The gateway's own retries of ledger conflicts are another process's policy: {@code ConflictRetry}.)
 */
final class RetryPolicy {
    /** Retries of one call unless the builder says otherwise. */
    static final int DEFAULT_MAX_RETRIES = 3;
    /** The first step of the backoff unless the builder says otherwise. */
    static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(100);
    /** No wait between two attempts is longer, whatever the step or the gateway's Retry-After. */
    static final long MAX_BACKOFF_MILLIS = 5_000;

    private final int maxRetries;
    private final long initialBackoffMillis;

    RetryPolicy(int maxRetries, Duration initialBackoff) {
        this.maxRetries = maxRetries;
        this.initialBackoffMillis = Math.max(1, initialBackoff.toMillis());
    }

    boolean mayRetry(int retriesSoFar) {
        return retriesSoFar < maxRetries;
    }

    /** Delay before retry number {@code retriesSoFar + 1}: between half and all of the exponential step. */
    long delayMillis(int retriesSoFar) {
        long step = Math.min(MAX_BACKOFF_MILLIS, initialBackoffMillis << Math.min(retriesSoFar, 20));
        // Jitter spreads the retries of many clients that failed together.
        return step / 2 + ThreadLocalRandom.current().nextLong(step / 2 + 1);
    }

    /**
     * Delay before retry number {@code retriesSoFar + 1} when the gateway asked to wait {@code retryAfterMillis}
     * (0: it did not say): the backoff, but not less than what the gateway asked, and never more than the cap.
     */
    long delayMillis(int retriesSoFar, long retryAfterMillis) {
        return Math.max(delayMillis(retriesSoFar), Math.min(MAX_BACKOFF_MILLIS, Math.max(0, retryAfterMillis)));
    }
}
