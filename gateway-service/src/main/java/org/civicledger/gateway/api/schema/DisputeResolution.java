package org.civicledger.gateway.api.schema;

import org.civicledger.api.disputes.DisputeStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a dispute was resolved. */
@Schema(name = "DisputeResolution",
        description = "How a dispute was resolved.")
public record DisputeResolution(
        @Schema(description = "UPHELD or REJECTED", required = true) DisputeStatus outcome,
        @Schema(description = "What was checked", required = true) String note,
        @Schema(description = "Who resolved it", required = true) String by,
        @Schema(description = "When", required = true) String at,
        @Schema(description = "Transaction of the resolution", required = true) String txId,
        @Schema(description = "Points reversed by an upheld dispute on an award") Long reversedPoints) {
}
