package org.civicledger.client;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** {@link Redemptions} over the REST API. */
final class RedemptionsImpl implements Redemptions {
    private final HttpTransport transport;

    RedemptionsImpl(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public Redemption redeem(RedemptionRequest request) {
        return HttpTransport.await(redeemAsync(request));
    }

    @Override
    public CompletableFuture<Redemption> redeemAsync(RedemptionRequest request) {
        Objects.requireNonNull(request, "request");
        return transport.write(ApiPath.V1 + "redemptions", JsonCodec.redemption(request))
                .thenApply(reply -> JsonCodec.redemption(reply.body, reply.replayed));
    }
}
