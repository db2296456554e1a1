package org.civicledger.gateway.runtime;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.civicledger.gateway.ledger.LedgerPort;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when start-up set-up is done and the ledger answers. */
@Readiness
@Singleton
public class LedgerHealth implements HealthCheck {
    @Inject
    LedgerPort ledger;

    @Inject
    Bootstrap bootstrap;

    @Override
    public HealthCheckResponse call() {
        try {
            long height = ledger.height();
            return HealthCheckResponse.named("ledger").status(bootstrap.ready()).withData("height", height).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("ledger").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
