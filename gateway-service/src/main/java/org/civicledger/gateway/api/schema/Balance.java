package org.civicledger.gateway.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answer of {@code GET /api/v1/residents/{residentId}/balance}. */
@Schema(name = "Balance",
        description = "Answer of GET /api/v1/residents/{residentId}/balance.")
public record Balance(
        @Schema(description = "The resident", required = true) String residentId,
        @Schema(description = "Points that may be redeemed now", required = true) long available,
        @Schema(description = "All points ever awarded", required = true) long earnedTotal,
        @Schema(description = "All points redeemed", required = true) long spentTotal,
        @Schema(description = "All points expired", required = true) long expiredTotal,
        @Schema(description = "All points taken back by reversals", required = true) long reversedTotal) {
}
