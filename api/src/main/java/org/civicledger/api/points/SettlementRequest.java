package org.civicledger.api.points;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.Checks;
import org.civicledger.api.WireValue;

@JsonClassDescription("Body of POST /api/v1/settlements: settles everything the merchant has not yet been "
        + "settled for.")
public final class SettlementRequest extends WireValue {
    @JsonProperty(required = true)
    @JsonPropertyDescription("Client-chosen id, scoped to the community; makes the settlement idempotent")
    private String settlementId;
    @JsonProperty(required = true) @JsonPropertyDescription("The merchant to settle") private String merchantId;

    private SettlementRequest() {
    }

    /** @return an empty builder */
    public static Builder builder() { return new Builder(); }
    public String settlementId() { return settlementId; }
    public String merchantId() { return merchantId; }

    /** Builds a {@link SettlementRequest}; not thread-safe, the built request is. */
    public static final class Builder {
        private final SettlementRequest r = new SettlementRequest();

        private Builder() {
        }

        /** Required: client-chosen id, scoped to the community; makes the settlement idempotent. */
        public Builder settlementId(String v) { r.settlementId = v; return this; }

        /** Required: the merchant to settle. */
        public Builder merchantId(String v) { r.merchantId = v; return this; }

        /**
         * Builds the request.
         *
         * @return the immutable request
         * @throws IllegalStateException if a required field is missing or breaks its rule
         */
        public SettlementRequest build() {
            Checks.requireText(r.settlementId, "settlementId");
            Checks.requireText(r.merchantId, "merchantId");
            return copy(r);
        }
    }
}
