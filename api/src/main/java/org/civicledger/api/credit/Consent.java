package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import org.civicledger.api.WriteResult;

@JsonClassDescription("A consent as granted: the answer of POST /api/v1/consents (201 when new, 200 with the "
        + "original consent for a replay).")
public final class Consent extends WriteResult {
    @JsonProperty(required = true) @JsonPropertyDescription("The consent") private String consentId;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident") private String residentId;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident's community") private String communityId;
    @JsonProperty(required = true) @JsonPropertyDescription("The bank") private String bankId;
    @JsonProperty(required = true) @JsonPropertyDescription("What for") private String purpose;
    @JsonProperty(required = true) @JsonPropertyDescription("Until when (ISO-8601 UTC, as sent)")
    private Instant expiresAt;
    @JsonProperty @JsonPropertyDescription("The resident's signature, as sent, when there was one")
    private String signature;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Whether the resident's signature was verified against their registered key")
    private boolean signed;
    @JsonProperty(required = true)
    @JsonPropertyDescription("The app that relayed the grant, or the ADMIN that witnessed and recorded it")
    private String grantedBy;
    @JsonProperty(required = true) @JsonPropertyDescription("When it was granted (ISO-8601 UTC)")
    private Instant grantedAt;
    @JsonProperty @JsonPropertyDescription("When it was revoked (ISO-8601 UTC), if it was") private Instant revokedAt;
    @JsonProperty @JsonPropertyDescription("Who witnessed the resident sign the paper form, for a witnessed consent")
    private ConsentWitness witness;
    @JsonProperty @JsonPropertyDescription("SHA-256 (64 lowercase hex digits) of the signed paper form, for a "
            + "witnessed consent")
    private String paperFormHash;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Whether a witness recorded the consent from a signed paper form")
    private boolean witnessed;

    @JsonProperty
    @JsonPropertyDescription("The household the resident heads, when the consent is to a check of that household")
    private String householdId;

    private Consent() {
    }

    public String consentId() { return consentId; }
    public String residentId() { return residentId; }
    public String communityId() { return communityId; }
    public String bankId() { return bankId; }
    public String purpose() { return purpose; }
    public Instant expiresAt() { return expiresAt; }
    public String signature() { return signature; }
    public boolean signed() { return signed; }
    public String grantedBy() { return grantedBy; }
    public Instant grantedAt() { return grantedAt; }
    public Instant revokedAt() { return revokedAt; }
    public String householdId() { return householdId; }
    public ConsentWitness witness() { return witness; }
    public String paperFormHash() { return paperFormHash; }
    public boolean witnessed() { return witnessed; }
}
