package org.civicledger.gateway.api.schema;

import org.civicledger.api.disputes.DisputeStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dispute: the answer to filing (status OPEN) and resolving, and an item of {@code GET /api/v1/disputes}. */
@Schema(name = "DisputeView",
        description = "A dispute: the answer to filing (status OPEN) and resolving, and an item of GET "
                + "/api/v1/disputes.")
public record DisputeView(
        @Schema(description = "The dispute", required = true) String disputeId,
        @Schema(description = "The resident", required = true) String residentId,
        @Schema(description = "The resident's community", required = true) String communityId,
        @Schema(description = "The disputed transaction", required = true) String targetTxId,
        @Schema(description = "Why", required = true) String reason,
        @Schema(description = "OPEN, UPHELD or REJECTED", required = true) DisputeStatus status,
        @Schema(description = "When it was filed", required = true) String filedAt,
        @Schema(description = "When it must be resolved by: 20 days after filing", required = true) String dueBy,
        @Schema(description = "The resolution, once resolved") DisputeResolution resolution,
        @Schema(description = "Transaction of the filing", required = true) String txId,
        @Schema(description = "Block of the write (on the answer to a write)") Long blockNumber) {
}
