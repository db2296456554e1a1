package org.civicledger.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.credit.LoanProduct;
import org.civicledger.api.credit.LoanProductRequest;

/**
 * Loan products: published by a bank (role BANK), listed by anyone. Obtained from
 * {@link CivicLedgerClient#loanProducts()}. Publishing is idempotent by {@code productId}.
 */
public interface LoanProducts {

    /**
     * Publishes a loan product; the same request again answers the original product, with
     * {@link LoanProduct#replayed()} true.
     *
     * @param request the product and its terms per score band
     * @return the published product
     * @throws IdConflictException  if the id was used before with other terms
     * @throws ForbiddenException   if the caller is not a bank
     * @throws CivicLedgerException on any other API or transport error
     */
    default LoanProduct publish(LoanProductRequest request) {
        return HttpTransport.await(publishAsync(request));
    }

    /**
     * Asynchronous {@link #publish(LoanProductRequest)}.
     *
     * @param request the product
     * @return a future of the published product
     */
    @Endpoint("POST /api/v1/loan-products")
    CompletableFuture<LoanProduct> publishAsync(LoanProductRequest request);

    /**
     * Lists every published loan product (any role).
     *
     * @return the products
     * @throws CivicLedgerException on any API or transport error
     */
    default List<LoanProduct> list() {
        return HttpTransport.await(listAsync());
    }

    /**
     * Asynchronous {@link #list()}.
     *
     * @return a future of the products
     */
    @Endpoint("GET /api/v1/loan-products")
    CompletableFuture<List<LoanProduct>> listAsync();
}
