package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import org.civicledger.api.WriteResult;

/** A consent as granted (answer of POST /api/v1/consents). */
@JsonClassDescription("A consent as granted (answer of POST /api/v1/consents).")
public final class Consent extends WriteResult {
    @JsonProperty(required = true) @JsonPropertyDescription("The consent")
    private String consentId;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident")
    private String residentId;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident's community")
    private String communityId;
    @JsonProperty(required = true) @JsonPropertyDescription("The bank")
    private String bankId;
    @JsonProperty(required = true) @JsonPropertyDescription("What for")
    private String purpose;
    @JsonProperty(required = true) @JsonPropertyDescription("Until when")
    private Instant expiresAt;
    @JsonProperty(required = true) @JsonPropertyDescription("Whether the resident's signature was verified")
    private boolean signed;
    @JsonProperty(required = true) @JsonPropertyDescription("When it was granted")
    private Instant grantedAt;
    @JsonProperty @JsonPropertyDescription("When it was revoked, if it was")
    private Instant revokedAt;

    private Consent() {
    }

    public String consentId() { return consentId; }

    public String residentId() { return residentId; }

    public String communityId() { return communityId; }

    public String bankId() { return bankId; }

    public String purpose() { return purpose; }

    public Instant expiresAt() { return expiresAt; }

    public boolean signed() { return signed; }

    public Instant grantedAt() { return grantedAt; }

    public Instant revokedAt() { return revokedAt; }
}
