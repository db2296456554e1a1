package org.civicledger.gateway.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One redemption on a merchant statement. */
@Schema(name = "StatementLine",
        description = "One redemption on a merchant statement.")
public record StatementLine(
        @Schema(description = "The redemption", required = true) String redemptionId,
        @Schema(description = "The resident", required = true) String residentId,
        @Schema(description = "Points spent", required = true) long points,
        @Schema(description = "What the points bought", required = true) String item,
        @Schema(description = "When (ISO-8601 UTC)", required = true) String at,
        @Schema(description = "Transaction of the redemption", required = true) String txId,
        @Schema(description = "Whether a settlement has paid it", required = true) boolean settled) {
}
