package org.civicledger.client;

import java.util.concurrent.CompletableFuture;

/**
 * A bank's credit checks of residents (role BANK), allowed only by the resident's valid consent. Obtained from
 * {@link CivicLedgerClient#creditChecks()}. Every check is a ledger transaction on the resident's query log.
 */
public interface CreditChecks {

    /**
     * Checks a resident's credit for one of the bank's loan products ({@code POST /api/v1/credit-checks}).
     *
     * @param residentId the resident
     * @param productId  one of the calling bank's loan products
     * @param purpose    the purpose the consent names, for example {@code loan}
     * @return the explained score, its band and the product's terms for it
     * @throws ConsentRequiredException if no consent allows the check (missing, expired, revoked, for another
     *                                  purpose, or unsigned where the product requires a signature)
     * @throws NotFoundException        if the resident or the product is unknown
     * @throws CivicLedgerException     on any other API or transport error
     */
    CreditCheck check(String residentId, String productId, String purpose);

    /**
     * Asynchronous {@link #check(String, String, String)}.
     *
     * @param residentId the resident
     * @param productId  the product
     * @param purpose    the purpose
     * @return a future of the check
     */
    CompletableFuture<CreditCheck> checkAsync(String residentId, String productId, String purpose);
}
