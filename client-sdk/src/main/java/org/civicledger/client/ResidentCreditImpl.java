package org.civicledger.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.Wire;
import org.civicledger.api.credit.CreditCheckLogEntry;
import org.civicledger.api.credit.CreditScore;

/** {@link ResidentCredit} over the REST API. */
final class ResidentCreditImpl implements ResidentCredit {
    private final HttpTransport transport;

    ResidentCreditImpl(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public CompletableFuture<CreditScore> scoreAsync(String residentId) {
        if (residentId == null) {
            return CompletableFuture.failedFuture(new NullPointerException("residentId"));
        }
        return transport.call("GET", path(residentId, "credit"), null, Wire.type(CreditScore.class));
    }

    @Override
    public CompletableFuture<List<CreditCheckLogEntry>> queryLogAsync(String residentId) {
        if (residentId == null) {
            return CompletableFuture.failedFuture(new NullPointerException("residentId"));
        }
        return transport.call("GET", path(residentId, "credit-checks"), null, Wire.listOf(CreditCheckLogEntry.class));
    }

    private static String path(String residentId, String view) {
        return ApiPath.V1 + "residents/" + ApiPath.segment(residentId, "residentId") + "/" + view;
    }
}
