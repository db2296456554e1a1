package org.civicledger.gateway.readmodel;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness check {@code read-model}: where the projection is ({@code position}), the ledger's height, the blocks not
 * yet projected ({@code lagBlocks}), whether a rebuild runs, and {@code stoppedAt} (the event projecting stopped at)
 * when a projection failed. UP while the database answers, even when behind or stopped (the gateway still serves
 * writes; reports say how far behind they are); DOWN only when the database cannot be reached.
 */
@Readiness
@Singleton
public class ReadModelHealth implements HealthCheck {
    @Inject
    SqlReadModel readModel;

    @Override
    public HealthCheckResponse call() {
        ReadModelEngine.Status status = readModel.status();
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("read-model")
                .status(readModel.databaseReachable())
                .withData("position", status.position() == null ? "" : status.position())
                .withData("ledgerHeight", status.ledgerHeight())
                .withData("lagBlocks", status.lagBlocks())
                .withData("rebuilding", status.rebuilding());
        if (status.stoppedAt() != null) {
            answer.withData("stoppedAt", status.stoppedAt());
        }
        return answer.build();
    }
}
