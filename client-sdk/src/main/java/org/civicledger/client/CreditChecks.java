package org.civicledger.client;

import java.util.concurrent.CompletableFuture;
import org.civicledger.api.credit.CreditCheck;
import org.civicledger.api.credit.CreditCheckRequest;

/**
 * A bank's credit checks of residents (role BANK), allowed only by the resident's valid consent. Obtained from
 * {@link CivicLedgerClient#creditChecks()}. Every new check is a ledger transaction on the resident's query log.
 *
 * <p>A check carries the bank's id for it ({@code checkId}): the same check with the same id again answers the
 * original check without logging it a second time. A request without one gets one per call, which the client's own
 * retries reuse; to retry across calls (after a timeout, a crash), set one ({@link Ids#newCheckId()}) and keep it.
 */
public interface CreditChecks {

    /**
     * Checks a resident's credit for one of the bank's loan products.
     *
     * @param request the check; without a {@code checkId} the SDK generates one
     * @return the explained score, its band and the product's terms for it
     * @throws ConsentRequiredException if no consent allows the check (missing, expired, revoked, for another
     *                                  purpose, or unsigned where the product requires a signature)
     * @throws IdConflictException      if the {@code checkId} was used for another check
     * @throws NotFoundException        if the resident or the product is unknown
     * @throws CivicLedgerException     on any other API or transport error
     */
    default CreditCheck check(CreditCheckRequest request) {
        return HttpTransport.await(checkAsync(request));
    }

    /**
     * {@link #check(CreditCheckRequest)} under an id generated for this call.
     *
     * @param residentId the resident
     * @param productId  one of the calling bank's loan products
     * @param purpose    the purpose the consent names, for example {@code loan}
     * @return the explained score, its band and the product's terms for it
     * @throws IllegalStateException if an argument is missing
     * @throws CivicLedgerException  as {@link #check(CreditCheckRequest)}
     */
    default CreditCheck check(String residentId, String productId, String purpose) {
        return check(CreditCheckRequest.builder().residentId(residentId).productId(productId).purpose(purpose)
                .build());
    }

    /**
     * Asynchronous {@link #check(CreditCheckRequest)}.
     *
     * @param request the check
     * @return a future of the check
     */
    @Endpoint("POST /api/v1/credit-checks")
    CompletableFuture<CreditCheck> checkAsync(CreditCheckRequest request);
}
