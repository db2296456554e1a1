package org.civicledger.gateway.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/credit-checks} (BANK); needs the resident's valid consent for the purpose. */
@Schema(name = "CreditCheckRequest",
        description = "Body of POST /api/v1/credit-checks (BANK); needs the resident's valid consent for the purpose.")
public record CreditCheckRequest(
        @Schema(description = "The resident", required = true) String residentId,
        @Schema(description = "One of the bank's loan products", required = true) String productId,
        @Schema(description = "The purpose the consent names", required = true) String purpose) {
}
