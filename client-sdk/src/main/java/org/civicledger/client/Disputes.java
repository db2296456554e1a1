package org.civicledger.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.disputes.Dispute;
import org.civicledger.api.disputes.DisputeRequest;
import org.civicledger.api.disputes.DisputeResolutionRequest;
import org.civicledger.api.disputes.DisputeStatus;

/**
 * Disputes: filed by an app for one of its residents, resolved once by the community admin. Obtained from
 * {@link CivicLedgerClient#disputes()}. Filing is idempotent by {@code disputeId}.
 */
public interface Disputes {

    /**
     * Files a dispute of one of the resident's transactions (role APP); it is due for resolution 20 days later. The
     * same request again returns the original dispute, with {@link Dispute#replayed()} true.
     *
     * @param request the dispute
     * @return the open dispute
     * @throws NotFoundException    if the resident or the transaction is unknown, or not the resident's
     * @throws IdConflictException  if the id was used before with a different body
     * @throws CivicLedgerException on any other API or transport error
     */
    default Dispute file(DisputeRequest request) {
        return HttpTransport.await(fileAsync(request));
    }

    /**
     * Asynchronous {@link #file(DisputeRequest)}.
     *
     * @param request the dispute
     * @return a future of the open dispute
     */
    @Endpoint("POST /api/v1/disputes")
    CompletableFuture<Dispute> fileAsync(DisputeRequest request);

    /**
     * Resolves a dispute (role ADMIN); upholding a dispute of an award reverses the award. The same resolution
     * again returns the original one.
     *
     * @param disputeId the dispute
     * @param request   the outcome and what was checked
     * @return the resolved dispute
     * @throws InvalidStateException if the dispute was resolved otherwise before
     * @throws NotFoundException     if there is no such dispute
     * @throws CivicLedgerException  on any other API or transport error
     */
    default Dispute resolve(String disputeId, DisputeResolutionRequest request) {
        return HttpTransport.await(resolveAsync(disputeId, request));
    }

    /**
     * Asynchronous {@link #resolve(String, DisputeResolutionRequest)}.
     *
     * @param disputeId the dispute
     * @param request   the outcome and what was checked
     * @return a future of the resolved dispute
     */
    @Endpoint("POST /api/v1/disputes/{disputeId}/resolution")
    CompletableFuture<Dispute> resolveAsync(String disputeId, DisputeResolutionRequest request);

    /**
     * Lists the disputes the caller may see (roles ADMIN and AUDITOR, and APP for its residents).
     *
     * @param status only disputes of this status, or {@code null} for every dispute
     * @return the disputes
     * @throws CivicLedgerException on any API or transport error
     */
    default List<Dispute> list(DisputeStatus status) {
        return HttpTransport.await(listAsync(status));
    }

    /**
     * Asynchronous {@link #list(DisputeStatus)}.
     *
     * @param status the status, or {@code null} for every dispute
     * @return a future of the disputes
     */
    @Endpoint("GET /api/v1/disputes")
    CompletableFuture<List<Dispute>> listAsync(DisputeStatus status);
}
