package org.civicledger.gateway.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/disputes} (APP, for one of its residents). */
@Schema(name = "DisputeRequest",
        description = "Body of POST /api/v1/disputes (APP, for one of its residents).")
public record DisputeRequest(
        @Schema(description = "Client-chosen id, scoped to the app's community; "
                + "makes the filing idempotent", required = true)
        String disputeId,
        @Schema(description = "The resident who disputes", required = true) String residentId,
        @Schema(description = "The disputed transaction (an award, redemption...)", required = true) String targetTxId,
        @Schema(description = "Why", required = true) String reason) {
}
