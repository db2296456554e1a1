package org.civicledger.gateway.api.schema;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The committed ledger state a score was computed on. */
@Schema(name = "AsOf",
        description = "The committed ledger state a score was computed on.")
public record AsOf(
        @Schema(description = "Last block included", required = true) long blockNumber,
        @Schema(description = "Time of the computation (ISO-8601 UTC)", required = true) String time) {
}
