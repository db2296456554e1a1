package org.civicledger.gateway.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a resident's credit query log. */
@Schema(name = "CreditCheckLogEntry",
        description = "One entry of a resident's credit query log.")
public record CreditCheckLogEntry(
        @Schema(description = "The bank that checked", required = true) String bankId,
        @Schema(description = "The product", required = true) String productId,
        @Schema(description = "The purpose", required = true) String purpose,
        @Schema(description = "When (ISO-8601 UTC)", required = true) String at,
        @Schema(description = "Transaction of the check", required = true) String txId) {
}
