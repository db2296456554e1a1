package org.civicledger.api.points;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WriteResult;

/** Answer of POST /api/v1/settlements. */
@JsonClassDescription("Answer of POST /api/v1/settlements.")
public final class Settlement extends WriteResult {
    @JsonProperty(required = true) @JsonPropertyDescription("The settlement")
    private String settlementId;
    @JsonProperty(required = true) @JsonPropertyDescription("The merchant")
    private String merchantId;
    @JsonProperty(required = true) @JsonPropertyDescription("Points settled")
    private long points;
    @JsonProperty(required = true) @JsonPropertyDescription("Redemptions settled")
    private int redemptionCount;

    private Settlement() {
    }

    public String settlementId() { return settlementId; }

    public String merchantId() { return merchantId; }

    public long points() { return points; }

    public int redemptionCount() { return redemptionCount; }
}
