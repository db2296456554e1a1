package org.civicledger.client;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.Wire;
import org.civicledger.api.points.ApprovalRequest;
import org.civicledger.api.points.Award;
import org.civicledger.api.points.PendingContribution;
import org.civicledger.api.points.Rejection;
import org.civicledger.api.points.RejectionRequest;

/** {@link Approvals} over the REST API. */
final class ApprovalsImpl implements Approvals {
    private static final String PATH = ApiPath.V1 + "contributions";

    private final HttpTransport transport;

    ApprovalsImpl(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public CompletableFuture<Award> approveAsync(String contributionId) {
        return Calls.guarded(() -> transport.call("POST", PATH + "/" + ApiPath.segment(contributionId,
                "contributionId") + "/approval", ApprovalRequest.empty(), Wire.type(Award.class)));
    }

    @Override
    public CompletableFuture<Rejection> rejectAsync(String contributionId, RejectionRequest request) {
        return Calls.guarded(() -> transport.call("POST", PATH + "/" + ApiPath.segment(contributionId,
                "contributionId") + "/rejection", Objects.requireNonNull(request, "request"),
                Wire.type(Rejection.class)));
    }

    @Override
    public CompletableFuture<List<PendingContribution>> listPendingAsync(String communityId) {
        return Calls.guarded(() -> transport.call("GET", ApiPath.query(PATH + "/pending", "communityId", communityId),
                null, Wire.listOf(PendingContribution.class)));
    }
}
