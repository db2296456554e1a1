package org.civicledger.api.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Map;
import org.civicledger.api.WriteResult;

/** One server-sent event of GET /api/v1/events (the event's data; its SSE id is block:tx). */
@JsonClassDescription("One server-sent event of GET /api/v1/events (the event's data; its SSE id is "
        + "block:tx).")
public final class LedgerEvent extends WriteResult {
    @JsonProperty(required = true)
    @JsonPropertyDescription("PointsAwarded, PointsRedeemed, ContributionReversed, ConsentGranted, ConsentRevoked, "
            + "CreditChecked, DisputeFiled or DisputeResolved")
    private String type;
    @JsonProperty(required = true)
    @JsonPropertyDescription("The chaincode event's fields (residentId, communityId, points...)")
    private Map<String, Object> payload;

    private LedgerEvent() {
    }

    public String type() { return type; }

    public Map<String, Object> payload() { return payload; }
}
