package org.civicledger.client;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** {@link Residents} over the REST API. */
final class ResidentsImpl implements Residents {
    private final HttpTransport transport;

    ResidentsImpl(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public Resident enrol(String externalRef) {
        return enrol(externalRef, null);
    }

    @Override
    public Resident enrol(String externalRef, String publicKey) {
        return HttpTransport.await(enrolAsync(externalRef, publicKey));
    }

    @Override
    public CompletableFuture<Resident> enrolAsync(String externalRef, String publicKey) {
        Objects.requireNonNull(externalRef, "externalRef");
        return transport.write(ApiPath.V1 + "residents", JsonCodec.enrolment(externalRef, publicKey))
                .thenApply(reply -> JsonCodec.resident(reply.body, reply.replayed));
    }

    @Override
    public Resident get(String residentId) {
        return HttpTransport.await(getAsync(residentId));
    }

    @Override
    public CompletableFuture<Resident> getAsync(String residentId) {
        return transport.get(path(residentId)).thenApply(node -> JsonCodec.resident(node, false));
    }

    @Override
    public Balance balance(String residentId) {
        return HttpTransport.await(balanceAsync(residentId));
    }

    @Override
    public CompletableFuture<Balance> balanceAsync(String residentId) {
        return transport.get(path(residentId) + "/balance").thenApply(JsonCodec::balance);
    }

    /** {@code api/v1/residents/{residentId}}; the credit group's paths start here too. */
    static String path(String residentId) {
        return ApiPath.V1 + "residents/" + ApiPath.segment(residentId, "residentId");
    }
}
