package org.civicledger.client;

import java.util.concurrent.CompletableFuture;

/**
 * Redeeming residents' points at the calling merchant (role MERCHANT). Obtained from
 * {@link CivicLedgerClient#redemptions()}. Redemptions are idempotent by {@code redemptionId}.
 */
public interface Redemptions {

    /**
     * Redeems points ({@code POST /api/v1/redemptions}). The same request again returns the original redemption.
     *
     * @param request the redemption
     * @return the committed redemption
     * @throws InsufficientPointsException if the resident has fewer points available
     * @throws IdConflictException         if the id was used before with a different body
     * @throws CivicLedgerException        on any other API or transport error
     */
    Redemption redeem(RedemptionRequest request);

    /**
     * Asynchronous {@link #redeem(RedemptionRequest)}.
     *
     * @param request the redemption
     * @return a future of the committed redemption
     */
    CompletableFuture<Redemption> redeemAsync(RedemptionRequest request);
}
