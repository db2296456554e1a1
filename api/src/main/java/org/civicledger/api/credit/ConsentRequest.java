package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.civicledger.api.Checks;
import org.civicledger.api.Wire;
import org.civicledger.api.WireValue;

/**
 * A resident's consent, and the one definition of the message the resident signs ({@link #signedMessage()}), which
 * the chaincode verifies. Build it, have the resident sign it once, store the signed request and send (or resend) it
 * as it is: {@code expiresAt} is kept to the second (finer digits are dropped by the builder), so a stored request
 * read back is byte for byte the same request, and a resend is a replay rather than {@code ID_CONFLICT}.
 *
 * <pre>{@code
 * ConsentRequest signed = residentKeys.sign(ConsentRequest.builder()      // on the resident's device
 *         .consentId(Ids.newConsentId()).residentId(residentId).bankId("demo-bank").purpose("loan")
 *         .expiresAt(Instant.now().plus(30, ChronoUnit.DAYS))
 *         .build());
 * store(signed);                                                         // then send it, and resend it, as it is
 * app.consents().grant(signed);
 * }</pre>
 */
@JsonClassDescription("Body of POST /api/v1/consents: a resident lets a bank check their credit for one "
        + "purpose until a time. Same id and same body again: the original consent; same id, different body: "
        + "ID_CONFLICT.")
public final class ConsentRequest extends WireValue {
    /** The JDK name of the consent signature's algorithm: ECDSA with SHA-256, DER-encoded. */
    public static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";
    /** The JDK name of the curve of residents' keys: P-256. */
    public static final String CURVE = "secp256r1";

    @JsonProperty(required = true)
    @JsonPropertyDescription("Client-chosen id, scoped to the app's community; makes the grant idempotent")
    private String consentId;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident who consents") private String residentId;
    @JsonProperty(required = true) @JsonPropertyDescription("The bank that may check") private String bankId;
    @JsonProperty(required = true) @JsonPropertyDescription("What for, e.g. loan; the bank's check names the same")
    private String purpose;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Until when (ISO-8601 UTC; the SDK sends whole seconds): in the future, and at most the "
            + "community's maxConsentDays (default 365) after the grant")
    private Instant expiresAt;
    @JsonProperty
    @JsonPropertyDescription("base64 DER ECDSA-P256-SHA256 signature by the resident's registered key over the UTF-8 "
            + "bytes of consentId|residentId|bankId|purpose|expiresAt, expiresAt exactly as sent; required when the "
            + "resident has a key, refused when not")
    private String signature;
    @JsonProperty
    @JsonPropertyDescription("A household of the app's community whose head the resident is: the consent lets the "
            + "bank check that household (and only that: a consent naming a household does not let the bank check the "
            + "resident alone). Signed too: the message then ends in |householdId. Part of the consent's identity "
            + "for replays.")
    private String householdId;
    @JsonProperty
    @JsonPropertyDescription("For a resident without a registered key who signed a paper form: who witnessed it "
            + "(an ATTESTER, relayed by the app, or the community's ADMIN recording the consent itself). Refused for "
            + "a resident with a key")
    private ConsentWitness witness;
    @JsonProperty
    @JsonPropertyDescription("SHA-256 of the signed paper form, 64 lowercase hex digits: required with a witness, "
            + "refused without one")
    private String paperFormHash;

    private ConsentRequest() {
    }

    /** @return an empty builder */
    public static Builder builder() { return new Builder(); }

    /**
     * The message a resident signs, as the chaincode verifies it: the five fields joined by {@code |}.
     *
     * @param consentId  the consent
     * @param residentId the resident
     * @param bankId     the bank
     * @param purpose    the purpose
     * @param expiresAt  {@code expiresAt} exactly as it travels (ISO-8601 text)
     * @return the message whose UTF-8 bytes are signed
     */
    public static String signedMessage(String consentId, String residentId, String bankId, String purpose,
                                       String expiresAt) {
        return String.join("|", consentId, residentId, bankId, purpose, expiresAt);
    }

    /** @return the message the resident signs for this request, {@code expiresAt} as this request sends it */
    public String signedMessage() {
        return signedMessage(consentId, residentId, bankId, purpose, Wire.tree(expiresAt).asText(), householdId);
    }

    /**
     * The message a resident signs for a consent that may name a household: the five fields as
     * {@link #signedMessage(String, String, String, String, String)} joins them, then {@code |householdId} when it
     * names one.
     *
     * @param householdId the household the consent names, or null
     * @return the message whose UTF-8 bytes are signed
     */
    public static String signedMessage(String consentId, String residentId, String bankId, String purpose,
                                       String expiresAt, String householdId) {
        String message = signedMessage(consentId, residentId, bankId, purpose, expiresAt);
        return householdId == null ? message : message + "|" + householdId;
    }

    /**
     * @param signature the resident's base64 signature of {@link #signedMessage()}
     * @return this request with that signature
     * @throws IllegalArgumentException if the signature is blank
     */
    public ConsentRequest withSignature(String signature) {
        if (signature == null || signature.isBlank()) {
            throw new IllegalArgumentException("signature is required and must not be blank");
        }
        ConsentRequest signed = copy(this);
        signed.signature = signature;
        return signed;
    }

    public String consentId() { return consentId; }
    public String residentId() { return residentId; }
    public String bankId() { return bankId; }
    public String purpose() { return purpose; }
    public Instant expiresAt() { return expiresAt; }
    public String signature() { return signature; }
    public String householdId() { return householdId; }
    public ConsentWitness witness() { return witness; }
    public String paperFormHash() { return paperFormHash; }

    /** Builds a {@link ConsentRequest}; not thread-safe, the built request is. */
    public static final class Builder {
        private final ConsentRequest r = new ConsentRequest();

        private Builder() {
        }

        /** The client-chosen id (required), see {@code Ids.newConsentId()}. */
        public Builder consentId(String v) { r.consentId = v; return this; }

        /** The resident who consents (required). */
        public Builder residentId(String v) { r.residentId = v; return this; }

        /** The bank that may check (required). */
        public Builder bankId(String v) { r.bankId = v; return this; }

        /** What for (required), e.g. loan. */
        public Builder purpose(String v) { r.purpose = v; return this; }

        /** The household the resident heads, for a consent to a check of that household (optional). */
        public Builder householdId(String v) { r.householdId = v; return this; }

        /** Until when (required, in the future); kept to the second. */
        public Builder expiresAt(Instant v) {
            r.expiresAt = v == null ? null : v.truncatedTo(ChronoUnit.SECONDS);
            return this;
        }

        /** Who witnessed the paper form (for a resident without a key; needs {@link #paperFormHash}). */
        public Builder witness(ConsentWitness v) { r.witness = v; return this; }

        /** SHA-256 of the signed paper form, 64 lowercase hex digits (with a {@link #witness} only). */
        public Builder paperFormHash(String v) { r.paperFormHash = v; return this; }

        /**
         * Builds the request, unsigned: the signature covers the built request, see {@link #withSignature(String)}.
         *
         * @return the immutable request
         * @throws IllegalStateException if a required field is missing
         */
        public ConsentRequest build() {
            Checks.requireText(r.consentId, "consentId");
            Checks.requireText(r.residentId, "residentId");
            Checks.requireText(r.bankId, "bankId");
            Checks.requireText(r.purpose, "purpose");
            Checks.requireSet(r.expiresAt, "expiresAt");
            if ((r.witness == null) != (r.paperFormHash == null)) {
                throw new IllegalStateException("witness and paperFormHash go together: both or neither");
            }
            return copy(r);
        }
    }
}
