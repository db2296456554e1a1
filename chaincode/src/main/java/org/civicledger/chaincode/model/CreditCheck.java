package org.civicledger.chaincode.model;

import java.util.List;
import java.util.Objects;

/**
 * A bank's credit check, as written to the resident's query log and returned to the bank:
 * the score with reasons and what the product offers the resident's band. {@code checkId} is the
 * bank's idempotency id when it sent one (absent otherwise).
 *
 * <p>A check of a household sets {@code householdId}, its {@code communityId} and {@code memberIds} (sorted) at
 * the check; {@code residentId} is then the head whose consent allowed it, and the same record is on every member's
 * query log. The three are absent on a check of a resident alone. {@code disputed} marks a check whose dispute was
 * upheld (on every query log it is on).
 */
public record CreditCheck(String residentId, String bankId, String productId, String purpose, String consentId,
                          String at, String txId, Score score, boolean eligible, Long maxAmountFen,
                          Integer rateDiscountBps, String checkId, String householdId, String communityId,
                          List<String> memberIds, Disputed disputed) {

    /** A check as made: not disputed. */
    public CreditCheck(String residentId, String bankId, String productId, String purpose, String consentId,
                       String at, String txId, Score score, boolean eligible, Long maxAmountFen,
                       Integer rateDiscountBps, String checkId, String householdId, String communityId,
                       List<String> memberIds) {
        this(residentId, bankId, productId, purpose, consentId, at, txId, score, eligible, maxAmountFen,
                rateDiscountBps, checkId, householdId, communityId, memberIds, null);
    }

    /** A check of a resident alone. */
    public CreditCheck(String residentId, String bankId, String productId, String purpose, String consentId,
                       String at, String txId, Score score, boolean eligible, Long maxAmountFen,
                       Integer rateDiscountBps, String checkId) {
        this(residentId, bankId, productId, purpose, consentId, at, txId, score, eligible, maxAmountFen,
                rateDiscountBps, checkId, null, null, null);
    }

    /** On a query-log entry: the upheld dispute of this check, and when it was upheld. */
    public record Disputed(String disputeId, String at) {
    }

    public boolean sameRequest(String resident, String product, String why) {
        return householdId == null && residentId.equals(resident) && productId.equals(product) && purpose.equals(why);
    }

    /** Whether a request naming this subject (a resident, or a household of a community) asks for this check. */
    public boolean sameRequest(String resident, String household, String community, String product, String why) {
        if (household == null) {
            return sameRequest(resident, product, why);
        }
        return household.equals(householdId) && Objects.equals(community, communityId) && productId.equals(product)
                && purpose.equals(why);
    }
}
