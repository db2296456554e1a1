package org.civicledger.gateway.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One reason for the score, in plain words. */
@Schema(name = "ScoreReason",
        description = "One reason for the score, in plain words.")
public record ScoreReason(
        @Schema(description = "Stable reason code", required = true) String code,
        @Schema(description = "The reason, for the resident", required = true) String text) {
}
