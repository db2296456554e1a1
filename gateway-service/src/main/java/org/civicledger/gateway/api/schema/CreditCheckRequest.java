package org.civicledger.gateway.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/credit-checks} (BANK); needs the resident's valid consent for the purpose. */
@Schema(name = "CreditCheckRequest",
        description = "Body of POST /api/v1/credit-checks (BANK); needs the resident's valid consent for the purpose.")
public record CreditCheckRequest(
        @Schema(description = "The bank's idempotency id for this check (optional; letters, digits, '.', '_', ':', "
                + "'-', at most 128): the same id and body again returns the original check (200) without a "
                + "second entry on the query log; the same id with another body is 409 ID_CONFLICT. Ids are "
                + "scoped to the bank. Without it every call is a new check.", maxLength = 128)
        String checkId,
        @Schema(description = "The resident", required = true) String residentId,
        @Schema(description = "One of the bank's loan products", required = true) String productId,
        @Schema(description = "The purpose the consent names", required = true) String purpose) {
}
