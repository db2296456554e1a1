package org.civicledger.gateway.api.schema;

import org.civicledger.api.points.HistoryType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One movement on a resident's points. */
@Schema(name = "HistoryEntry",
        description = "One movement on a resident's points; a page lists them oldest first.")
public record HistoryEntry(
        @Schema(description = "The transaction", required = true) String txId,
        @Schema(description = "AWARD, REDEMPTION, REVERSAL or EXPIRY", required = true) HistoryType type,
        @Schema(description = "Points moved", required = true) long points,
        @Schema(description = "When (ISO-8601 UTC)", required = true) String at,
        @Schema(description = "The contribution, redemption or month it concerns", required = true) String ref) {
}
