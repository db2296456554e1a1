package org.civicledger.gateway.api.schema;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answer of {@code GET /api/v1/merchants/{merchantId}/statement}. */
@Schema(name = "MerchantStatement",
        description = "Answer of GET /api/v1/merchants/{merchantId}/statement.")
public record MerchantStatement(
        @Schema(description = "The merchant", required = true) String merchantId,
        @Schema(description = "Redemptions in the period", required = true) List<StatementLine> redemptions,
        @Schema(description = "Points of those redemptions", required = true) long totalPoints,
        @Schema(description = "Points not yet settled", required = true) long unsettledPoints) {
}
