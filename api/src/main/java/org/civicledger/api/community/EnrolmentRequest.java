package org.civicledger.api.community;

import org.civicledger.api.Limits;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.Checks;
import org.civicledger.api.WireValue;

@JsonClassDescription("Body of POST /api/v1/residents. The gateway turns externalRef into residentId with a "
        + "keyed hash and never stores, logs or returns it (nor does this type's toString).")
public final class EnrolmentRequest extends WireValue {
    @JsonProperty(required = true)
    @JsonPropertyDescription("The resident's real-world identifier. Normalised before it is hashed: an unpaired "
            + "surrogate is refused; then Unicode NFKC; then any control (Cc), format (Cf, e.g. "
            + "U+200B zero-width space) or unassigned code point is refused; then space separators "
            + "(Zs, Zl, Zp) are removed at both ends; 1-" + Limits.MAX_EXTERNAL_REF_LENGTH + " code points must remain. So full-width "
            + "digits or a trailing space give the same residentId as the plain reference.")
    private String externalRef;
    @JsonProperty
    @JsonPropertyDescription("The resident's ECDSA P-256 public key, X.509 SubjectPublicKeyInfo, base64")
    private String publicKey;

    private EnrolmentRequest() {
    }

    /** @return an empty builder */
    public static Builder builder() { return new Builder(); }
    public String externalRef() { return externalRef; }
    public String publicKey() { return publicKey; }

    /** Leaves the real-world reference out, so that no log line can carry it. */
    @Override
    public String toString() {
        return "EnrolmentRequest{externalRef=(hidden), publicKey=" + publicKey + "}";
    }

    /** Builds a {@link EnrolmentRequest}; not thread-safe, the built request is. */
    public static final class Builder {
        private final EnrolmentRequest r = new EnrolmentRequest();

        private Builder() {
        }

        /** Required: the resident's real-world identifier, normalised by the gateway as its description says. */
        public Builder externalRef(String v) { r.externalRef = v; return this; }

        /** Optional: the resident's ECDSA P-256 public key, X.509 SubjectPublicKeyInfo, base64. */
        public Builder publicKey(String v) { r.publicKey = v; return this; }

        /**
         * Builds the request.
         *
         * @return the immutable request
         * @throws IllegalStateException if a required field is missing or breaks its rule
         */
        public EnrolmentRequest build() {
            Checks.requireText(r.externalRef, "externalRef");
            return copy(r);
        }
    }
}
