package org.civicledger.gateway.api.schema;

import org.civicledger.api.community.Category;
import org.civicledger.api.community.Unit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An activity type as the ledger holds it; the answer of {@code POST /api/v1/activity-types} also carries the
 * write's {@code txId} and {@code blockNumber}.
 */
@Schema(name = "ActivityTypeView",
        description = "An activity type as the ledger holds it; the answer of POST /api/v1/activity-types also carries "
                + "the write's txId and blockNumber.")
public record ActivityTypeView(
        @Schema(description = "The community that defined it", required = true) String communityId,
        @Schema(description = "Id of the activity type within the community", required = true) String activityType,
        @Schema(description = "What kind of civic contribution it is", required = true) Category category,
        @Schema(description = "Points per unit of quantity", required = true) long pointsPerUnit,
        @Schema(description = "What one unit of quantity counts", required = true) Unit unit,
        @Schema(description = "Most points one resident may earn from it per day", required = true) long dailyCapPoints,
        @Schema(description = "Weight of these points in the credit score, in percent", required = true)
        int creditWeight,
        @Schema(description = "When it was defined (ISO-8601 UTC)", required = true) String definedAt,
        @Schema(description = "Transaction that defined it", required = true) String txId,
        @Schema(description = "Block of that transaction (on the answer to a write)") Long blockNumber) {
}
