package org.civicledger.gateway.api.schema;

import java.util.List;
import org.civicledger.api.credit.Band;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Answer of {@code POST /api/v1/credit-checks}: the explained score and the product's terms; every 200 is a
 * transaction on the resident's query log.
 */
@Schema(name = "CreditCheckResult",
        description = "Answer of POST /api/v1/credit-checks: the explained score and the product's terms; every 200 is "
                + "a transaction on the resident's query log.")
public record CreditCheckResult(
        @Schema(description = "The resident", required = true) String residentId,
        @Schema(description = "The score, 0-1000", required = true) int score,
        @Schema(description = "The score band, A best", required = true) Band band,
        @Schema(description = "The score's range", required = true) ScoreRange range,
        @Schema(description = "Why the score is what it is", required = true) List<ScoreReason> reasons,
        @Schema(description = "Version of the score model", required = true) long modelVersion,
        @Schema(description = "The ledger state the score was computed on", required = true) AsOf asOf,
        @Schema(description = "The product checked", required = true) String productId,
        @Schema(description = "The purpose", required = true) String purpose,
        @Schema(description = "The consent that allowed the check", required = true) String consentId,
        @Schema(description = "Whether the band is eligible for the product", required = true) boolean eligible,
        @Schema(description = "Largest loan for the band, in fen (when eligible)") Long maxAmountFen,
        @Schema(description = "Rate discount for the band (when eligible)") Integer rateDiscountBps,
        @Schema(description = "The bank's idempotency id, when the request had one") String checkId,
        @Schema(description = "Transaction of the check", required = true) String txId,
        @Schema(description = "Block of that transaction", required = true) long blockNumber) {
}
