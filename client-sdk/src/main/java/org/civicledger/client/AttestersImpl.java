package org.civicledger.client;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.Wire;
import org.civicledger.api.community.Attester;
import org.civicledger.api.community.AttesterRequest;
import org.civicledger.api.community.AttesterStatusRequest;

/** {@link Attesters} over the REST API. */
final class AttestersImpl implements Attesters {
    private static final String PATH = ApiPath.V1 + "attesters";

    private final HttpTransport transport;

    AttestersImpl(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public CompletableFuture<Attester> registerAsync(AttesterRequest request) {
        return Calls.guarded(() -> transport.call("POST", PATH, Objects.requireNonNull(request, "request"),
                Wire.type(Attester.class)));
    }

    @Override
    public CompletableFuture<Attester> setStatusAsync(String attesterId, AttesterStatusRequest request) {
        return Calls.guarded(() -> transport.call("POST", PATH + "/" + ApiPath.segment(attesterId, "attesterId")
                + "/status", Objects.requireNonNull(request, "request"), Wire.type(Attester.class)));
    }

    @Override
    public CompletableFuture<List<Attester>> listAsync(String communityId) {
        return Calls.guarded(() -> transport.call("GET", ApiPath.query(PATH, "communityId", communityId), null,
                Wire.listOf(Attester.class)));
    }
}
