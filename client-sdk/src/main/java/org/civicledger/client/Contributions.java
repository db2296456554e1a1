package org.civicledger.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Awarding points for contributions (role APP). Obtained from {@link CivicLedgerClient#contributions()}.
 * Awards are idempotent by {@code contributionId}, which is what makes the client's retries safe.
 */
public interface Contributions {

    /**
     * Awards points for one contribution ({@code POST /api/v1/contributions}). The same request again returns the
     * original award and pays nothing more.
     *
     * @param request the contribution
     * @return the committed award
     * @throws IdConflictException         if the id was used before with a different body
     * @throws DailyCapExceededException   if the award would exceed the activity type's daily cap
     * @throws StaleContributionException  if {@code occurredAt} is in the future or too old
     * @throws CivicLedgerException        on any other API or transport error
     */
    Award award(ContributionRequest request);

    /**
     * Asynchronous {@link #award(ContributionRequest)}.
     *
     * @param request the contribution
     * @return a future of the committed award
     */
    CompletableFuture<Award> awardAsync(ContributionRequest request);

    /**
     * Awards points for 1-1000 contributions ({@code POST /api/v1/contributions/batch}); each item succeeds or fails
     * on its own, and a failed item is reported in the result, not thrown.
     *
     * @param requests the contributions, 1-1000
     * @return one result per item, in order
     * @throws IllegalArgumentException if the list is empty or longer than 1000
     * @throws CivicLedgerException     if the batch as a whole is refused, or on a transport error
     */
    BatchResult awardBatch(List<ContributionRequest> requests);

    /**
     * Asynchronous {@link #awardBatch(List)}.
     *
     * @param requests the contributions, 1-1000
     * @return a future of the per-item results
     * @throws IllegalArgumentException if the list is empty or longer than 1000
     */
    CompletableFuture<BatchResult> awardBatchAsync(List<ContributionRequest> requests);
}
