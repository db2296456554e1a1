package org.civicledger.gateway.api;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The tests' {@link Clock} bean (it replaces the gateway's system clock): the system clock, shifted while
 * a test asks, so a test can put the embedded ledger's transactions at another time instead of sleeping.
 * The Fabric ledger takes no time from it (a Fabric client stamps its own proposals).
 */
@Singleton
public class MovableClock extends Clock {
    private final AtomicReference<Duration> shift = new AtomicReference<>(Duration.ZERO);

    /** Runs {@code action} with the ledger's time {@code by} away from the system clock, then puts it back. */
    public void shifted(Duration by, Runnable action) {
        shift.set(by);
        try {
            action.run();
        } finally {
            shift.set(Duration.ZERO);
        }
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the ledger's clock is UTC");
    }
}
