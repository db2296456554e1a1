package org.civicledger.gateway.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/loan-products} (BANK). */
@Schema(name = "LoanProductRequest",
        description = "Body of POST /api/v1/loan-products (BANK).")
public record LoanProductRequest(
        @Schema(description = "The bank's product id", required = true) String productId,
        @Schema(description = "Name shown to residents", required = true) String name,
        @Schema(description = "Whether a check needs a consent signed by the resident", required = true)
        boolean requireSignedConsent,
        @Schema(description = "Terms per score band", required = true) LoanBands bands) {
}
