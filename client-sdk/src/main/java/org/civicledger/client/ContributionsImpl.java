package org.civicledger.client;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** {@link Contributions} over the REST API. */
final class ContributionsImpl implements Contributions {
    private static final int MAX_BATCH = 1000;

    private final HttpTransport transport;

    ContributionsImpl(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public Award award(ContributionRequest request) {
        return HttpTransport.await(awardAsync(request));
    }

    @Override
    public CompletableFuture<Award> awardAsync(ContributionRequest request) {
        Objects.requireNonNull(request, "request");
        return transport.write(ApiPath.V1 + "contributions", JsonCodec.contribution(request))
                .thenApply(reply -> JsonCodec.award(reply.body, reply.replayed));
    }

    @Override
    public BatchResult awardBatch(List<ContributionRequest> requests) {
        return HttpTransport.await(awardBatchAsync(requests));
    }

    @Override
    public CompletableFuture<BatchResult> awardBatchAsync(List<ContributionRequest> requests) {
        Objects.requireNonNull(requests, "requests");
        if (requests.isEmpty() || requests.size() > MAX_BATCH) {
            throw new IllegalArgumentException("a batch holds 1 to " + MAX_BATCH + " contributions, got "
                    + requests.size());
        }
        return transport.post(ApiPath.V1 + "contributions/batch", JsonCodec.batch(requests))
                .thenApply(JsonCodec::batchResult);
    }
}
