package org.civicledger.gateway.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A loan product's terms for one score band. */
@Schema(name = "LoanTerms",
        description = "A loan product's terms for one score band.")
public record LoanTerms(
        @Schema(description = "Largest loan, in fen", required = true) long maxAmountFen,
        @Schema(description = "Rate discount, in basis points", required = true) int rateDiscountBps) {
}
