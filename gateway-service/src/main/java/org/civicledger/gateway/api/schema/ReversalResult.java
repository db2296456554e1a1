package org.civicledger.gateway.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answer of a reversal: the points taken back and the balance after. */
@Schema(name = "ReversalResult",
        description = "Answer of a reversal: the points taken back and the balance after.")
public record ReversalResult(
        @Schema(description = "The reversed contribution", required = true) String contributionId,
        @Schema(description = "Points taken back", required = true) long reversedPoints,
        @Schema(description = "Points already spent or expired, which could not be taken back", required = true)
        long unrecoveredPoints,
        @Schema(description = "The resident's available balance after the reversal", required = true) long balance,
        @Schema(description = "Why", required = true) String reason,
        @Schema(description = "Transaction of the reversal", required = true) String txId,
        @Schema(description = "Block of that transaction", required = true) long blockNumber) {
}
