package org.civicledger.client;

import org.civicledger.api.Checks;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A bank's loan product with its terms per score band (the body of {@code POST /api/v1/loan-products}). A band
 * without terms is not eligible. The bank's {@code productId} makes publishing idempotent.
 *
 * <pre>{@code
 * LoanProductRequest request = LoanProductRequest.builder()
 *         .productId("micro-loan")
 *         .name("Community micro-loan")
 *         .band("A", 5_000_000, 50)
 *         .band("B", 2_000_000, 25)
 *         .build();
 * }</pre>
 */
public final class LoanProductRequest {
    /** The score bands, best first. */
    private static final String BANDS = "ABCD";

    private final String productId;
    private final String name;
    private final boolean requireSignedConsent;
    private final Map<String, LoanTerms> bands;

    private LoanProductRequest(Builder builder) {
        this.productId = builder.productId;
        this.name = builder.name;
        this.requireSignedConsent = builder.requireSignedConsent;
        this.bands = Collections.unmodifiableMap(new TreeMap<>(builder.bands));
    }

    /**
     * Starts a new request.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the bank's product id.
     *
     * @return the product id
     */
    public String productId() {
        return productId;
    }

    /**
     * Returns the name shown to residents.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns whether a credit check for the product needs a consent signed by the resident.
     *
     * @return whether a signed consent is required
     */
    public boolean requireSignedConsent() {
        return requireSignedConsent;
    }

    /**
     * Returns the terms per score band.
     *
     * @return an unmodifiable map from band ({@code A}-{@code D}) to terms, in band order
     */
    public Map<String, LoanTerms> bands() {
        return bands;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof LoanProductRequest)) {
            return false;
        }
        LoanProductRequest o = (LoanProductRequest) other;
        return productId.equals(o.productId) && name.equals(o.name) && requireSignedConsent == o.requireSignedConsent
                && bands.equals(o.bands);
    }

    @Override
    public int hashCode() {
        return Objects.hash(productId, name, requireSignedConsent, bands);
    }

    @Override
    public String toString() {
        return "LoanProductRequest{productId=" + productId + ", name=" + name + ", requireSignedConsent="
                + requireSignedConsent + ", bands=" + bands + "}";
    }

    /** Builds a {@link LoanProductRequest}; not thread-safe, the built request is. */
    public static final class Builder {
        private String productId;
        private String name;
        private boolean requireSignedConsent;
        private final Map<String, LoanTerms> bands = new TreeMap<>();

        private Builder() {
        }

        /**
         * Sets the bank's product id (required).
         *
         * @param productId the id
         * @return this builder
         */
        public Builder productId(String productId) {
            this.productId = productId;
            return this;
        }

        /**
         * Sets the name shown to residents (required).
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets whether a credit check needs a consent signed by the resident (default {@code false}).
         *
         * @param requireSignedConsent whether a signed consent is required
         * @return this builder
         */
        public Builder requireSignedConsent(boolean requireSignedConsent) {
            this.requireSignedConsent = requireSignedConsent;
            return this;
        }

        /**
         * Offers terms for one score band (at least one band is required).
         *
         * @param band            {@code A}, {@code B}, {@code C} or {@code D}
         * @param maxAmountFen    the largest loan, in fen (positive)
         * @param rateDiscountBps the rate discount, in basis points (zero or more)
         * @return this builder
         * @throws IllegalArgumentException if the band is not A-D or an amount breaks its rule
         */
        public Builder band(String band, long maxAmountFen, int rateDiscountBps) {
            if (band == null || band.length() != 1 || BANDS.indexOf(band.charAt(0)) < 0) {
                throw new IllegalArgumentException("band must be one of A, B, C, D, was " + band);
            }
            if (maxAmountFen <= 0 || rateDiscountBps < 0) {
                throw new IllegalArgumentException("maxAmountFen must be positive and rateDiscountBps zero or more, "
                        + "was " + maxAmountFen + " and " + rateDiscountBps);
            }
            bands.put(band, new LoanTerms(maxAmountFen, rateDiscountBps));
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the immutable request
         * @throws IllegalStateException if a required field is missing or no band has terms
         */
        public LoanProductRequest build() {
            Checks.requireText(productId, "productId");
            Checks.requireText(name, "name");
            if (bands.isEmpty()) {
                throw new IllegalStateException("bands must offer terms for at least one of A, B, C, D");
            }
            return new LoanProductRequest(this);
        }
    }
}
