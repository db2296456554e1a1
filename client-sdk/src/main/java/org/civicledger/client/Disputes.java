package org.civicledger.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Disputes: filed by an app for one of its residents, resolved once by the community admin. Obtained from
 * {@link CivicLedgerClient#disputes()}. Filing is idempotent by {@code disputeId}.
 */
public interface Disputes {

    /**
     * Files a dispute of one of the resident's transactions ({@code POST /api/v1/disputes}, role APP); it is due
     * for resolution 20 days later. The same request again returns the original dispute, with
     * {@link Dispute#replayed()} true.
     *
     * @param request the dispute
     * @return the open dispute
     * @throws NotFoundException    if the resident or the transaction is unknown, or the transaction is not the
     *                              resident's
     * @throws IdConflictException  if the id was used before with a different body
     * @throws CivicLedgerException on any other API or transport error
     */
    Dispute file(DisputeRequest request);

    /**
     * Asynchronous {@link #file(DisputeRequest)}.
     *
     * @param request the dispute
     * @return a future of the open dispute
     */
    CompletableFuture<Dispute> fileAsync(DisputeRequest request);

    /**
     * Resolves a dispute ({@code POST /api/v1/disputes/{disputeId}/resolution}, role ADMIN). Upholding a dispute of
     * an award reverses the award.
     *
     * @param disputeId the dispute
     * @param outcome   the outcome
     * @param note      what was checked (1-500 characters)
     * @return the resolved dispute
     * @throws InvalidStateException if the dispute was already resolved
     * @throws NotFoundException     if there is no such dispute
     * @throws CivicLedgerException  on any other API or transport error
     */
    Dispute resolve(String disputeId, DisputeOutcome outcome, String note);

    /**
     * Asynchronous {@link #resolve(String, DisputeOutcome, String)}.
     *
     * @param disputeId the dispute
     * @param outcome   the outcome
     * @param note      what was checked
     * @return a future of the resolved dispute
     */
    CompletableFuture<Dispute> resolveAsync(String disputeId, DisputeOutcome outcome, String note);

    /**
     * Lists disputes ({@code GET /api/v1/disputes}; roles ADMIN and AUDITOR, and APP for its residents).
     *
     * @param status {@code OPEN}, {@code UPHELD} or {@code REJECTED}, or {@code null} for every dispute
     * @return the disputes, as an unmodifiable list
     * @throws ValidationFailedException if the status is not one of those
     * @throws CivicLedgerException      on any other API or transport error
     */
    List<Dispute> list(String status);

    /**
     * Asynchronous {@link #list(String)}.
     *
     * @param status the status, or {@code null} for every dispute
     * @return a future of the disputes
     */
    CompletableFuture<List<Dispute>> listAsync(String status);
}
