package org.civicledger.client;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/** {@link MerchantStatements} over the REST API. */
final class MerchantStatementsImpl implements MerchantStatements {
    private final HttpTransport transport;

    MerchantStatementsImpl(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public MerchantStatement statement(String merchantId) {
        return statement(merchantId, null, null);
    }

    @Override
    public MerchantStatement statement(String merchantId, Instant from, Instant to) {
        return HttpTransport.await(statementAsync(merchantId, from, to));
    }

    @Override
    public CompletableFuture<MerchantStatement> statementAsync(String merchantId, Instant from, Instant to) {
        String path = ApiPath.V1 + "merchants/" + ApiPath.segment(merchantId, "merchantId") + "/statement";
        return transport.get(ApiPath.query(path, "from", from, "to", to)).thenApply(JsonCodec::statement);
    }
}
