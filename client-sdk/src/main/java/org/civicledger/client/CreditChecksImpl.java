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
        // one id per logical check: the transport's retries resend this same body
        return checkAsync(Ids.newCheckId(), residentId, productId, purpose);
    }

    @Override
    public CreditCheck check(String checkId, String residentId, String productId, String purpose) {
        return HttpTransport.await(checkAsync(checkId, residentId, productId, purpose));
    }

    @Override
    public CompletableFuture<CreditCheck> checkAsync(String checkId, String residentId, String productId,
                                                     String purpose) {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(residentId, "residentId");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(purpose, "purpose");
        return transport.post(ApiPath.V1 + "credit-checks",
                        CreditJson.creditCheck(checkId, residentId, productId, purpose))
                .thenApply(CreditJson::check);
    }
}
