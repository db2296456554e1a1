package org.civicledger.gateway.runtime;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The time the embedded ledger gives its transactions: the system clock. A test may declare its own
 * {@link Clock} bean, which replaces this default, to move time instead of waiting for it.
 */
@Singleton
public class SystemClock {
    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
