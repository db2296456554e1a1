package org.civicledger.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.disputes.Dispute;
import org.civicledger.api.disputes.DisputeRequest;
import org.civicledger.api.disputes.DisputeResolutionRequest;
import org.civicledger.api.disputes.DisputeStatus;
import org.civicledger.api.disputes.OverdueMarking;
import org.civicledger.api.disputes.OverdueRequest;

/**
 * Disputes: filed by an app for one of its residents (of a points transaction, a suspension, a credit check or the
 * score), resolved once by the community admin, or by an auditor once past due; an open dispute past its due time
 * reads {@link DisputeStatus#OVERDUE}. Obtained from
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
     * Resolves a dispute (role ADMIN; AUDITOR once past due, naming the community); upholding a dispute of an
     * award reverses the award, of a suspension reactivates the resident, of a credit check marks it disputed on the
     * query logs, of a score recomputes it (name the {@code correction}). The same resolution
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
     * Records OVERDUE on open disputes past due (roles ADMIN, for its community, and AUDITOR): at most
     * {@link org.civicledger.api.Limits#MAX_OVERDUE_MARKED} per call, all of one community; call again while
     * {@link OverdueMarking#more()}.
     *
     * @param request the community ({@link OverdueRequest#all()} for the admin's own, or every one for an auditor)
     * @return what this call marked
     * @throws ForbiddenException   if an admin names another community
     * @throws NotFoundException    if an auditor names an unknown community
     * @throws CivicLedgerException on any other API or transport error
     */
    default OverdueMarking markOverdue(OverdueRequest request) {
        return HttpTransport.await(markOverdueAsync(request));
    }

    /**
     * Asynchronous {@link #markOverdue(OverdueRequest)}.
     *
     * @param request the community, or none
     * @return a future of what this call marked
     */
    @Endpoint("POST /api/v1/disputes/overdue")
    CompletableFuture<OverdueMarking> markOverdueAsync(OverdueRequest request);

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
