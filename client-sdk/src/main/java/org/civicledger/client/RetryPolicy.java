package org.civicledger.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** How often and how long to wait before retrying: exponential backoff with jitter, capped. */
final class RetryPolicy {
    private static final long MAX_BACKOFF_MILLIS = 5_000;

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
}
