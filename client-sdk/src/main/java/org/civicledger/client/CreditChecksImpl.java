package org.civicledger.client;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** {@link CreditChecks} over the REST API. */
final class CreditChecksImpl implements CreditChecks {
    private final HttpTransport transport;

    CreditChecksImpl(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public CreditCheck check(String residentId, String productId, String purpose) {
        return HttpTransport.await(checkAsync(residentId, productId, purpose));
    }

    @Override
    public CompletableFuture<CreditCheck> checkAsync(String residentId, String productId, String purpose) {
        Objects.requireNonNull(residentId, "residentId");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(purpose, "purpose");
        return transport.postOnce(ApiPath.V1 + "credit-checks", CreditJson.creditCheck(residentId, productId, purpose))
                .thenApply(CreditJson::check);
    }
}
