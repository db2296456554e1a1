package org.civicledger.gateway.api.schema;

import org.civicledger.api.community.ResidentStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/residents/{residentId}/status}. */
@Schema(name = "ResidentStatusRequest",
        description = "Body of POST /api/v1/residents/{residentId}/status.")
public record ResidentStatusRequest(
        @Schema(description = "The new status", required = true) ResidentStatus status,
        @Schema(description = "Why (kept on the ledger)", required = true) String reason) {
}
