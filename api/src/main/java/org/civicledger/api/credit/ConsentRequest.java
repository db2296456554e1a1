package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import org.civicledger.api.Checks;
import org.civicledger.api.WireValue;

/** Body of POST /api/v1/consents: a resident lets a bank check their credit for one purpose until a time. */
@JsonClassDescription("Body of POST /api/v1/consents: a resident lets a bank check their credit for one "
        + "purpose until a time.")
public final class ConsentRequest extends WireValue {
    @JsonProperty(required = true)
    @JsonPropertyDescription("Client-chosen id, scoped to the app's community; makes the grant idempotent")
    private String consentId;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident who consents")
    private String residentId;
    @JsonProperty(required = true) @JsonPropertyDescription("The bank that may check")
    private String bankId;
    @JsonProperty(required = true) @JsonPropertyDescription("What for, e.g. loan")
    private String purpose;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Until when (ISO-8601 UTC): in the future, and at most the community's maxConsentDays "
            + "(default 365) after the grant")
    private Instant expiresAt;
    @JsonProperty
    @JsonPropertyDescription("base64 ECDSA-P256-SHA256 by the resident's key over the UTF-8 bytes of "
            + "consentId|residentId|bankId|purpose|expiresAt")
    private String signature;

    private ConsentRequest() {
    }

    /** @return an empty builder */
    public static Builder builder() { return new Builder(); }

    public String consentId() { return consentId; }

    public String residentId() { return residentId; }

    public String bankId() { return bankId; }

    public String purpose() { return purpose; }

    public Instant expiresAt() { return expiresAt; }

    public String signature() { return signature; }

    /** Builds a {@link ConsentRequest}; not thread-safe, the built request is. */
    public static final class Builder {
        private final ConsentRequest r = new ConsentRequest();

        private Builder() {
        }

        /** Required: client-chosen id, scoped to the app's community; makes the grant idempotent. */
        public Builder consentId(String v) { r.consentId = v; return this; }

        /** Required: the resident who consents. */
        public Builder residentId(String v) { r.residentId = v; return this; }

        /** Required: the bank that may check. */
        public Builder bankId(String v) { r.bankId = v; return this; }

        /** Required: what for, e.g. loan. */
        public Builder purpose(String v) { r.purpose = v; return this; }

        /** Required: until when (ISO-8601 UTC): in the future, and at most the community's maxConsentDays (default 365) after the grant. */
        public Builder expiresAt(Instant v) { r.expiresAt = v; return this; }

        /** Optional: base64 ECDSA-P256-SHA256 by the resident's key over the UTF-8 bytes of consentId|residentId|bankId|purpose|expiresAt. */
        public Builder signature(String v) { r.signature = v; return this; }

        /**
         * Builds the request.
         *
         * @return the immutable request
         * @throws IllegalStateException if a required field is missing or breaks its rule
         */
        public ConsentRequest build() {
            Checks.requireText(r.consentId, "consentId");
            Checks.requireText(r.residentId, "residentId");
            Checks.requireText(r.bankId, "bankId");
            Checks.requireText(r.purpose, "purpose");
            Checks.requireSet(r.expiresAt, "expiresAt");
            return copy(r);
        }
    }
}
