package org.civicledger.gateway.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /api/v1/residents}. The gateway turns {@code externalRef} into {@code residentId} with a keyed
 * hash and never stores, logs or returns it.
 */
@Schema(name = "EnrolmentRequest",
        description = "Body of POST /api/v1/residents. The gateway turns externalRef into residentId with a keyed hash "
                + "and never stores, logs or returns it.")
public record EnrolmentRequest(
        @Schema(description = "The resident's real-world identifier, 1-256 characters", required = true)
        String externalRef,
        @Schema(description = "The resident's ECDSA P-256 public key, X.509 SubjectPublicKeyInfo, base64")
        String publicKey) {
}
