package org.civicledger.gateway.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published loan product. */
@Schema(name = "LoanProductView",
        description = "A published loan product.")
public record LoanProductView(
        @Schema(description = "The bank", required = true) String bankId,
        @Schema(description = "The product", required = true) String productId,
        @Schema(description = "Name shown to residents", required = true) String name,
        @Schema(description = "Whether a check needs a signed consent", required = true) boolean requireSignedConsent,
        @Schema(description = "Terms per score band", required = true) LoanBands bands,
        @Schema(description = "When it was published", required = true) String publishedAt,
        @Schema(description = "Transaction that published it", required = true) String txId,
        @Schema(description = "Block of that transaction (on the answer to a write)") Long blockNumber) {
}
