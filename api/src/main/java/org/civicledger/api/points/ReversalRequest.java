package org.civicledger.api.points;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.Checks;
import org.civicledger.api.WireValue;

@JsonClassDescription("Body of POST /api/v1/contributions/{contributionId}/reversal.")
public final class ReversalRequest extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("Why the award is reversed (kept on the ledger)")
    private String reason;

    private ReversalRequest() {
    }

    /** @return an empty builder */
    public static Builder builder() { return new Builder(); }
    public String reason() { return reason; }

    /** Builds a {@link ReversalRequest}; not thread-safe, the built request is. */
    public static final class Builder {
        private final ReversalRequest r = new ReversalRequest();

        private Builder() {
        }

        /** Required: why the award is reversed (kept on the ledger). */
        public Builder reason(String v) { r.reason = v; return this; }

        /**
         * Builds the request.
         *
         * @return the immutable request
         * @throws IllegalStateException if a required field is missing or breaks its rule
         */
        public ReversalRequest build() {
            Checks.requireText(r.reason, "reason");
            return copy(r);
        }
    }
}
