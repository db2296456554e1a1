package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import org.civicledger.api.WireValue;

@JsonClassDescription("One of the calling bank's consents of a resident or household, with its status at the time "
        + "of the read: an item of GET /api/v1/consents. Carries neither the resident's signature nor the paper "
        + "form's hash.")
public final class ConsentState extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The consent") private String consentId;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident who consented (a household's head)")
    private String residentId;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident's community") private String communityId;
    @JsonProperty(required = true) @JsonPropertyDescription("The bank (always the caller)") private String bankId;
    @JsonProperty(required = true) @JsonPropertyDescription("What for: a check must name this purpose")
    private String purpose;
    @JsonProperty(required = true) @JsonPropertyDescription("Until when (ISO-8601 UTC)") private Instant expiresAt;
    @JsonProperty(required = true) @JsonPropertyDescription("When it was granted (ISO-8601 UTC)")
    private Instant grantedAt;
    @JsonProperty @JsonPropertyDescription("When it was revoked (ISO-8601 UTC), if it was") private Instant revokedAt;
    @JsonProperty(required = true)
    @JsonPropertyDescription("ACTIVE, EXPIRED or REVOKED at the time of the read (the answer's at)")
    private ConsentStatus status;
    @JsonProperty @JsonPropertyDescription("The household, for a consent to a check of the household")
    private String householdId;
    @JsonProperty(required = true) @JsonPropertyDescription("Whether the resident signed it with their registered key")
    private boolean signed;
    @JsonProperty(required = true) @JsonPropertyDescription("Whether a witness recorded it from a signed paper form")
    private boolean witnessed;
    @JsonProperty @JsonPropertyDescription("Who witnessed the paper form, for a witnessed consent")
    private ConsentWitness witness;
    @JsonProperty(required = true) @JsonPropertyDescription("The grant's transaction") private String txId;

    private ConsentState() {
    }

    public String consentId() { return consentId; }
    public String residentId() { return residentId; }
    public String communityId() { return communityId; }
    public String bankId() { return bankId; }
    public String purpose() { return purpose; }
    public Instant expiresAt() { return expiresAt; }
    public Instant grantedAt() { return grantedAt; }
    public Instant revokedAt() { return revokedAt; }
    public ConsentStatus status() { return status; }
    public String householdId() { return householdId; }
    public boolean signed() { return signed; }
    public boolean witnessed() { return witnessed; }
    public ConsentWitness witness() { return witness; }
    public String txId() { return txId; }
}
