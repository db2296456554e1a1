package org.civicledger.gateway.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/disputes/{disputeId}/resolution} (ADMIN); UPHELD on an award reverses it. */
@Schema(name = "DisputeResolutionRequest",
        description = "Body of POST /api/v1/disputes/{disputeId}/resolution (ADMIN); UPHELD on an award reverses it.")
public record DisputeResolutionRequest(
        @Schema(description = "UPHELD or REJECTED", required = true, enumeration = {"UPHELD", "REJECTED"})
        String outcome,
        @Schema(description = "What was checked", required = true) String note) {
}
