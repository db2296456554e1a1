package org.civicledger.client;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a resident's credit query log ({@link ResidentCredit#queryLog}): which bank checked, for what, and
 * when.
 */
public final class CreditCheckLogEntry {
    private final String bankId;
    private final String productId;
    private final String purpose;
    private final Instant at;
    private final String txId;

    CreditCheckLogEntry(String bankId, String productId, String purpose, Instant at, String txId) {
        this.bankId = Objects.requireNonNull(bankId, "bankId");
        this.productId = Objects.requireNonNull(productId, "productId");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.at = Objects.requireNonNull(at, "at");
        this.txId = Objects.requireNonNull(txId, "txId");
    }

    /**
     * Returns the bank that checked.
     *
     * @return the bank that checked
     */
    public String bankId() {
        return bankId;
    }

    /**
     * Returns the product.
     *
     * @return the product
     */
    public String productId() {
        return productId;
    }

    /**
     * Returns the purpose.
     *
     * @return the purpose
     */
    public String purpose() {
        return purpose;
    }

    /**
     * Returns when the check was made.
     *
     * @return when the check was made
     */
    public Instant at() {
        return at;
    }

    /**
     * Returns the transaction of the check.
     *
     * @return the transaction of the check
     */
    public String txId() {
        return txId;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CreditCheckLogEntry)) {
            return false;
        }
        CreditCheckLogEntry o = (CreditCheckLogEntry) other;
        return Objects.equals(bankId, o.bankId) && Objects.equals(productId, o.productId)
                && Objects.equals(purpose, o.purpose) && Objects.equals(at, o.at) && Objects.equals(txId, o.txId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bankId, productId, purpose, at, txId);
    }

    @Override
    public String toString() {
        return "CreditCheckLogEntry{bankId=" + bankId
                + ", productId=" + productId
                + ", purpose=" + purpose
                + ", at=" + at
                + ", txId=" + txId + "}";
    }
}
