package org.civicledger.gateway.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answer of {@code POST /api/v1/redemptions}: 201 for a new redemption, 200 for a replay. */
@Schema(name = "RedemptionResult",
        description = "Answer of POST /api/v1/redemptions: 201 for a new redemption, 200 for a replay.")
public record RedemptionResult(
        @Schema(description = "The redemption", required = true) String redemptionId,
        @Schema(description = "The resident", required = true) String residentId,
        @Schema(description = "The merchant (the caller)", required = true) String merchantId,
        @Schema(description = "Points spent", required = true) long points,
        @Schema(description = "The resident's available balance after", required = true) long balance,
        @Schema(description = "Transaction of the redemption", required = true) String txId,
        @Schema(description = "Block of that transaction", required = true) long blockNumber) {
}
