package org.civicledger.client;

import java.util.concurrent.CompletableFuture;
import org.civicledger.api.points.Redemption;
import org.civicledger.api.points.RedemptionRequest;

/**
 * Redeeming residents' points at the calling merchant (role MERCHANT). Obtained from
 * {@link CivicLedgerClient#redemptions()}. Redemptions are idempotent by {@code redemptionId}. The {@code …Async}
 * variant never throws: it completes exceptionally with the exception the blocking variant throws.
 */
public interface Redemptions {

    /**
     * Redeems points; the same request again returns the original redemption.
     *
     * @param request the redemption
     * @return the committed redemption
     * @throws InsufficientPointsException if the resident has fewer points available
     * @throws IdConflictException         if the id was used before with a different body
     * @throws CivicLedgerException        on any other API or transport error
     */
    default Redemption redeem(RedemptionRequest request) {
        return HttpTransport.await(redeemAsync(request));
    }

    /**
     * Asynchronous {@link #redeem(RedemptionRequest)}.
     *
     * @param request the redemption
     * @return a future of the committed redemption
     */
    @Endpoint("POST /api/v1/redemptions")
    CompletableFuture<Redemption> redeemAsync(RedemptionRequest request);
}
