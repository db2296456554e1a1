package org.civicledger.client;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.Wire;
import org.civicledger.api.points.Redemption;
import org.civicledger.api.points.RedemptionRequest;

/** {@link Redemptions} over the REST API. */
final class RedemptionsImpl implements Redemptions {
    private final HttpTransport transport;

    RedemptionsImpl(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public CompletableFuture<Redemption> redeemAsync(RedemptionRequest request) {
        return Calls.guarded(() -> transport.call("POST", ApiPath.V1 + "redemptions",
                Objects.requireNonNull(request, "request"), Wire.type(Redemption.class)));
    }
}
