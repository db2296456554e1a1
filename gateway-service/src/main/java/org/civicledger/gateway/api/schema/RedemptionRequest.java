package org.civicledger.gateway.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/redemptions}; same-id rules as contributions. */
@Schema(name = "RedemptionRequest",
        description = "Body of POST /api/v1/redemptions; same-id rules as contributions.")
public record RedemptionRequest(
        @Schema(description = "Client-chosen id, scoped to the merchant; "
                + "makes the redemption idempotent", required = true)
        String redemptionId,
        @Schema(description = "The resident who spends", required = true) String residentId,
        @Schema(description = "Points to spend (positive)", required = true) long points,
        @Schema(description = "What the points buy", required = true) String item) {
}
