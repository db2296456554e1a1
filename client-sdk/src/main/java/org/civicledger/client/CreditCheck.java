package org.civicledger.client;

import java.util.Objects;

/**
 * A bank's credit check of a resident for a loan product: the answer to {@link CreditChecks#check}. Every check is
 * a ledger transaction on the resident's query log.
 */
public final class CreditCheck {
    private final CreditScore credit;
    private final String productId;
    private final String purpose;
    private final String consentId;
    private final boolean eligible;
    private final Long maxAmountFen;
    private final Integer rateDiscountBps;
    private final String checkId;
    private final String txId;
    private final long blockNumber;

    CreditCheck(CreditScore credit, String productId, String purpose, String consentId, boolean eligible,
            Long maxAmountFen, Integer rateDiscountBps, String checkId, String txId, long blockNumber) {
        this.credit = Objects.requireNonNull(credit, "credit");
        this.productId = Objects.requireNonNull(productId, "productId");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.consentId = Objects.requireNonNull(consentId, "consentId");
        this.eligible = eligible;
        this.maxAmountFen = maxAmountFen;
        this.rateDiscountBps = rateDiscountBps;
        this.checkId = checkId;
        this.txId = Objects.requireNonNull(txId, "txId");
        this.blockNumber = blockNumber;
    }

    /**
     * Returns the explained score.
     *
     * @return the explained score
     */
    public CreditScore credit() {
        return credit;
    }

    /**
     * Returns the product checked.
     *
     * @return the product checked
     */
    public String productId() {
        return productId;
    }

    /**
     * Returns the purpose of the check.
     *
     * @return the purpose of the check
     */
    public String purpose() {
        return purpose;
    }

    /**
     * Returns the consent that allowed the check.
     *
     * @return the consent that allowed the check
     */
    public String consentId() {
        return consentId;
    }

    /**
     * Returns whether the score's band is eligible for the product.
     *
     * @return whether the score's band is eligible for the product
     */
    public boolean eligible() {
        return eligible;
    }

    /**
     * Returns the largest loan for the band in fen, or {@code null} when not eligible.
     *
     * @return the largest loan for the band in fen, or {@code null} when not eligible
     */
    public Long maxAmountFen() {
        return maxAmountFen;
    }

    /**
     * Returns the rate discount for the band in basis points, or {@code null} when not eligible.
     *
     * @return the rate discount for the band in basis points, or {@code null} when not eligible
     */
    public Integer rateDiscountBps() {
        return rateDiscountBps;
    }

    /**
     * Returns the check's idempotency id: sending the same check with it again returns this check, unlogged.
     *
     * @return the check's id, or {@code null} from a gateway that does not return it
     */
    public String checkId() {
        return checkId;
    }

    /**
     * Returns the transaction of the check.
     *
     * @return the transaction of the check
     */
    public String txId() {
        return txId;
    }

    /**
     * Returns the block of that transaction.
     *
     * @return the block of that transaction
     */
    public long blockNumber() {
        return blockNumber;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CreditCheck)) {
            return false;
        }
        CreditCheck o = (CreditCheck) other;
        return Objects.equals(credit, o.credit) && Objects.equals(productId, o.productId)
                && Objects.equals(purpose, o.purpose) && Objects.equals(consentId, o.consentId)
                && eligible == o.eligible && Objects.equals(maxAmountFen, o.maxAmountFen)
                && Objects.equals(rateDiscountBps, o.rateDiscountBps) && Objects.equals(txId, o.txId)
                && blockNumber == o.blockNumber;
    }

    @Override
    public int hashCode() {
        return Objects.hash(credit, productId, purpose, consentId, eligible, maxAmountFen, rateDiscountBps, txId,
                blockNumber);
    }

    @Override
    public String toString() {
        return "CreditCheck{credit=" + credit
                + ", productId=" + productId
                + ", purpose=" + purpose
                + ", consentId=" + consentId
                + ", eligible=" + eligible
                + ", maxAmountFen=" + maxAmountFen
                + ", rateDiscountBps=" + rateDiscountBps
                + ", txId=" + txId
                + ", blockNumber=" + blockNumber + "}";
    }
}
