package org.civicledger.gateway.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The range of the score. */
@Schema(name = "ScoreRange",
        description = "The range of the score.")
public record ScoreRange(
        @Schema(description = "Lowest score (0)", required = true) int min,
        @Schema(description = "Highest score (1000)", required = true) int max) {
}
