package org.civicledger.chaincode.model;

import java.util.List;
import java.util.Objects;
import org.civicledger.api.credit.Band;
import org.civicledger.api.credit.CreditSubject;
import org.civicledger.api.credit.LineStatus;
import org.civicledger.api.credit.LoanOutcome;

/**
 * A bank's loan decision on one of its credit checks and, when GRANTED, the credit line it opened: the terms, the
 * band and model version the check gave (copied from the check, never sent by the bank), a documented
 * {@code override} when the terms go beyond the product's published bands, and the running totals of drawdowns
 * and repayments. A DECLINED decision gives {@code reasonCodes} ({@code DeclineReason} codes) and no terms.
 * {@code closedAt}/{@code closedTxId} are set when the line is closed.
 */
public record CreditLine(String decisionId, String bankId, String productId, String checkTxId,
                         CreditSubject subjectType, String residentId, String householdId, String communityId,
                         LoanOutcome outcome, Long amountFen, Integer rateBps, Integer termMonths, Band band,
                         long modelVersion, BandOverride override, List<String> reasonCodes, LineStatus status,
                         long drawnFen, long repaidFen, String decidedAt, String txId, String closedAt,
                         String closedTxId) {

    public CreditLine {
        reasonCodes = reasonCodes == null ? null : List.copyOf(reasonCodes);
    }

    /** A documented override of the product's bands: an {@code OverrideReason} code and the bank's note. */
    public record BandOverride(String reasonCode, String note) {
    }

    /** @return what is drawn and not yet repaid, in fen */
    public long outstandingFen() {
        return drawnFen - repaidFen;
    }

    /** @return whether a retry of a decision asks for what this one recorded */
    public boolean sameDecision(String check, LoanOutcome asked, Long amount, Integer rate, Integer term,
                                BandOverride overrideAsked, List<String> reasons) {
        return checkTxId.equals(check) && outcome == asked && Objects.equals(amountFen, amount)
                && Objects.equals(rateBps, rate) && Objects.equals(termMonths, term)
                && Objects.equals(override, overrideAsked) && Objects.equals(reasonCodes, reasons);
    }

    /** @return this line with the totals after a drawdown or repayment */
    public CreditLine withTotals(long drawn, long repaid) {
        return new CreditLine(decisionId, bankId, productId, checkTxId, subjectType, residentId, householdId,
                communityId, outcome, amountFen, rateBps, termMonths, band, modelVersion, override, reasonCodes,
                status, drawn, repaid, decidedAt, txId, closedAt, closedTxId);
    }

    /** @return this line closed at {@code at} by transaction {@code closingTxId} */
    public CreditLine closed(String at, String closingTxId) {
        return new CreditLine(decisionId, bankId, productId, checkTxId, subjectType, residentId, householdId,
                communityId, outcome, amountFen, rateBps, termMonths, band, modelVersion, override, reasonCodes,
                LineStatus.CLOSED, drawnFen, repaidFen, decidedAt, txId, at, closingTxId);
    }

    /**
     * What closing answers, the first time and on a retry: the line, its {@code txId} the closing transaction's
     * (a retry must cite the closure, not the decision).
     */
    public CreditLine closureAnswer() {
        return new CreditLine(decisionId, bankId, productId, checkTxId, subjectType, residentId, householdId,
                communityId, outcome, amountFen, rateBps, termMonths, band, modelVersion, override, reasonCodes,
                status, drawnFen, repaidFen, decidedAt, closedTxId, closedAt, closedTxId);
    }
}
