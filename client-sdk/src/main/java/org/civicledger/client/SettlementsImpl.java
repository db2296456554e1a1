package org.civicledger.client;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.Wire;
import org.civicledger.api.points.Settlement;
import org.civicledger.api.points.SettlementRequest;

/** {@link Settlements} over the REST API. */
final class SettlementsImpl implements Settlements {
    private final HttpTransport transport;

    SettlementsImpl(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public CompletableFuture<Settlement> settleAsync(SettlementRequest request) {
        return Calls.guarded(() -> transport.call("POST", ApiPath.V1 + "settlements",
                Objects.requireNonNull(request, "request"), Wire.type(Settlement.class)));
    }
}
