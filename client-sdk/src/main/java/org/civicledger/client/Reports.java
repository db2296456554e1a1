package org.civicledger.client;

import java.time.YearMonth;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.reports.CreditProgrammeReport;
import org.civicledger.api.reports.TransparencyBoard;

/**
 * Reports from the gateway's read model. Obtained from {@link CivicLedgerClient#reports()}. The transparency board
 * is public: a client built {@link CivicLedgerClient.Builder#withoutToken() without a token} may read it.
 *
 * <pre>{@code
 * CivicLedgerClient anyone = CivicLedgerClient.builder().baseUrl(url).withoutToken().build();
 * TransparencyBoard board = anyone.reports().transparency("demo", YearMonth.of(2026, 1), YearMonth.of(2026, 12));
 * }</pre>
 */
public interface Reports {

    /**
     * A community's transparency board: per month (UTC) and for the period, points issued, redeemed, expired and
     * reversed, by category and by exchange point, active residents and the value of redemptions. Cells of fewer
     * than {@link org.civicledger.api.Limits#ANONYMITY_THRESHOLD} residents, and the cells that would give them away,
     * are suppressed ({@link org.civicledger.api.reports.ReportCell#suppressed()}).
     *
     * @param communityId the community
     * @param from        the first month, or {@code null} for 11 months before {@code to}
     * @param to          the last month (included), or {@code null} for the current month; at most
     *                    {@link org.civicledger.api.Limits#MAX_REPORT_MONTHS} months from {@code from}
     * @return the board
     * @throws ValidationFailedException if {@code to} is before {@code from} or the period is longer than the limit
     * @throws NotFoundException    if the gateway's read model knows no such community
     * @throws CivicLedgerException on any other API or transport error
     */
    default TransparencyBoard transparency(String communityId, YearMonth from, YearMonth to) {
        return HttpTransport.await(transparencyAsync(communityId, from, to));
    }

    /**
     * Asynchronous {@link #transparency(String, YearMonth, YearMonth)}.
     *
     * @param communityId the community
     * @param from        the first month, or {@code null}
     * @param to          the last month, or {@code null}
     * @return a future of the board
     */
    @Endpoint("GET /api/v1/reports/communities/{communityId}/transparency")
    CompletableFuture<TransparencyBoard> transparencyAsync(String communityId, YearMonth from, YearMonth to);

    /**
     * The oversight and anomaly reports (roles AUDITOR, and ADMIN for its own community); not for a client without a
     * token.
     *
     * @return the oversight reports of this client
     */
    Oversight oversight();

    /**
     * The credit programme's figures: households and residents enrolled and credited, coverage (credited ÷ enrolled)
     * as an exact fraction and in basis points, lines granted, declines, drawn, repaid and outstanding fen,
     * overrides and closures; cumulative at the end of the period and per month, for the whole scope, per community
     * and per bank. An AUDITOR reads everything; a BANK its own bank only; a community's ADMIN its own community over
     * every bank, without any bank's figures. Not for a client without a token.
     *
     * <pre>{@code
     * CreditProgrammeReport report = bank.reports().creditProgramme(null, null, YearMonth.of(2026, 1), null);
     * long basisPoints = report.programme().cumulative().householdCoverage().basisPoints();
     * }</pre>
     *
     * @param communityId only this community, or {@code null} for every community in the caller's scope (an
     *                    ADMIN's own community)
     * @param bankId      only this bank, or {@code null} for every bank in the caller's scope (a BANK's own); an
     *                    ADMIN passes {@code null}
     * @param from        the first month, or {@code null} for 11 months before {@code to}
     * @param to          the last month (included), or {@code null} for the current month; at most
     *                    {@link org.civicledger.api.Limits#MAX_REPORT_MONTHS} months from {@code from}
     * @return the figures, with {@code asOf}
     * @throws ValidationFailedException if the period or an id is refused
     * @throws ForbiddenException        if the caller is not an AUDITOR, BANK or ADMIN, a BANK names another bank, or
     *                                   an ADMIN names another community or any bank
     * @throws CivicLedgerException      on any other API or transport error
     */
    default CreditProgrammeReport creditProgramme(String communityId, String bankId, YearMonth from, YearMonth to) {
        return HttpTransport.await(creditProgrammeAsync(communityId, bankId, from, to));
    }

    /**
     * Asynchronous {@link #creditProgramme(String, String, YearMonth, YearMonth)}.
     *
     * @param communityId the community, or {@code null}
     * @param bankId      the bank, or {@code null}
     * @param from        the first month, or {@code null}
     * @param to          the last month, or {@code null}
     * @return a future of the figures
     */
    @Endpoint("GET /api/v1/reports/credit-programme")
    CompletableFuture<CreditProgrammeReport> creditProgrammeAsync(String communityId, String bankId, YearMonth from,
                                                                  YearMonth to);
}
