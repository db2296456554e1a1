package org.civicledger.chaincode.model;

/**
 * A bank's credit check, as written to the resident's query log and returned to the bank:
 * the score with reasons and what the product offers the resident's band. {@code checkId} is the
 * bank's idempotency id when it sent one (absent otherwise); {@code disputed} marks a check whose dispute was
 * upheld (on every query log it is on).
 */
public record CreditCheck(String residentId, String bankId, String productId, String purpose, String consentId,
                          String at, String txId, Score score, boolean eligible, Long maxAmountFen,
                          Integer rateDiscountBps, String checkId, Disputed disputed) {

    public CreditCheck(String residentId, String bankId, String productId, String purpose, String consentId,
                       String at, String txId, Score score, boolean eligible, Long maxAmountFen,
                       Integer rateDiscountBps, String checkId) {
        this(residentId, bankId, productId, purpose, consentId, at, txId, score, eligible, maxAmountFen,
                rateDiscountBps, checkId, null);
    }

    /** On a query-log entry: the upheld dispute of this check, and when it was upheld. */
    public record Disputed(String disputeId, String at) {
    }

    public boolean sameRequest(String resident, String product, String why) {
        return residentId.equals(resident) && productId.equals(product) && purpose.equals(why);
    }
}
