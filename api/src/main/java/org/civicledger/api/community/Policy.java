package org.civicledger.api.community;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WriteResult;

/** The community's policy after PUT /api/v1/policy. */
@JsonClassDescription("The community's policy after PUT /api/v1/policy.")
public final class Policy extends WriteResult {
    @JsonProperty(required = true) @JsonPropertyDescription("The community")
    private String communityId;
    @JsonProperty(required = true) @JsonPropertyDescription("Months after which unspent points expire; 0 = never")
    private int pointsExpiryMonths;
    @JsonProperty(required = true) @JsonPropertyDescription("Oldest contribution that may still be awarded, in days")
    private int maxContributionAgeDays;
    @JsonProperty(required = true) @JsonPropertyDescription("Longest lifetime of a consent, in days from its grant")
    private int maxConsentDays;

    private Policy() {
    }

    public String communityId() { return communityId; }

    public int pointsExpiryMonths() { return pointsExpiryMonths; }

    public int maxContributionAgeDays() { return maxContributionAgeDays; }

    public int maxConsentDays() { return maxConsentDays; }
}
