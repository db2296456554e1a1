package org.civicledger.api.community;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.Checks;
import org.civicledger.api.WireValue;

@JsonClassDescription("Body of POST /api/v1/attesters: registers an attester in the caller's community. The same "
        + "body again: the original (200); the same attesterId with another body: ID_CONFLICT.")
public final class AttesterRequest extends WireValue {
    @JsonProperty(required = true)
    @JsonPropertyDescription("Pseudonymous id of the attester within the community (never a name or phone number)")
    private String attesterId;
    @JsonProperty(required = true) @JsonPropertyDescription("What kind of attester it is") private AttesterKind kind;
    @JsonProperty
    @JsonPropertyDescription("Most points it may attest per UTC day of recording, 1-100000000 (absent: no limit)")
    private Long dailyLimitPoints;

    private AttesterRequest() {
    }

    /** @return an empty builder */
    public static Builder builder() { return new Builder(); }
    public String attesterId() { return attesterId; }
    public AttesterKind kind() { return kind; }
    public Long dailyLimitPoints() { return dailyLimitPoints; }

    /** Builds an {@link AttesterRequest}; not thread-safe, the built request is. */
    public static final class Builder {
        private final AttesterRequest r = new AttesterRequest();

        private Builder() {
        }

        /** Required: pseudonymous id of the attester within the community. */
        public Builder attesterId(String v) { r.attesterId = v; return this; }

        /** Required: what kind of attester it is. */
        public Builder kind(AttesterKind v) { r.kind = v; return this; }

        /** Optional: most points it may attest per UTC day of recording (null: no limit). */
        public Builder dailyLimitPoints(Long v) { r.dailyLimitPoints = v; return this; }

        /**
         * Builds the request.
         *
         * @return the immutable request
         * @throws IllegalStateException if a required field is missing or breaks its rule
         */
        public AttesterRequest build() {
            Checks.requireText(r.attesterId, "attesterId");
            Checks.requireSet(r.kind, "kind");
            if (r.dailyLimitPoints != null) {
                Checks.requirePositive(r.dailyLimitPoints, "dailyLimitPoints");
            }
            return copy(r);
        }
    }
}
