package org.civicledger.client;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A bank's published loan product: the answer to {@link LoanProducts#publish} and an item of
 * {@link LoanProducts#list}.
 */
public final class LoanProduct {
    private final String bankId;
    private final String productId;
    private final String name;
    private final boolean requireSignedConsent;
    private final Map<String, LoanTerms> bands;
    private final Instant publishedAt;
    private final String txId;
    private final Long blockNumber;
    private final boolean replayed;

    LoanProduct(String bankId, String productId, String name, boolean requireSignedConsent,
            Map<String, LoanTerms> bands, Instant publishedAt, String txId, Long blockNumber, boolean replayed) {
        this.bankId = Objects.requireNonNull(bankId, "bankId");
        this.productId = Objects.requireNonNull(productId, "productId");
        this.name = Objects.requireNonNull(name, "name");
        this.requireSignedConsent = requireSignedConsent;
        this.bands = Objects.requireNonNull(bands, "bands");
        this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt");
        this.txId = Objects.requireNonNull(txId, "txId");
        this.blockNumber = blockNumber;
        this.replayed = replayed;
    }

    /**
     * Returns the bank.
     *
     * @return the bank
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
     * Returns the name shown to residents.
     *
     * @return the name shown to residents
     */
    public String name() {
        return name;
    }

    /**
     * Returns whether a credit check for the product needs a consent signed by the resident.
     *
     * @return whether a credit check for the product needs a consent signed by the resident
     */
    public boolean requireSignedConsent() {
        return requireSignedConsent;
    }

    /**
     * Returns the terms per score band ({@code A} to {@code D}), as an unmodifiable map; an absent band is not
     * eligible.
     *
     * @return the terms per score band ({@code A} to {@code D}), as an unmodifiable map; an absent band is not eligible
     */
    public Map<String, LoanTerms> bands() {
        return bands;
    }

    /**
     * Returns when the product was published.
     *
     * @return when the product was published
     */
    public Instant publishedAt() {
        return publishedAt;
    }

    /**
     * Returns the transaction that published it.
     *
     * @return the transaction that published it
     */
    public String txId() {
        return txId;
    }

    /**
     * Returns the block of that transaction on the answer to a write, otherwise {@code null}.
     *
     * @return the block of that transaction on the answer to a write, otherwise {@code null}
     */
    public Long blockNumber() {
        return blockNumber;
    }

    /**
     * Returns whether this answer is a replay: the same request was sent before, and this is the original result (HTTP
     * 200 rather than 201).
     *
     * @return whether this answer is a replay: the same request was sent before, and this is the original result (HTTP
     *         200 rather than 201)
     */
    public boolean replayed() {
        return replayed;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof LoanProduct)) {
            return false;
        }
        LoanProduct o = (LoanProduct) other;
        return Objects.equals(bankId, o.bankId) && Objects.equals(productId, o.productId)
                && Objects.equals(name, o.name) && requireSignedConsent == o.requireSignedConsent
                && Objects.equals(bands, o.bands) && Objects.equals(publishedAt, o.publishedAt)
                && Objects.equals(txId, o.txId) && Objects.equals(blockNumber, o.blockNumber) && replayed == o.replayed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(bankId, productId, name, requireSignedConsent, bands, publishedAt, txId, blockNumber,
                replayed);
    }

    @Override
    public String toString() {
        return "LoanProduct{bankId=" + bankId
                + ", productId=" + productId
                + ", name=" + name
                + ", requireSignedConsent=" + requireSignedConsent
                + ", bands=" + bands
                + ", publishedAt=" + publishedAt
                + ", txId=" + txId
                + ", blockNumber=" + blockNumber
                + ", replayed=" + replayed + "}";
    }
}
