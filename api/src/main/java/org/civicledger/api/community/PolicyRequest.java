package org.civicledger.api.community;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.Checks;
import org.civicledger.api.WireValue;

@JsonClassDescription("Body of PUT /api/v1/policy, for the caller's community.")
public final class PolicyRequest extends WireValue {
    @JsonProperty(required = true)
    @JsonPropertyDescription("Months after which unspent points expire; 0 = never (default 24)")
    private int pointsExpiryMonths;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Oldest contribution that may still be awarded, in days (default 30)")
    private int maxContributionAgeDays;
    @JsonProperty
    @JsonPropertyDescription("Longest lifetime of a consent granted in the community, in days from its grant, "
            + "1-3650 (default 365); absent: unchanged")
    private Integer maxConsentDays;
    @JsonProperty
    @JsonPropertyDescription("Whether every award must name a registered attester (default false); absent: unchanged")
    private Boolean attesterRequired;
    @JsonProperty
    @JsonPropertyDescription("Days a pending contribution may wait for approval, 1-365 (default 14); absent: unchanged")
    private Integer pendingExpiryDays;

    private PolicyRequest() {
    }

    /** @return an empty builder */
    public static Builder builder() { return new Builder(); }
    public int pointsExpiryMonths() { return pointsExpiryMonths; }
    public int maxContributionAgeDays() { return maxContributionAgeDays; }
    public Integer maxConsentDays() { return maxConsentDays; }
    public Boolean attesterRequired() { return attesterRequired; }
    public Integer pendingExpiryDays() { return pendingExpiryDays; }

    /** Builds a {@link PolicyRequest}; not thread-safe, the built request is. */
    public static final class Builder {
        private final PolicyRequest r = new PolicyRequest();

        private Builder() {
        }

        /** Required: months after which unspent points expire; 0 = never (default 24). */
        public Builder pointsExpiryMonths(int v) { r.pointsExpiryMonths = v; return this; }

        /** Required: oldest contribution that may still be awarded, in days (default 30). */
        public Builder maxContributionAgeDays(int v) { r.maxContributionAgeDays = v; return this; }

        /** Optional: longest lifetime of a consent granted in the community, in days from its grant, 1-3650 (default 365); absent: unchanged. */
        public Builder maxConsentDays(Integer v) { r.maxConsentDays = v; return this; }

        /** Optional: whether every award must name a registered attester (default false); absent: unchanged. */
        public Builder attesterRequired(Boolean v) { r.attesterRequired = v; return this; }

        /** Optional: days a pending contribution may wait for approval, 1-365 (default 14); absent: unchanged. */
        public Builder pendingExpiryDays(Integer v) { r.pendingExpiryDays = v; return this; }

        /**
         * Builds the request.
         *
         * @return the immutable request
         * @throws IllegalStateException if maxContributionAgeDays is not positive
         */
        public PolicyRequest build() {
            Checks.requirePositive(r.maxContributionAgeDays, "maxContributionAgeDays");
            return copy(r);
        }
    }
}
