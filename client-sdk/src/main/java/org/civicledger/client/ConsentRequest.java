package org.civicledger.client;

import org.civicledger.api.Checks;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A resident's consent that a bank may check their credit for one purpose until a time (the body of
 * {@code POST /api/v1/consents}). The client-chosen {@code consentId} makes the grant idempotent.
 *
 * <p>A resident enrolled with a public key must sign the consent on their own device; the app relays the signature:
 *
 * <pre>{@code
 * ConsentRequest consent = ConsentRequest.builder()
 *         .consentId(Ids.newConsentId())
 *         .residentId(residentId)
 *         .bankId("demo-bank")
 *         .purpose("loan")
 *         .expiresAt(Instant.now().plus(30, ChronoUnit.DAYS))
 *         .build();
 * String signature = residentKeys.signConsent(consent);      // on the resident's device
 * app.consents().grant(consent.withSignature(signature));
 * }</pre>
 */
public final class ConsentRequest {
    private final String consentId;
    private final String residentId;
    private final String bankId;
    private final String purpose;
    private final Instant expiresAt;
    private final String signature;

    private ConsentRequest(String consentId, String residentId, String bankId, String purpose, Instant expiresAt,
                           String signature) {
        this.consentId = consentId;
        this.residentId = residentId;
        this.bankId = bankId;
        this.purpose = purpose;
        this.expiresAt = expiresAt;
        this.signature = signature;
    }

    /**
     * Starts a new request.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the client-chosen id that makes the grant idempotent.
     *
     * @return the consent id
     */
    public String consentId() {
        return consentId;
    }

    /**
     * Returns the resident who consents.
     *
     * @return the resident id
     */
    public String residentId() {
        return residentId;
    }

    /**
     * Returns the bank that may check.
     *
     * @return the bank id
     */
    public String bankId() {
        return bankId;
    }

    /**
     * Returns what the check is for, for example {@code loan}.
     *
     * @return the purpose
     */
    public String purpose() {
        return purpose;
    }

    /**
     * Returns until when the consent holds, to the second.
     *
     * @return the instant
     */
    public Instant expiresAt() {
        return expiresAt;
    }

    /**
     * Returns the resident's signature of {@link #signedMessage()}.
     *
     * @return the base64 DER ECDSA-P256-SHA256 signature, or {@code null} if unsigned
     */
    public String signature() {
        return signature;
    }

    /**
     * Returns the exact text the resident signs, as API.md defines it:
     * {@code consentId|residentId|bankId|purpose|expiresAt}, with {@code expiresAt} as sent (ISO-8601 UTC).
     *
     * @return the message whose UTF-8 bytes are signed
     */
    public String signedMessage() {
        return String.join("|", consentId, residentId, bankId, purpose, expiresAtText());
    }

    /**
     * Returns this request with the resident's signature.
     *
     * @param signature the base64 signature of {@link #signedMessage()}, see {@link ResidentKeys#signConsent}
     * @return a new request, equal to this one but for the signature
     * @throws IllegalArgumentException if the signature is missing or blank
     */
    public ConsentRequest withSignature(String signature) {
        if (signature == null || signature.isBlank()) {
            throw new IllegalArgumentException("signature is required and must not be blank");
        }
        return new ConsentRequest(consentId, residentId, bankId, purpose, expiresAt, signature);
    }

    /** The wire form of {@code expiresAt}: the signed text and the sent text must be the same. */
    String expiresAtText() {
        return expiresAt.toString();
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ConsentRequest)) {
            return false;
        }
        ConsentRequest o = (ConsentRequest) other;
        return consentId.equals(o.consentId) && residentId.equals(o.residentId) && bankId.equals(o.bankId)
                && purpose.equals(o.purpose) && expiresAt.equals(o.expiresAt) && Objects.equals(signature, o.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(consentId, residentId, bankId, purpose, expiresAt, signature);
    }

    @Override
    public String toString() {
        return "ConsentRequest{consentId=" + consentId + ", residentId=" + residentId + ", bankId=" + bankId
                + ", purpose=" + purpose + ", expiresAt=" + expiresAt + ", signed=" + (signature != null) + "}";
    }

    /** Builds a {@link ConsentRequest}; not thread-safe, the built request is. */
    public static final class Builder {
        private String consentId;
        private String residentId;
        private String bankId;
        private String purpose;
        private Instant expiresAt;
        private String signature;

        private Builder() {
        }

        /**
         * Sets the client-chosen id (required); see {@link Ids#newConsentId()}.
         *
         * @param consentId the id
         * @return this builder
         */
        public Builder consentId(String consentId) {
            this.consentId = consentId;
            return this;
        }

        /**
         * Sets the resident who consents (required).
         *
         * @param residentId the resident id
         * @return this builder
         */
        public Builder residentId(String residentId) {
            this.residentId = residentId;
            return this;
        }

        /**
         * Sets the bank that may check (required).
         *
         * @param bankId the bank id, for example {@code demo-bank}
         * @return this builder
         */
        public Builder bankId(String bankId) {
            this.bankId = bankId;
            return this;
        }

        /**
         * Sets what the check is for (required); the bank's check must name the same purpose.
         *
         * @param purpose the purpose, for example {@code loan}
         * @return this builder
         */
        public Builder purpose(String purpose) {
            this.purpose = purpose;
            return this;
        }

        /**
         * Sets until when the consent holds (required, in the future); kept to the second.
         *
         * @param expiresAt the instant
         * @return this builder
         */
        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        /**
         * Sets the resident's signature (optional; required by the gateway when the resident has a registered key).
         * Usually set afterwards with {@link ConsentRequest#withSignature(String)}, since the signature covers the
         * built request.
         *
         * @param signature the base64 signature, or {@code null}
         * @return this builder
         */
        public Builder signature(String signature) {
            this.signature = signature;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the immutable request
         * @throws IllegalStateException if a required field is missing or blank
         */
        public ConsentRequest build() {
            Checks.requireText(consentId, "consentId");
            Checks.requireText(residentId, "residentId");
            Checks.requireText(bankId, "bankId");
            Checks.requireText(purpose, "purpose");
            Checks.requireSet(expiresAt, "expiresAt");
            return new ConsentRequest(consentId, residentId, bankId, purpose,
                    expiresAt.truncatedTo(ChronoUnit.SECONDS), signature);
        }
    }
}
