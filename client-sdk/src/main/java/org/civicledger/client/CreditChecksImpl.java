package org.civicledger.client;

import java.util.concurrent.CompletableFuture;
import org.civicledger.api.Wire;
import org.civicledger.api.credit.CreditCheck;
import org.civicledger.api.credit.CreditCheckRequest;

/** {@link CreditChecks} over the REST API. */
final class CreditChecksImpl implements CreditChecks {
    private final HttpTransport transport;

    CreditChecksImpl(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public CompletableFuture<CreditCheck> checkAsync(CreditCheckRequest request) {
        if (request == null) {
            return CompletableFuture.failedFuture(new NullPointerException("request"));
        }
        // one id per logical check: the transport's retries resend this same body
        CreditCheckRequest withId = request.checkId() != null ? request : CreditCheckRequest.builder()
                .checkId(Ids.newCheckId()).residentId(request.residentId())
                .household(request.communityId(), request.householdId()).productId(request.productId())
                .purpose(request.purpose()).build();
        return transport.call("POST", ApiPath.V1 + "credit-checks", withId, Wire.type(CreditCheck.class));
    }
}
