package org.civicledger.gateway.api.schema;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One server-sent event of {@code GET /api/v1/events} (the event's data; its SSE id is {@code block:tx}). */
@Schema(name = "Event",
        description = "One server-sent event of GET /api/v1/events (the event's data; its SSE id is block:tx).")
public record Event(
        @Schema(description = "PointsAwarded, PointsRedeemed, ContributionReversed, ConsentGranted, "
                + "ConsentRevoked, CreditChecked, DisputeFiled or DisputeResolved", required = true)
        String type,
        @Schema(description = "The transaction that emitted it", required = true) String txId,
        @Schema(description = "Its block", required = true) long blockNumber,
        @Schema(description = "The chaincode event's fields (residentId, communityId, points...)", required = true)
        Map<String, Object> payload) {
}
