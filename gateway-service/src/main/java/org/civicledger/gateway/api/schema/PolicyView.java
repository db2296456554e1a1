package org.civicledger.gateway.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The community's policy after {@code PUT /api/v1/policy}. */
@Schema(name = "PolicyView",
        description = "The community's policy after PUT /api/v1/policy.")
public record PolicyView(
        @Schema(description = "The community", required = true) String communityId,
        @Schema(description = "Months after which unspent points expire; 0 = never", required = true)
        int pointsExpiryMonths,
        @Schema(description = "Oldest contribution that may still be awarded, in days", required = true)
        int maxContributionAgeDays,
        @Schema(description = "Longest lifetime of a consent, in days from its grant", required = true)
        int maxConsentDays,
        @Schema(description = "Transaction of the write", required = true) String txId,
        @Schema(description = "Block of that transaction", required = true) long blockNumber) {
}
