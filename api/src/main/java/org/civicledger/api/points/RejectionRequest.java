package org.civicledger.api.points;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.Checks;
import org.civicledger.api.WireValue;

@JsonClassDescription("Body of POST /api/v1/contributions/{contributionId}/rejection.")
public final class RejectionRequest extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("Why the contribution is rejected (kept on the ledger)")
    private String reason;

    private RejectionRequest() {
    }

    /** @return an empty builder */
    public static Builder builder() { return new Builder(); }
    public String reason() { return reason; }

    /** Builds a {@link RejectionRequest}; not thread-safe, the built request is. */
    public static final class Builder {
        private final RejectionRequest r = new RejectionRequest();

        private Builder() {
        }

        /** Required: why the contribution is rejected (kept on the ledger). */
        public Builder reason(String v) { r.reason = v; return this; }

        /**
         * Builds the request.
         *
         * @return the immutable request
         * @throws IllegalStateException if the reason is missing
         */
        public RejectionRequest build() {
            Checks.requireText(r.reason, "reason");
            return copy(r);
        }
    }
}
