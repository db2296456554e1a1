package org.civicledger.gateway.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of one batch item, in the request's order. */
@Schema(name = "BatchItemResult",
        description = "The outcome of one batch item, in the request's order.")
public record BatchItemResult(
        @Schema(description = "The item's contribution id") String contributionId,
        @Schema(description = "AWARDED, ALREADY_AWARDED (a replay) or FAILED", required = true,
                enumeration = {"AWARDED", "ALREADY_AWARDED", "FAILED"}) String status,
        @Schema(description = "Points awarded (unless FAILED)") Long points,
        @Schema(description = "Balance after the award (unless FAILED)") Long balance,
        @Schema(description = "Transaction of the award (unless FAILED)") String txId,
        @Schema(description = "Block of that transaction (unless FAILED)") Long blockNumber,
        @Schema(description = "The problem code (when FAILED), as in the Problem schema") String code,
        @Schema(description = "Why it failed (when FAILED)") String detail) {
}
