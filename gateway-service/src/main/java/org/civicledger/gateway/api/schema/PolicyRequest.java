package org.civicledger.gateway.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PUT /api/v1/policy}, for the caller's community. */
@Schema(name = "PolicyRequest",
        description = "Body of PUT /api/v1/policy, for the caller's community.")
public record PolicyRequest(
        @Schema(description = "Months after which unspent points expire; 0 = never (default 24)", required = true)
        int pointsExpiryMonths,
        @Schema(description = "Oldest contribution that may still be awarded, in days (default 30)", required = true)
        int maxContributionAgeDays,
        @Schema(description = "Longest lifetime of a consent granted in the community, in days from its grant, "
                + "1-3650 (default 365); absent: unchanged", minimum = "1", maximum = "3650")
        Integer maxConsentDays) {
}
