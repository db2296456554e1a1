package org.civicledger.client;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** {@link Disputes} over the REST API. */
final class DisputesImpl implements Disputes {
    private static final String PATH = ApiPath.V1 + "disputes";

    private final HttpTransport transport;

    DisputesImpl(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public Dispute file(DisputeRequest request) {
        return HttpTransport.await(fileAsync(request));
    }

    @Override
    public CompletableFuture<Dispute> fileAsync(DisputeRequest request) {
        Objects.requireNonNull(request, "request");
        return transport.write(PATH, DisputeJson.dispute(request))
                .thenApply(reply -> DisputeJson.dispute(reply.body, reply.replayed));
    }

    @Override
    public Dispute resolve(String disputeId, DisputeOutcome outcome, String note) {
        return HttpTransport.await(resolveAsync(disputeId, outcome, note));
    }

    @Override
    public CompletableFuture<Dispute> resolveAsync(String disputeId, DisputeOutcome outcome, String note) {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(note, "note");
        return transport.post(PATH + "/" + ApiPath.segment(disputeId, "disputeId") + "/resolution",
                DisputeJson.resolution(outcome, note)).thenApply(DisputeJson::listed);
    }

    @Override
    public List<Dispute> list(String status) {
        return HttpTransport.await(listAsync(status));
    }

    @Override
    public CompletableFuture<List<Dispute>> listAsync(String status) {
        return transport.get(ApiPath.query(PATH, "status", status))
                .thenApply(node -> List.copyOf(JsonCodec.list(node, DisputeJson::listed)));
    }
}
