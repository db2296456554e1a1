package org.civicledger.client;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.Wire;
import org.civicledger.api.disputes.Dispute;
import org.civicledger.api.disputes.DisputeRequest;
import org.civicledger.api.disputes.DisputeResolutionRequest;
import org.civicledger.api.disputes.DisputeStatus;
import org.civicledger.api.disputes.OverdueMarking;
import org.civicledger.api.disputes.OverdueRequest;

/** {@link Disputes} over the REST API. */
final class DisputesImpl implements Disputes {
    private static final String PATH = ApiPath.V1 + "disputes";

    private final HttpTransport transport;

    DisputesImpl(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public CompletableFuture<Dispute> fileAsync(DisputeRequest request) {
        return Calls.guarded(() -> transport.call("POST", PATH, Objects.requireNonNull(request, "request"),
                Wire.type(Dispute.class)));
    }

    @Override
    public CompletableFuture<Dispute> resolveAsync(String disputeId, DisputeResolutionRequest request) {
        return Calls.guarded(() -> transport.call("POST", PATH + "/" + ApiPath.segment(disputeId, "disputeId")
                + "/resolution", Objects.requireNonNull(request, "request"), Wire.type(Dispute.class)));
    }

    @Override
    public CompletableFuture<OverdueMarking> markOverdueAsync(OverdueRequest request) {
        return Calls.guarded(() -> transport.call("POST", PATH + "/overdue", Objects.requireNonNull(request,
                "request"), Wire.type(OverdueMarking.class)));
    }

    @Override
    public CompletableFuture<List<Dispute>> listAsync(DisputeStatus status) {
        return transport.call("GET", ApiPath.query(PATH, "status", status), null, Wire.listOf(Dispute.class));
    }
}
