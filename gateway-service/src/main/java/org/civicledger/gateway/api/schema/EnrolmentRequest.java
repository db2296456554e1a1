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
        @Schema(description = "The resident's real-world identifier. Normalised before it is hashed: an unpaired "
                + "surrogate is refused; then Unicode NFKC; then any control (Cc), format (Cf, e.g. U+200B "
                + "zero-width space) or unassigned code point is refused; then space separators (Zs, Zl, Zp) are "
                + "removed at both ends; 1-256 code points must remain. So full-width digits or a trailing space "
                + "give the same residentId as the plain reference.", required = true,
                maxLength = 256)
        String externalRef,
        @Schema(description = "The resident's ECDSA P-256 public key, X.509 SubjectPublicKeyInfo, base64")
        String publicKey) {
}
