package org.civicledger.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.credit.CreditCheckLogEntry;
import org.civicledger.api.credit.CreditScore;

/**
 * The resident's own credit view, shown by their app: the explained score and who checked it. Obtained from
 * {@link CivicLedgerClient#residentCredit()}.
 */
public interface ResidentCredit {

    /**
     * Reads the resident's score with its reasons (role APP); writes nothing.
     *
     * @param residentId the resident
     * @return the explained score
     * @throws NotFoundException    if there is no such resident
     * @throws CivicLedgerException on any other API or transport error
     */
    default CreditScore score(String residentId) {
        return HttpTransport.await(scoreAsync(residentId));
    }

    /**
     * Asynchronous {@link #score(String)}.
     *
     * @param residentId the resident
     * @return a future of the score
     */
    @Endpoint("GET /api/v1/residents/{residentId}/credit")
    CompletableFuture<CreditScore> scoreAsync(String residentId);

    /**
     * Reads the resident's query log, oldest first: every bank that checked their credit, for what, and when (roles
     * APP and AUDITOR).
     *
     * @param residentId the resident
     * @return the checks
     * @throws NotFoundException    if there is no such resident
     * @throws CivicLedgerException on any other API or transport error
     */
    default List<CreditCheckLogEntry> queryLog(String residentId) {
        return HttpTransport.await(queryLogAsync(residentId));
    }

    /**
     * Asynchronous {@link #queryLog(String)}.
     *
     * @param residentId the resident
     * @return a future of the checks
     */
    @Endpoint("GET /api/v1/residents/{residentId}/credit-checks")
    CompletableFuture<List<CreditCheckLogEntry>> queryLogAsync(String residentId);
}
