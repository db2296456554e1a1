package org.civicledger.gateway.api.schema;

import org.civicledger.api.community.Category;
import org.civicledger.api.community.Unit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/activity-types}: a kind of contribution the community rewards. */
@Schema(name = "ActivityTypeRequest",
        description = "Body of POST /api/v1/activity-types: a kind of contribution the community rewards.")
public record ActivityTypeRequest(
        @Schema(description = "Id of the activity type within the community, e.g. volunteer-hour", required = true)
        String activityType,
        @Schema(description = "What kind of civic contribution it is", required = true) Category category,
        @Schema(description = "Points per unit of quantity (positive)", required = true) long pointsPerUnit,
        @Schema(description = "What one unit of quantity counts", required = true) Unit unit,
        @Schema(description = "Most points one resident may earn from it per day (positive)", required = true)
        long dailyCapPoints,
        @Schema(description = "Weight of these points in the credit score, in percent", required = true)
        int creditWeight) {
}
