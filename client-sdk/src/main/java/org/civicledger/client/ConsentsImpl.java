package org.civicledger.client;

import java.util.concurrent.CompletableFuture;
import org.civicledger.api.Wire;
import org.civicledger.api.Limits;
import org.civicledger.api.credit.Consent;
import org.civicledger.api.credit.ConsentPage;
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

    @Override
    public CompletableFuture<ConsentPage> listAsync(String residentId, String householdId, String communityId,
                                                    Integer limit, String cursor) {
        if ((residentId == null) == (householdId == null)) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(
                    "exactly one of residentId and householdId is required"));
        }
        if ((householdId == null) != (communityId == null)) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(
                    "communityId is required with householdId, and only with it"));
        }
        if (limit != null && (limit < 1 || limit > Limits.MAX_CONSENTS_PAGE)) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(
                    "limit must be a whole number from 1 to " + Limits.MAX_CONSENTS_PAGE));
        }
        return transport.call("GET", ApiPath.query(ApiPath.V1 + "consents", "residentId", residentId,
                "householdId", householdId, "communityId", communityId, "limit", limit, "cursor", cursor), null,
                Wire.type(ConsentPage.class));
    }
}
