package org.civicledger.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** {@link ResidentCredit} over the REST API. */
final class ResidentCreditImpl implements ResidentCredit {
    private final HttpTransport transport;

    ResidentCreditImpl(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public CreditScore score(String residentId) {
        return HttpTransport.await(scoreAsync(residentId));
    }

    @Override
    public CompletableFuture<CreditScore> scoreAsync(String residentId) {
        return transport.get(ResidentsImpl.path(residentId) + "/credit").thenApply(CreditJson::score);
    }

    @Override
    public List<CreditCheckLogEntry> queryLog(String residentId) {
        return HttpTransport.await(queryLogAsync(residentId));
    }

    @Override
    public CompletableFuture<List<CreditCheckLogEntry>> queryLogAsync(String residentId) {
        return transport.get(ResidentsImpl.path(residentId) + "/credit-checks")
                .thenApply(node -> List.copyOf(JsonCodec.list(node, CreditJson::logEntry)));
    }
}
