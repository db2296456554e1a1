package org.civicledger.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.points.Award;
import org.civicledger.api.points.PendingContribution;
import org.civicledger.api.points.Rejection;
import org.civicledger.api.points.RejectionRequest;

/**
 * Approval of contributions whose activity type requires it (roles ADMIN and COORDINATOR): such an award is
 * answered with status PENDING, pays nothing until approved, and expires after the community's
 * {@code pendingExpiryDays}. Obtained from {@link CivicLedgerClient#approvals()}. The {@code …Async} variants never
 * throw: they complete exceptionally with the exception the blocking variant throws.
 */
public interface Approvals {

    /**
     * Approves a pending contribution: its points are paid as of now.
     *
     * @param contributionId the contribution
     * @return the award: status AWARDED, approvedBy, the balance after
     * @throws NotFoundException          if the caller's community has no such contribution
     * @throws InvalidStateException      if it is not PENDING (decided already)
     * @throws ApprovalExpiredException   if its approval period is over
     * @throws DailyCapExceededException  if paying it today would pass the activity type's daily cap
     * @throws CivicLedgerException       on any other API or transport error
     */
    default Award approve(String contributionId) {
        return HttpTransport.await(approveAsync(contributionId));
    }

    /**
     * Asynchronous {@link #approve(String)}.
     *
     * @param contributionId the contribution
     * @return a future of the award
     */
    @Endpoint("POST /api/v1/contributions/{contributionId}/approval")
    CompletableFuture<Award> approveAsync(String contributionId);

    /**
     * Rejects a pending contribution: nothing is paid.
     *
     * @param contributionId the contribution
     * @param request        why
     * @return the rejection
     * @throws NotFoundException        if the caller's community has no such contribution
     * @throws InvalidStateException    if it is not PENDING (decided already)
     * @throws ApprovalExpiredException if its approval period is over
     * @throws CivicLedgerException     on any other API or transport error
     */
    default Rejection reject(String contributionId, RejectionRequest request) {
        return HttpTransport.await(rejectAsync(contributionId, request));
    }

    /**
     * Asynchronous {@link #reject(String, RejectionRequest)}.
     *
     * @param contributionId the contribution
     * @param request        why
     * @return a future of the rejection
     */
    @Endpoint("POST /api/v1/contributions/{contributionId}/rejection")
    CompletableFuture<Rejection> rejectAsync(String contributionId, RejectionRequest request);

    /**
     * Lists the caller's community's contributions awaiting approval, oldest first (an AUDITOR: every community's).
     *
     * @return the pending contributions
     * @throws CivicLedgerException on any API or transport error
     */
    default List<PendingContribution> listPending() {
        return listPending(null);
    }

    /**
     * Lists a community's contributions awaiting approval.
     *
     * @param communityId a community (an AUDITOR may name any; others only their own), or {@code null}
     * @return the pending contributions
     * @throws ForbiddenException   if the caller may not read that community
     * @throws CivicLedgerException on any other API or transport error
     */
    default List<PendingContribution> listPending(String communityId) {
        return HttpTransport.await(listPendingAsync(communityId));
    }

    /**
     * Asynchronous {@link #listPending(String)}.
     *
     * @param communityId a community, or {@code null}
     * @return a future of the pending contributions
     */
    @Endpoint("GET /api/v1/contributions/pending")
    CompletableFuture<List<PendingContribution>> listPendingAsync(String communityId);
}
