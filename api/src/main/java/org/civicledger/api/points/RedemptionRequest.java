package org.civicledger.api.points;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.Checks;
import org.civicledger.api.Limits;
import org.civicledger.api.WireValue;

@JsonClassDescription("Body of POST /api/v1/redemptions; same-id rules as contributions.")
public final class RedemptionRequest extends WireValue {
    @JsonProperty(required = true)
    @JsonPropertyDescription("Client-chosen id, scoped to the merchant; makes the redemption idempotent")
    private String redemptionId;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident who spends") private String residentId;
    @JsonProperty(required = true) @JsonPropertyDescription("Points to spend (positive)") private long points;
    @JsonProperty(required = true) @JsonPropertyDescription("What the points buy") private String item;
    @JsonProperty
    @JsonPropertyDescription("Optional: the item's value in fen (0.01 CNY), a whole number from 0 to 10^12; "
            + "statements and settlements add it up")
    private Long valueFen;

    private RedemptionRequest() {
    }

    /** @return an empty builder */
    public static Builder builder() { return new Builder(); }
    public String redemptionId() { return redemptionId; }
    public String residentId() { return residentId; }
    public long points() { return points; }
    public String item() { return item; }
    public Long valueFen() { return valueFen; }

    /** Builds a {@link RedemptionRequest}; not thread-safe, the built request is. */
    public static final class Builder {
        private final RedemptionRequest r = new RedemptionRequest();

        private Builder() {
        }

        /** Required: client-chosen id, scoped to the merchant; makes the redemption idempotent. */
        public Builder redemptionId(String v) { r.redemptionId = v; return this; }

        /** Required: the resident who spends. */
        public Builder residentId(String v) { r.residentId = v; return this; }

        /** Required: points to spend (positive). */
        public Builder points(long v) { r.points = v; return this; }

        /** Required: what the points buy. */
        public Builder item(String v) { r.item = v; return this; }

        /** Optional: the item's value in fen (0.01 CNY), 0 to {@link Limits#MAX_VALUE_FEN}. */
        public Builder valueFen(long v) { r.valueFen = v; return this; }

        /**
         * Builds the request.
         *
         * @return the immutable request
         * @throws IllegalStateException if a required field is missing or breaks its rule
         */
        public RedemptionRequest build() {
            Checks.requireText(r.redemptionId, "redemptionId");
            Checks.requireText(r.residentId, "residentId");
            Checks.requirePositive(r.points, "points");
            Checks.requireText(r.item, "item");
            if (r.valueFen != null) {
                Checks.requireBetween(r.valueFen, 0, Limits.MAX_VALUE_FEN, "valueFen");
            }
            return copy(r);
        }
    }
}
