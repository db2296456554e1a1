package org.civicledger.client;

import java.util.concurrent.CompletableFuture;
import org.civicledger.api.Wire;
import org.civicledger.api.credit.Consent;
import org.civicledger.api.credit.ConsentRequest;

/** {@link Consents} over the REST API. */
final class ConsentsImpl implements Consents {
    private final HttpTransport transport;

    ConsentsImpl(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public CompletableFuture<Consent> grantAsync(ConsentRequest request) {
        if (request == null) {
            return CompletableFuture.failedFuture(new NullPointerException("request"));
        }
        return transport.call("POST", ApiPath.V1 + "consents", request, Wire.type(Consent.class));
    }

    @Override
    public CompletableFuture<Void> revokeAsync(String consentId) {
        if (consentId == null) {
            return CompletableFuture.failedFuture(new NullPointerException("consentId"));
        }
        return transport.call("DELETE", ApiPath.V1 + "consents/" + ApiPath.segment(consentId, "consentId"), null,
                null);
    }
}
