package org.civicledger.api.disputes;

import org.civicledger.api.Limits;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.Checks;
import org.civicledger.api.WireValue;

/**
 * Body of POST /api/v1/disputes (APP, for one of its residents): a transaction by {@code targetTxId} (its kind
 * inferred; {@code targetType}, when given, must agree), or the resident's score ({@code targetType} SCORE, no
 * {@code targetTxId}).
 */
@JsonClassDescription("Body of POST /api/v1/disputes (APP, for one of its residents): a transaction by targetTxId "
        + "(its kind inferred; targetType, when given, must agree) or the resident's score (targetType SCORE, no "
        + "targetTxId).")
public final class DisputeRequest extends WireValue {
    @JsonProperty(required = true)
    @JsonPropertyDescription("Client-chosen id, scoped to the app's community; makes the filing idempotent")
    private String disputeId;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident who disputes") private String residentId;
    @JsonProperty @JsonPropertyDescription("What is disputed: required for SCORE, inferred from targetTxId "
            + "otherwise (must agree when given)")
    private DisputeTargetType targetType;
    @JsonProperty @JsonPropertyDescription("The disputed transaction (an award, redemption, reversal, the "
            + "suspension, a credit check...); required unless targetType is SCORE, refused with it")
    private String targetTxId;
    @JsonProperty(required = true) @JsonPropertyDescription("Why (1-" + Limits.MAX_TEXT_LENGTH + " characters)") private String reason;

    private DisputeRequest() {
    }

    /** @return an empty builder */
    public static Builder builder() { return new Builder(); }
    public String disputeId() { return disputeId; }
    public String residentId() { return residentId; }
    public DisputeTargetType targetType() { return targetType; }
    public String targetTxId() { return targetTxId; }
    public String reason() { return reason; }

    /** Builds a {@link DisputeRequest}; not thread-safe, the built request is. */
    public static final class Builder {
        private final DisputeRequest r = new DisputeRequest();

        private Builder() {
        }

        /** Required: client-chosen id, scoped to the app's community; makes the filing idempotent. */
        public Builder disputeId(String v) { r.disputeId = v; return this; }

        /** Required: the resident who disputes. */
        public Builder residentId(String v) { r.residentId = v; return this; }

        /** Required unless the target type is SCORE: the disputed transaction. */
        public Builder targetTxId(String v) { r.targetTxId = v; return this; }

        /** Required for SCORE; otherwise optional: inferred from the transaction, and must agree with it. */
        public Builder targetType(DisputeTargetType v) { r.targetType = v; return this; }

        /** Required: why. */
        public Builder reason(String v) { r.reason = v; return this; }

        /**
         * Builds the request.
         *
         * @return the immutable request
         * @throws IllegalStateException if a required field is missing or breaks its rule
         */
        public DisputeRequest build() {
            Checks.requireText(r.disputeId, "disputeId");
            Checks.requireText(r.residentId, "residentId");
            if (r.targetType == DisputeTargetType.SCORE) {
                if (r.targetTxId != null) {
                    throw new IllegalStateException("targetTxId must be absent for a SCORE dispute");
                }
            } else {
                Checks.requireText(r.targetTxId, "targetTxId");
            }
            Checks.requireText(r.reason, "reason");
            return copy(r);
        }
    }
}
