package org.civicledger.client;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.Wire;
import org.civicledger.api.points.Award;
import org.civicledger.api.points.BatchResult;
import org.civicledger.api.points.ContributionBatch;
import org.civicledger.api.points.ContributionRequest;
import org.civicledger.api.points.Reversal;
import org.civicledger.api.points.ReversalRequest;

/** {@link Contributions} over the REST API. */
final class ContributionsImpl implements Contributions {
    private static final String PATH = ApiPath.V1 + "contributions";

    private final HttpTransport transport;

    ContributionsImpl(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public CompletableFuture<Award> awardAsync(ContributionRequest request) {
        return Calls.guarded(() -> transport.call("POST", PATH, Objects.requireNonNull(request, "request"),
                Wire.type(Award.class)));
    }

    @Override
    public CompletableFuture<BatchResult> awardBatchAsync(List<ContributionRequest> requests) {
        return Calls.guarded(() -> transport.call("POST", PATH + "/batch",
                ContributionBatch.builder().items(requests).build(), Wire.type(BatchResult.class)));
    }

    @Override
    public CompletableFuture<Reversal> reverseAsync(String contributionId, ReversalRequest request) {
        return Calls.guarded(() -> transport.call("POST",
                PATH + "/" + ApiPath.segment(contributionId, "contributionId") + "/reversal",
                Objects.requireNonNull(request, "request"), Wire.type(Reversal.class)));
    }
}
