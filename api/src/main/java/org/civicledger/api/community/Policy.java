package org.civicledger.api.community;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import org.civicledger.api.WireValue;

@JsonClassDescription("Answer of PUT /api/v1/policy: the community's policy now in force. Every call is "
        + "recorded, even one that changes nothing.")
public final class Policy extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The community") private String communityId;
    @JsonProperty(required = true) @JsonPropertyDescription("The organisation (MSP id) that owns the community")
    private String ownerMspId;
    @JsonProperty(required = true) @JsonPropertyDescription("When the community was created") private Instant createdAt;
    @JsonProperty(required = true) @JsonPropertyDescription("Months after which unspent points expire; 0 = never")
    private int pointsExpiryMonths;
    @JsonProperty(required = true) @JsonPropertyDescription("Oldest contribution that may still be awarded, in days")
    private int maxContributionAgeDays;
    @JsonProperty(required = true) @JsonPropertyDescription("Longest lifetime of a consent, in days from its grant")
    private int maxConsentDays;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Whether every award must name a registered attester (attesterId)")
    private boolean attesterRequired;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Days a pending contribution may wait for approval before it expires")
    private int pendingExpiryDays;
    @JsonProperty(required = true) @JsonPropertyDescription("Transaction of the write") private String txId;
    @JsonProperty(required = true) @JsonPropertyDescription("Block of that transaction") private long blockNumber;

    private Policy() {
    }

    public String communityId() { return communityId; }
    public String ownerMspId() { return ownerMspId; }
    public Instant createdAt() { return createdAt; }
    public int pointsExpiryMonths() { return pointsExpiryMonths; }
    public int maxContributionAgeDays() { return maxContributionAgeDays; }
    public int maxConsentDays() { return maxConsentDays; }
    public boolean attesterRequired() { return attesterRequired; }
    public int pendingExpiryDays() { return pendingExpiryDays; }
    public String txId() { return txId; }
    public long blockNumber() { return blockNumber; }
}
