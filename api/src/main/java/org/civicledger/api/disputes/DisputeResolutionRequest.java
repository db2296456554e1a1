package org.civicledger.api.disputes;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.Checks;
import org.civicledger.api.WireValue;

/** Body of POST /api/v1/disputes/{disputeId}/resolution (ADMIN); UPHELD on an award reverses it. */
@JsonClassDescription("Body of POST /api/v1/disputes/{disputeId}/resolution (ADMIN); UPHELD on an award "
        + "reverses it.")
public final class DisputeResolutionRequest extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("UPHELD or REJECTED")
    private String outcome;
    @JsonProperty(required = true) @JsonPropertyDescription("What was checked")
    private String note;

    private DisputeResolutionRequest() {
    }

    /** @return an empty builder */
    public static Builder builder() { return new Builder(); }

    public String outcome() { return outcome; }

    public String note() { return note; }

    /** Builds a {@link DisputeResolutionRequest}; not thread-safe, the built request is. */
    public static final class Builder {
        private final DisputeResolutionRequest r = new DisputeResolutionRequest();

        private Builder() {
        }

        /** Required: uPHELD or REJECTED. */
        public Builder outcome(String v) { r.outcome = v; return this; }

        /** Required: what was checked. */
        public Builder note(String v) { r.note = v; return this; }

        /**
         * Builds the request.
         *
         * @return the immutable request
         * @throws IllegalStateException if a required field is missing or breaks its rule
         */
        public DisputeResolutionRequest build() {
            Checks.requireText(r.outcome, "outcome");
            Checks.requireText(r.note, "note");
            return copy(r);
        }
    }
}
