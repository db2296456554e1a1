package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.Checks;
import org.civicledger.api.WireValue;

/** Body of POST /api/v1/loan-products (BANK). */
@JsonClassDescription("Body of POST /api/v1/loan-products (BANK).")
public final class LoanProductRequest extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The bank's product id")
    private String productId;
    @JsonProperty(required = true) @JsonPropertyDescription("Name shown to residents")
    private String name;
    @JsonProperty(required = true) @JsonPropertyDescription("Whether a check needs a consent signed by the resident")
    private boolean requireSignedConsent;
    @JsonProperty(required = true) @JsonPropertyDescription("Terms per score band")
    private LoanBands bands;

    private LoanProductRequest() {
    }

    /** @return an empty builder */
    public static Builder builder() { return new Builder(); }

    public String productId() { return productId; }

    public String name() { return name; }

    public boolean requireSignedConsent() { return requireSignedConsent; }

    public LoanBands bands() { return bands; }

    /** Builds a {@link LoanProductRequest}; not thread-safe, the built request is. */
    public static final class Builder {
        private final LoanProductRequest r = new LoanProductRequest();

        private Builder() {
        }

        /** Required: the bank's product id. */
        public Builder productId(String v) { r.productId = v; return this; }

        /** Required: name shown to residents. */
        public Builder name(String v) { r.name = v; return this; }

        /** Required: whether a check needs a consent signed by the resident. */
        public Builder requireSignedConsent(boolean v) { r.requireSignedConsent = v; return this; }

        /** Required: terms per score band. */
        public Builder bands(LoanBands v) { r.bands = v; return this; }

        /**
         * Builds the request.
         *
         * @return the immutable request
         * @throws IllegalStateException if a required field is missing or breaks its rule
         */
        public LoanProductRequest build() {
            Checks.requireText(r.productId, "productId");
            Checks.requireText(r.name, "name");
            Checks.requireSet(r.bands, "bands");
            return copy(r);
        }
    }
}
