package org.civicledger.api.community;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.Checks;
import org.civicledger.api.WireValue;

@JsonClassDescription("Body of POST /api/v1/attesters/{attesterId}/status: suspends or reactivates an attester.")
public final class AttesterStatusRequest extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The new status") private AttesterStatus status;
    @JsonProperty(required = true) @JsonPropertyDescription("Why (kept on the ledger; no personal data)")
    private String reason;

    private AttesterStatusRequest() {
    }

    /** @return an empty builder */
    public static Builder builder() { return new Builder(); }
    public AttesterStatus status() { return status; }
    public String reason() { return reason; }

    /** Builds an {@link AttesterStatusRequest}; not thread-safe, the built request is. */
    public static final class Builder {
        private final AttesterStatusRequest r = new AttesterStatusRequest();

        private Builder() {
        }

        /** Required: the new status. */
        public Builder status(AttesterStatus v) { r.status = v; return this; }

        /** Required: why. */
        public Builder reason(String v) { r.reason = v; return this; }

        /**
         * Builds the request.
         *
         * @return the immutable request
         * @throws IllegalStateException if a required field is missing
         */
        public AttesterStatusRequest build() {
            Checks.requireSet(r.status, "status");
            Checks.requireText(r.reason, "reason");
            return copy(r);
        }
    }
}
