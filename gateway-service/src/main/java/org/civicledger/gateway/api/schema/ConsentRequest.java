package org.civicledger.gateway.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/consents}: a resident lets a bank check their credit for one purpose until a time. */
@Schema(name = "ConsentRequest",
        description = "Body of POST /api/v1/consents: a resident lets a bank check their credit for one purpose "
                + "until a time.")
public record ConsentRequest(
        @Schema(description = "Client-chosen id, scoped to the app's community; "
                + "makes the grant idempotent", required = true)
        String consentId,
        @Schema(description = "The resident who consents", required = true) String residentId,
        @Schema(description = "The bank that may check", required = true) String bankId,
        @Schema(description = "What for, e.g. loan", required = true) String purpose,
        @Schema(description = "Until when (ISO-8601 UTC): in the future, and at most the community's "
                + "maxConsentDays (default 365) after the grant", required = true) String expiresAt,
        @Schema(description = "base64 ECDSA-P256-SHA256 by the resident's key over the UTF-8 bytes of "
                + "consentId|residentId|bankId|purpose|expiresAt")
        String signature) {
}
