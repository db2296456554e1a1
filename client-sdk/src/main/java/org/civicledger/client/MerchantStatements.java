package org.civicledger.client;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.points.MerchantStatement;

/**
 * Merchant statements: a merchant's redemptions and what is not yet settled (roles: that MERCHANT, ADMIN, AUDITOR).
 * Obtained from {@link CivicLedgerClient#merchantStatements()}. The {@code …Async} variant never throws: it completes
 * exceptionally with the exception the blocking variants throw.
 */
public interface MerchantStatements {

    /**
     * Reads a merchant's whole statement.
     *
     * @param merchantId the merchant, for example {@code demo-merchant}
     * @return the statement
     * @throws ForbiddenException   if the caller is another merchant, a bank or an app
     * @throws CivicLedgerException on any other API or transport error
     */
    default MerchantStatement statement(String merchantId) {
        return statement(merchantId, null, null);
    }

    /**
     * Reads a merchant's statement for a period.
     *
     * @param merchantId the merchant
     * @param from       the first instant included, or {@code null} for no lower bound (as is any instant before
     *                   1677-09-21, such as {@link Instant#MIN})
     * @param to         the first instant excluded, or {@code null} for no upper bound (as is any instant after
     *                   2262-04-11, such as {@link Instant#MAX} or 9999-12-31T23:59:59Z)
     * @return the statement of the redemptions in {@code [from, to)}
     * @throws ForbiddenException   if the caller is another merchant, a bank or an app
     * @throws CivicLedgerException on any other API or transport error
     */
    default MerchantStatement statement(String merchantId, Instant from, Instant to) {
        return HttpTransport.await(statementAsync(merchantId, from, to));
    }

    /**
     * Asynchronous {@link #statement(String, Instant, Instant)}.
     *
     * @param merchantId the merchant
     * @param from       the first instant included, or {@code null}
     * @param to         the first instant excluded, or {@code null}
     * @return a future of the statement
     */
    @Endpoint("GET /api/v1/merchants/{merchantId}/statement")
    CompletableFuture<MerchantStatement> statementAsync(String merchantId, Instant from, Instant to);
}
