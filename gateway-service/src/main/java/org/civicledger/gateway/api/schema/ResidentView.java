package org.civicledger.gateway.api.schema;

import org.civicledger.api.community.ResidentStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A resident: {@code GET /api/v1/residents/{residentId}}, and the answer to enrolment and status changes (with
 * {@code txId} and {@code blockNumber}).
 */
@Schema(name = "ResidentView",
        description = "A resident: GET /api/v1/residents/{residentId}, and the answer to enrolment and status changes "
                + "(with txId and blockNumber).")
public record ResidentView(
        @Schema(description = "Pseudonymous resident id (keyed hash of the external reference)", required = true)
        String residentId,
        @Schema(description = "The resident's community", required = true) String communityId,
        @Schema(description = "The resident's public key (base64), if registered") String publicKey,
        @Schema(description = "ACTIVE, or SUSPENDED (can neither earn nor redeem)", required = true)
        ResidentStatus status,
        @Schema(description = "Why the status was last changed") String statusReason,
        @Schema(description = "When the resident was enrolled (ISO-8601 UTC)", required = true) String enrolledAt,
        @Schema(description = "Transaction of the write", required = true) String txId,
        @Schema(description = "Block of that transaction (on the answer to a write)") Long blockNumber) {
}
