package org.civicledger.client;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** {@link Consents} over the REST API. */
final class ConsentsImpl implements Consents {
    private final HttpTransport transport;

    ConsentsImpl(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public Consent grant(ConsentRequest request) {
        return HttpTransport.await(grantAsync(request));
    }

    @Override
    public CompletableFuture<Consent> grantAsync(ConsentRequest request) {
        Objects.requireNonNull(request, "request");
        return transport.write(ApiPath.V1 + "consents", CreditJson.consent(request))
                .thenApply(reply -> CreditJson.consent(reply.body, reply.replayed));
    }

    @Override
    public void revoke(String consentId) {
        HttpTransport.await(revokeAsync(consentId));
    }

    @Override
    public CompletableFuture<Void> revokeAsync(String consentId) {
        return transport.delete(ApiPath.V1 + "consents/" + ApiPath.segment(consentId, "consentId"));
    }
}
