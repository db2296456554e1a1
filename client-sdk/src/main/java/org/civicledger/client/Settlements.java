package org.civicledger.client;

import java.util.concurrent.CompletableFuture;
import org.civicledger.api.points.Settlement;
import org.civicledger.api.points.SettlementRequest;

/**
 * Settling what the community owes a merchant (role ADMIN). Obtained from {@link CivicLedgerClient#settlements()}.
 * Settlements are idempotent by {@code settlementId}. The {@code …Async} variant never throws: it completes
 * exceptionally with the exception the blocking variant throws.
 */
public interface Settlements {

    /**
     * Settles everything the merchant has not yet been settled for; the same request again returns the original.
     *
     * @param request the settlement
     * @return the committed settlement
     * @throws InvalidStateException if the merchant has nothing to settle
     * @throws IdConflictException   if the id was used before for another merchant
     * @throws CivicLedgerException  on any other API or transport error
     */
    default Settlement settle(SettlementRequest request) {
        return HttpTransport.await(settleAsync(request));
    }

    /**
     * Asynchronous {@link #settle(SettlementRequest)}.
     *
     * @param request the settlement
     * @return a future of the committed settlement
     */
    @Endpoint("POST /api/v1/settlements")
    CompletableFuture<Settlement> settleAsync(SettlementRequest request);
}
