package org.civicledger.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.Limits;
import org.civicledger.api.points.Award;
import org.civicledger.api.points.BatchResult;
import org.civicledger.api.points.ContributionRequest;
import org.civicledger.api.points.Reversal;
import org.civicledger.api.points.ReversalRequest;

/**
 * Awarding points for contributions (role APP) and reversing awards (role ADMIN). Obtained from
 * {@link CivicLedgerClient#contributions()}. Awards are idempotent by {@code contributionId}, which is what makes the
 * client's retries safe. The {@code …Async} variants never throw: they complete exceptionally with the exception the
 * blocking variant throws.
 */
public interface Contributions {

    /**
     * Awards points for one contribution; the same request again returns the original award and pays nothing more.
     *
     * @param request the contribution
     * @return the committed award
     * @throws IdConflictException        if the id was used before with a different body
     * @throws DailyCapExceededException  if the award would exceed the activity type's daily cap
     * @throws StaleContributionException if {@code occurredAt} is in the future or too old
     * @throws CivicLedgerException       on any other API or transport error
     */
    default Award award(ContributionRequest request) {
        return HttpTransport.await(awardAsync(request));
    }

    /**
     * Asynchronous {@link #award(ContributionRequest)}.
     *
     * @param request the contribution
     * @return a future of the committed award
     */
    @Endpoint("POST /api/v1/contributions")
    CompletableFuture<Award> awardAsync(ContributionRequest request);

    /**
     * Awards points for 1 to {@link Limits#MAX_BATCH_ITEMS} contributions; each item succeeds or fails on its own,
     * and a failed item is reported in the result, not thrown.
     *
     * @param requests the contributions
     * @return one result per item, in order
     * @throws IllegalStateException if the list is empty, too long or holds a null
     * @throws CivicLedgerException  if the batch as a whole is refused, or on a transport error
     */
    default BatchResult awardBatch(List<ContributionRequest> requests) {
        return HttpTransport.await(awardBatchAsync(requests));
    }

    /**
     * Asynchronous {@link #awardBatch(List)}.
     *
     * @param requests the contributions
     * @return a future of the per-item results
     */
    @Endpoint("POST /api/v1/contributions/batch")
    CompletableFuture<BatchResult> awardBatchAsync(List<ContributionRequest> requests);

    /**
     * Reverses an award (role ADMIN): takes its points back as far as they are neither spent nor expired.
     *
     * @param contributionId the contribution
     * @param request        why
     * @return the points taken back and the balance after
     * @throws NotFoundException      if the community has no such contribution
     * @throws InvalidStateException  if it is reversed already
     * @throws CivicLedgerException   on any other API or transport error
     */
    default Reversal reverse(String contributionId, ReversalRequest request) {
        return HttpTransport.await(reverseAsync(contributionId, request));
    }

    /**
     * Asynchronous {@link #reverse(String, ReversalRequest)}.
     *
     * @param contributionId the contribution
     * @param request        why
     * @return a future of the reversal
     */
    @Endpoint("POST /api/v1/contributions/{contributionId}/reversal")
    CompletableFuture<Reversal> reverseAsync(String contributionId, ReversalRequest request);
}
