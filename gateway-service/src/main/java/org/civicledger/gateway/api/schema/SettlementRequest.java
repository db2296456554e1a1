package org.civicledger.gateway.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/settlements}: settles everything the merchant has not yet been settled for. */
@Schema(name = "SettlementRequest",
        description = "Body of POST /api/v1/settlements: settles everything the merchant has not yet been settled for.")
public record SettlementRequest(
        @Schema(description = "Client-chosen id, scoped to the community; "
                + "makes the settlement idempotent", required = true)
        String settlementId,
        @Schema(description = "The merchant to settle", required = true) String merchantId) {
}
