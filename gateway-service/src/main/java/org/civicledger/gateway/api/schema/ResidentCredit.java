package org.civicledger.gateway.api.schema;

import java.util.List;
import org.civicledger.api.credit.Band;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answer of {@code GET /api/v1/residents/{residentId}/credit}: the resident's own view of their score. */
@Schema(name = "ResidentCredit",
        description = "Answer of GET /api/v1/residents/{residentId}/credit: the resident's own view of their score.")
public record ResidentCredit(
        @Schema(description = "The resident", required = true) String residentId,
        @Schema(description = "The score, 0-1000", required = true) int score,
        @Schema(description = "The score band, A best", required = true) Band band,
        @Schema(description = "The score's range", required = true) ScoreRange range,
        @Schema(description = "Why the score is what it is", required = true) List<ScoreReason> reasons,
        @Schema(description = "Version of the score model", required = true) long modelVersion,
        @Schema(description = "The ledger state the score was computed on", required = true) AsOf asOf) {
}
