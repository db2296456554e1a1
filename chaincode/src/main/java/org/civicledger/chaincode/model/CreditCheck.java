package org.civicledger.chaincode.model;

/**
 * A bank's credit check, as written to the resident's query log and returned to the bank:
 * the score with reasons and what the product offers the resident's band. {@code checkId} is the
 * bank's idempotency id when it sent one (absent otherwise).
 */
public record CreditCheck(String residentId, String bankId, String productId, String purpose, String consentId,
                          String at, String txId, Score score, boolean eligible, Long maxAmountFen,
                          Integer rateDiscountBps, String checkId) {

    public boolean sameRequest(String resident, String product, String why) {
        return residentId.equals(resident) && productId.equals(product) && purpose.equals(why);
    }
}
