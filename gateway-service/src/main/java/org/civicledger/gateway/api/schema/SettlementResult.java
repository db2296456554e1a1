package org.civicledger.gateway.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answer of {@code POST /api/v1/settlements}. */
@Schema(name = "SettlementResult",
        description = "Answer of POST /api/v1/settlements.")
public record SettlementResult(
        @Schema(description = "The settlement", required = true) String settlementId,
        @Schema(description = "The merchant", required = true) String merchantId,
        @Schema(description = "Points settled", required = true) long points,
        @Schema(description = "Redemptions settled", required = true) int redemptionCount,
        @Schema(description = "Transaction of the settlement", required = true) String txId,
        @Schema(description = "Block of that transaction", required = true) long blockNumber) {
}
