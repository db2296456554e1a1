package org.civicledger.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Loan products: published by a bank (role BANK), listed by anyone. Obtained from
 * {@link CivicLedgerClient#loanProducts()}. Publishing is idempotent by {@code productId}.
 */
public interface LoanProducts {

    /**
     * Publishes a loan product ({@code POST /api/v1/loan-products}). The same request again returns the original
     * product, with {@link LoanProduct#replayed()} true.
     *
     * @param request the product and its terms per score band
     * @return the published product
     * @throws IdConflictException  if the id was used before with other terms
     * @throws ForbiddenException   if the caller is not a bank
     * @throws CivicLedgerException on any other API or transport error
     */
    LoanProduct publish(LoanProductRequest request);

    /**
     * Asynchronous {@link #publish(LoanProductRequest)}.
     *
     * @param request the product
     * @return a future of the published product
     */
    CompletableFuture<LoanProduct> publishAsync(LoanProductRequest request);

    /**
     * Lists every published loan product ({@code GET /api/v1/loan-products}, any role).
     *
     * @return the products, as an unmodifiable list
     * @throws CivicLedgerException on any API or transport error
     */
    List<LoanProduct> list();

    /**
     * Asynchronous {@link #list()}.
     *
     * @return a future of the products
     */
    CompletableFuture<List<LoanProduct>> listAsync();
}
