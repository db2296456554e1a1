package org.civicledger.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The resident's own credit view, shown by their app: the explained score and who checked it. Obtained from
 * {@link CivicLedgerClient#residentCredit()}.
 */
public interface ResidentCredit {

    /**
     * Reads the resident's score with its reasons ({@code GET /api/v1/residents/{residentId}/credit}, role APP).
     * Writes nothing.
     *
     * @param residentId the resident
     * @return the explained score
     * @throws NotFoundException    if there is no such resident
     * @throws CivicLedgerException on any other API or transport error
     */
    CreditScore score(String residentId);

    /**
     * Asynchronous {@link #score(String)}.
     *
     * @param residentId the resident
     * @return a future of the score
     */
    CompletableFuture<CreditScore> scoreAsync(String residentId);

    /**
     * Reads the resident's query log: every bank that checked their credit, for what, and when
     * ({@code GET /api/v1/residents/{residentId}/credit-checks}, roles APP and AUDITOR).
     *
     * @param residentId the resident
     * @return the checks, as an unmodifiable list
     * @throws NotFoundException    if there is no such resident
     * @throws CivicLedgerException on any other API or transport error
     */
    List<CreditCheckLogEntry> queryLog(String residentId);

    /**
     * Asynchronous {@link #queryLog(String)}.
     *
     * @param residentId the resident
     * @return a future of the checks
     */
    CompletableFuture<List<CreditCheckLogEntry>> queryLogAsync(String residentId);
}
