package org.civicledger.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.Limits;
import org.civicledger.api.reports.AnomalyReport;
import org.civicledger.api.reports.AwardsReport;
import org.civicledger.api.reports.CreditCheckEntry;
import org.civicledger.api.reports.CreditCheckReport;
import org.civicledger.api.reports.DecisionsReport;

/**
 * The supervisors' reports, from the gateway's read model (roles: AUDITOR, any community; ADMIN, its own): the
 * credit checks banks made, who awarded what, who decided reversals and disputes, and anomalies traced to their
 * transactions. Each answer's {@code asOf} says how far the read model had followed the ledger. Obtained from
 * {@code client.reports().oversight()}. The {@code …Async} variants never throw: they complete exceptionally with
 * the exception the blocking variants throw.
 *
 * <pre>{@code
 * Oversight oversight = auditor.reports().oversight();
 * List<CreditCheckEntry> checks = oversight.allCreditChecks(OversightQuery.builder().build(), "bank-x");
 * }</pre>
 */
public interface Oversight {

    /**
     * Reads one page of the credit checks of a period, oldest first.
     *
     * @param query  the community and period
     * @param bankId only this bank's checks, or null for every bank's
     * @param limit  checks per page, 1 to {@value Limits#MAX_REPORT_ROWS}
     * @param cursor the previous page's {@code nextCursor}, or null for the first page
     * @return the page; its {@code nextCursor} is null on the last
     * @throws IllegalArgumentException  if the limit is out of range
     * @throws ValidationFailedException if the gateway refuses the period, an id or the cursor
     * @throws ForbiddenException        if the caller is neither AUDITOR nor ADMIN, or an ADMIN names another
     *                                   community
     * @throws CivicLedgerException      on any other API or transport error
     */
    default CreditCheckReport creditChecks(OversightQuery query, String bankId, int limit, String cursor) {
        return HttpTransport.await(creditChecksAsync(query, bankId, limit, cursor));
    }

    /**
     * Asynchronous {@link #creditChecks(OversightQuery, String, int, String)}.
     *
     * @param query  the community and period
     * @param bankId the bank, or null
     * @param limit  checks per page
     * @param cursor the previous page's cursor, or null
     * @return a future of the page
     */
    @Endpoint("GET /api/v1/reports/oversight/credit-checks")
    CompletableFuture<CreditCheckReport> creditChecksAsync(OversightQuery query, String bankId, int limit,
                                                           String cursor);

    /**
     * Reads every credit check of a period, page after page ({@value Limits#MAX_REPORT_ROWS} a page).
     *
     * @param query  the community and period
     * @param bankId only this bank's checks, or null for every bank's
     * @return the checks, oldest first
     * @throws ForbiddenException   if the caller may not read the report
     * @throws CivicLedgerException on any other API or transport error
     */
    default List<CreditCheckEntry> allCreditChecks(OversightQuery query, String bankId) {
        List<CreditCheckEntry> all = new ArrayList<>();
        String cursor = null;
        do {
            CreditCheckReport page = creditChecks(query, bankId, Limits.MAX_REPORT_ROWS, cursor);
            all.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return all;
    }

    /**
     * Reads the awards of a period by app and by attester, the pending contributions, and the approvals and
     * rejections by who decided them.
     *
     * @param query the community and period
     * @return the report
     * @throws ForbiddenException   if the caller may not read the report
     * @throws CivicLedgerException on any other API or transport error
     */
    default AwardsReport awards(OversightQuery query) {
        return HttpTransport.await(awardsAsync(query));
    }

    /**
     * Asynchronous {@link #awards(OversightQuery)}.
     *
     * @param query the community and period
     * @return a future of the report
     */
    @Endpoint("GET /api/v1/reports/oversight/awards")
    CompletableFuture<AwardsReport> awardsAsync(OversightQuery query);

    /**
     * Reads the reversals and dispute resolutions of a period by who decided them, and the overdue disputes.
     *
     * @param query the community and period
     * @return the report
     * @throws ForbiddenException   if the caller may not read the report
     * @throws CivicLedgerException on any other API or transport error
     */
    default DecisionsReport decisions(OversightQuery query) {
        return HttpTransport.await(decisionsAsync(query));
    }

    /**
     * Asynchronous {@link #decisions(OversightQuery)}.
     *
     * @param query the community and period
     * @return a future of the report
     */
    @Endpoint("GET /api/v1/reports/oversight/decisions")
    CompletableFuture<DecisionsReport> decisionsAsync(OversightQuery query);

    /**
     * Reads the anomalies of a period with the gateway's default multiple of the median.
     *
     * @param query the community and period
     * @return the findings, each with its transactions
     * @throws ForbiddenException   if the caller may not read the report
     * @throws CivicLedgerException on any other API or transport error
     */
    default AnomalyReport anomalies(OversightQuery query) {
        return HttpTransport.await(anomaliesAsync(query, null));
    }

    /**
     * Reads the anomalies of a period.
     *
     * @param query    the community and period
     * @param multiple how many times the community's median a measure must exceed, {@value
     *                 Limits#MIN_ANOMALY_MULTIPLE} to {@value Limits#MAX_ANOMALY_MULTIPLE}
     * @return the findings, each with its transactions
     * @throws IllegalArgumentException if the multiple is out of range
     * @throws ForbiddenException       if the caller may not read the report
     * @throws CivicLedgerException     on any other API or transport error
     */
    default AnomalyReport anomalies(OversightQuery query, int multiple) {
        return HttpTransport.await(anomaliesAsync(query, multiple));
    }

    /**
     * Asynchronous {@link #anomalies(OversightQuery, int)}.
     *
     * @param query    the community and period
     * @param multiple the multiple of the median, or null for the gateway's default
     * @return a future of the report
     */
    @Endpoint("GET /api/v1/reports/anomalies")
    CompletableFuture<AnomalyReport> anomaliesAsync(OversightQuery query, Integer multiple);
}
