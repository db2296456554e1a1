package org.civicledger.gateway.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/contributions/{contributionId}/reversal}. */
@Schema(name = "ReversalRequest",
        description = "Body of POST /api/v1/contributions/{contributionId}/reversal.")
public record ReversalRequest(
        @Schema(description = "Why the award is reversed (kept on the ledger)", required = true) String reason) {
}
