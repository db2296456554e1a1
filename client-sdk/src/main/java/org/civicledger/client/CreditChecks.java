package org.civicledger.client;

import java.util.concurrent.CompletableFuture;

/**
 * A bank's credit checks of residents (role BANK), allowed only by the resident's valid consent. Obtained from
 * {@link CivicLedgerClient#creditChecks()}. Every new check is a ledger transaction on the resident's query log.
 *
 * <p>A check carries a client id ({@code checkId}): sending the same check with the same id again returns the
 * original check without logging it a second time. {@link #check(String, String, String)} generates one per call,
 * which the client's own retries reuse; to retry across calls (after a timeout, a crash), generate the id with
 * {@link Ids#newCheckId()}, keep it and use {@link #check(String, String, String, String)}.
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
     * Checks a resident's credit under a client id of the caller's choosing; the same id and request again return
     * the original check (same transaction) without a second entry on the query log.
     *
     * @param checkId    the check's id (see {@link Ids#newCheckId()}), scoped to the calling bank
     * @param residentId the resident
     * @param productId  one of the calling bank's loan products
     * @param purpose    the purpose the consent names
     * @return the explained score, its band and the product's terms for it
     * @throws IdConflictException      if the id was used for another check
     * @throws ConsentRequiredException if no consent allows the check
     * @throws NotFoundException        if the resident or the product is unknown
     * @throws CivicLedgerException     on any other API or transport error
     */
    CreditCheck check(String checkId, String residentId, String productId, String purpose);

    /**
     * Asynchronous {@link #check(String, String, String, String)}.
     *
     * @param checkId    the check's id
     * @param residentId the resident
     * @param productId  the product
     * @param purpose    the purpose
     * @return a future of the check
     */
    CompletableFuture<CreditCheck> checkAsync(String checkId, String residentId, String productId, String purpose);

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
