package org.civicledger.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.civicledger.api.credit.LineEntry;
import org.civicledger.api.credit.LineEntryRequest;
import org.civicledger.api.credit.LoanDecision;
import org.civicledger.api.credit.LoanDecisionRequest;

/**
 * A bank's loan decisions on its credit checks and the credit lines they open (role BANK; an AUDITOR reads any
 * bank's). Obtained from {@link CivicLedgerClient#loanDecisions()}. Every write is idempotent by its id: the
 * decision id (per bank), the drawdown or repayment id (per line).
 *
 * <pre>{@code
 * CreditCheck check = bank.creditChecks().check(residentId, "micro-loan", "loan");
 * LoanDecision line = bank.loanDecisions().decide(
 *         LoanDecisionRequest.granted("line-0001", check.txId(), 2_000_000, 435, 36).build());
 * bank.loanDecisions().draw(line.decisionId(), LineEntryRequest.drawdown("draw-0001", 500_000));
 * }</pre>
 */
public interface LoanDecisions {

    /**
     * Records a decision on one of the bank's own credit checks (at most 30 days old; one decision per check).
     *
     * @param request the decision
     * @return the decision, with {@link LoanDecision#replayed()} true for the same request sent again
     * @throws NotFoundException         if the check is unknown or another bank's
     * @throws CheckExpiredException     if the check is older than 30 days
     * @throws BandMismatchException     if the line goes beyond the product's bands without an override
     * @throws InvalidStateException     if the check already has a decision
     * @throws IdConflictException       if the decision id was used with another body
     * @throws ValidationFailedException if a field breaks its rule (an override on a line that needs none)
     * @throws CivicLedgerException      on any other API or transport error
     */
    default LoanDecision decide(LoanDecisionRequest request) {
        return HttpTransport.await(decideAsync(request));
    }

    /**
     * Asynchronous {@link #decide(LoanDecisionRequest)}.
     *
     * @param request the decision
     * @return a future of the decision
     */
    @Endpoint("POST /api/v1/loan-decisions")
    CompletableFuture<LoanDecision> decideAsync(LoanDecisionRequest request);

    /**
     * Reads one of the calling bank's decisions.
     *
     * @param decisionId the decision
     * @return the decision with the line's totals
     * @throws NotFoundException    if the bank has no such decision
     * @throws CivicLedgerException on any other API or transport error
     */
    default LoanDecision get(String decisionId) {
        return HttpTransport.await(getAsync(decisionId, null));
    }

    /**
     * Reads a decision of a named bank (an AUDITOR; a BANK may name only itself).
     *
     * @param decisionId the decision
     * @param bankId     the bank
     * @return the decision with the line's totals
     * @throws NotFoundException    if the bank has no such decision
     * @throws CivicLedgerException on any other API or transport error
     */
    default LoanDecision get(String decisionId, String bankId) {
        return HttpTransport.await(getAsync(decisionId, bankId));
    }

    /**
     * Asynchronous {@link #get(String, String)}.
     *
     * @param decisionId the decision
     * @param bankId     the bank, or null for the calling bank
     * @return a future of the decision
     */
    @Endpoint("GET /api/v1/loan-decisions/{decisionId}")
    CompletableFuture<LoanDecision> getAsync(String decisionId, String bankId);

    /**
     * Lists decisions: a BANK's own, an AUDITOR's of every bank.
     *
     * @return the decisions, per bank in decision id order
     * @throws CivicLedgerException on any API or transport error
     */
    default List<LoanDecision> list() {
        return HttpTransport.await(listAsync(null));
    }

    /**
     * Asynchronous list of one bank's decisions (an AUDITOR's filter; a BANK may name only itself).
     *
     * @param bankId the bank, or null for all the caller may read
     * @return a future of the decisions
     */
    @Endpoint("GET /api/v1/loan-decisions")
    CompletableFuture<List<LoanDecision>> listAsync(String bankId);

    /**
     * Draws from an ACTIVE line; the drawn total stays within the line.
     *
     * @param decisionId the line's decision
     * @param request    {@link LineEntryRequest#drawdown(String, long)}
     * @return the entry, with the line's totals after it
     * @throws LineExceededException if the drawn total would pass the line
     * @throws InvalidStateException if the line is CLOSED or DECLINED
     * @throws NotFoundException     if the bank has no such line
     * @throws CivicLedgerException  on any other API or transport error
     */
    default LineEntry draw(String decisionId, LineEntryRequest request) {
        return HttpTransport.await(drawAsync(decisionId, request));
    }

    /**
     * Asynchronous {@link #draw(String, LineEntryRequest)}.
     *
     * @param decisionId the line's decision
     * @param request    the drawdown
     * @return a future of the entry
     */
    @Endpoint("POST /api/v1/loan-decisions/{decisionId}/drawdowns")
    CompletableFuture<LineEntry> drawAsync(String decisionId, LineEntryRequest request);

    /**
     * Records a repayment on an ACTIVE line, at most what is outstanding.
     *
     * @param decisionId the line's decision
     * @param request    {@link LineEntryRequest#repayment(String, long)}
     * @return the entry, with the line's totals after it
     * @throws LineExceededException if it is above the outstanding amount
     * @throws InvalidStateException if the line is CLOSED or DECLINED
     * @throws NotFoundException     if the bank has no such line
     * @throws CivicLedgerException  on any other API or transport error
     */
    default LineEntry repay(String decisionId, LineEntryRequest request) {
        return HttpTransport.await(repayAsync(decisionId, request));
    }

    /**
     * Asynchronous {@link #repay(String, LineEntryRequest)}.
     *
     * @param decisionId the line's decision
     * @param request    the repayment
     * @return a future of the entry
     */
    @Endpoint("POST /api/v1/loan-decisions/{decisionId}/repayments")
    CompletableFuture<LineEntry> repayAsync(String decisionId, LineEntryRequest request);

    /**
     * Closes an ACTIVE line with nothing outstanding; closing it again answers the closure.
     *
     * @param decisionId the line's decision
     * @return the closed line, its {@code txId} the closure's
     * @throws InvalidStateException if something is outstanding, or the line is DECLINED
     * @throws NotFoundException     if the bank has no such line
     * @throws CivicLedgerException  on any other API or transport error
     */
    default LoanDecision close(String decisionId) {
        return HttpTransport.await(closeAsync(decisionId));
    }

    /**
     * Asynchronous {@link #close(String)}.
     *
     * @param decisionId the line's decision
     * @return a future of the closed line
     */
    @Endpoint("POST /api/v1/loan-decisions/{decisionId}/closure")
    CompletableFuture<LoanDecision> closeAsync(String decisionId);
}
