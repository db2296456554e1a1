package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.civicledger.api.Checks;
import org.civicledger.api.WireValue;

/**
 * A bank's loan product with its terms per score band; a band without terms is not eligible.
 *
 * <pre>{@code
 * LoanProductRequest product = LoanProductRequest.builder().productId("micro-loan").name("Micro-loan")
 *         .band(Band.A, 5_000_000, 50).band(Band.B, 2_000_000, 25)
 *         .build();
 * }</pre>
 */
@JsonClassDescription("Body of POST /api/v1/loan-products (BANK). Same id and same body again: the original "
        + "product; same id, other terms: ID_CONFLICT.")
public final class LoanProductRequest extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The bank's product id") private String productId;
    @JsonProperty(required = true) @JsonPropertyDescription("Name shown to residents (at most 200 characters)")
    private String name;
    @JsonProperty
    @JsonPropertyDescription("Whether a check needs a consent signed by the resident (default false)")
    private boolean requireSignedConsent;
    @JsonProperty
    @JsonPropertyDescription("Which consents a check accepts: ANY (default), SIGNED (the same as "
            + "requireSignedConsent: true) or SIGNED_OR_WITNESSED (signed, or recorded by a witness from a signed "
            + "paper form); when both fields are given they must agree")
    private ConsentRequirement consentRequirement;
    @JsonProperty(required = true) @JsonPropertyDescription("Terms per score band, at least one")
    private LoanBands bands;

    private LoanProductRequest() {
    }

    /** @return an empty builder */
    public static Builder builder() { return new Builder(); }
    public String productId() { return productId; }
    public String name() { return name; }
    public boolean requireSignedConsent() { return requireSignedConsent; }
    public ConsentRequirement consentRequirement() { return consentRequirement; }
    public LoanBands bands() { return bands; }

    /** Builds a {@link LoanProductRequest}; not thread-safe, the built request is. */
    public static final class Builder {
        private final LoanProductRequest r = new LoanProductRequest();
        private final Map<Band, LoanTerms> bands = new EnumMap<>(Band.class);

        private Builder() {
        }

        /** The bank's product id (required). */
        public Builder productId(String v) { r.productId = v; return this; }

        /** Name shown to residents (required). */
        public Builder name(String v) { r.name = v; return this; }

        /** Whether a check needs a consent signed by the resident (default false). */
        public Builder requireSignedConsent(boolean v) { r.requireSignedConsent = v; return this; }

        /** Which consents a check accepts (default ANY); sets {@link #requireSignedConsent} to agree with it. */
        public Builder consentRequirement(ConsentRequirement v) {
            r.consentRequirement = Objects.requireNonNull(v, "consentRequirement");
            r.requireSignedConsent = v == ConsentRequirement.SIGNED;
            return this;
        }

        /**
         * Offers terms to one band (at least one band is required).
         *
         * @param band            the band
         * @param maxAmountFen    largest loan, in fen (positive)
         * @param rateDiscountBps rate discount, in basis points (zero or more)
         * @return this builder
         * @throws IllegalArgumentException if an amount breaks its rule
         */
        public Builder band(Band band, long maxAmountFen, int rateDiscountBps) {
            bands.put(Objects.requireNonNull(band, "band"), LoanTerms.of(maxAmountFen, rateDiscountBps));
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the immutable request
         * @throws IllegalStateException if a required field is missing or no band has terms
         */
        public LoanProductRequest build() {
            Checks.requireText(r.productId, "productId");
            Checks.requireText(r.name, "name");
            if (bands.isEmpty()) {
                throw new IllegalStateException("bands must offer terms to at least one of A, B, C, D");
            }
            if (r.consentRequirement != null
                    && r.requireSignedConsent != (r.consentRequirement == ConsentRequirement.SIGNED)) {
                throw new IllegalStateException("requireSignedConsent must agree with consentRequirement "
                        + "(true exactly for SIGNED)");
            }
            r.bands = LoanBands.of(bands);
            return copy(r);
        }
    }
}
