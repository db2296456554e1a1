package org.civicledger.gateway.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answer of {@code POST /api/v1/contributions}: 201 for a new award, 200 with the original result for a replay. */
@Schema(name = "AwardResult",
        description = "Answer of POST /api/v1/contributions: 201 for a new award, 200 with the original result for a "
                + "replay.")
public record AwardResult(
        @Schema(description = "The contribution", required = true) String contributionId,
        @Schema(description = "The resident", required = true) String residentId,
        @Schema(description = "Points awarded", required = true) long points,
        @Schema(description = "The resident's available balance after the award", required = true) long balance,
        @Schema(description = "Transaction of the award", required = true) String txId,
        @Schema(description = "Block of that transaction", required = true) long blockNumber) {
}
