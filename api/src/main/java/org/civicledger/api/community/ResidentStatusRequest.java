package org.civicledger.api.community;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.Checks;
import org.civicledger.api.WireValue;

@JsonClassDescription("Body of POST /api/v1/residents/{residentId}/status.")
public final class ResidentStatusRequest extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The new status") private ResidentStatus status;
    @JsonProperty(required = true) @JsonPropertyDescription("Why (kept on the ledger)") private String reason;

    private ResidentStatusRequest() {
    }

    /** @return an empty builder */
    public static Builder builder() { return new Builder(); }
    public ResidentStatus status() { return status; }
    public String reason() { return reason; }

    /** Builds a {@link ResidentStatusRequest}; not thread-safe, the built request is. */
    public static final class Builder {
        private final ResidentStatusRequest r = new ResidentStatusRequest();

        private Builder() {
        }

        /** Required: the new status. */
        public Builder status(ResidentStatus v) { r.status = v; return this; }

        /** Required: why (kept on the ledger). */
        public Builder reason(String v) { r.reason = v; return this; }

        /**
         * Builds the request.
         *
         * @return the immutable request
         * @throws IllegalStateException if a required field is missing or breaks its rule
         */
        public ResidentStatusRequest build() {
            Checks.requireSet(r.status, "status");
            Checks.requireText(r.reason, "reason");
            return copy(r);
        }
    }
}
