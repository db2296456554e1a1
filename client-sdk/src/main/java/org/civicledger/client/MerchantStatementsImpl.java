package org.civicledger.client;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.Wire;
import org.civicledger.api.points.MerchantStatement;

/** {@link MerchantStatements} over the REST API. */
final class MerchantStatementsImpl implements MerchantStatements {
    private final HttpTransport transport;

    MerchantStatementsImpl(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public CompletableFuture<MerchantStatement> statementAsync(String merchantId, Instant from, Instant to) {
        return Calls.guarded(() -> transport.call("GET", ApiPath.query(ApiPath.V1 + "merchants/"
                + ApiPath.segment(merchantId, "merchantId") + "/statement", "from", from, "to", to),
                null, Wire.type(MerchantStatement.class)));
    }
}
