package org.civicledger.gateway.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A consent as granted (answer of {@code POST /api/v1/consents}). */
@Schema(name = "ConsentView",
        description = "A consent as granted (answer of POST /api/v1/consents).")
public record ConsentView(
        @Schema(description = "The consent", required = true) String consentId,
        @Schema(description = "The resident", required = true) String residentId,
        @Schema(description = "The resident's community", required = true) String communityId,
        @Schema(description = "The bank", required = true) String bankId,
        @Schema(description = "What for", required = true) String purpose,
        @Schema(description = "Until when", required = true) String expiresAt,
        @Schema(description = "Whether the resident's signature was verified", required = true) boolean signed,
        @Schema(description = "When it was granted", required = true) String grantedAt,
        @Schema(description = "When it was revoked, if it was") String revokedAt,
        @Schema(description = "Transaction of the grant", required = true) String txId,
        @Schema(description = "Block of that transaction", required = true) long blockNumber) {
}
