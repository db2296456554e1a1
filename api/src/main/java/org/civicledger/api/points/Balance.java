package org.civicledger.api.points;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WireValue;

@JsonClassDescription("Answer of GET /api/v1/residents/{residentId}/balance.")
public final class Balance extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The resident") private String residentId;
    @JsonProperty(required = true) @JsonPropertyDescription("Points that may be redeemed now") private long available;
    @JsonProperty(required = true) @JsonPropertyDescription("All points ever awarded") private long earnedTotal;
    @JsonProperty(required = true) @JsonPropertyDescription("All points redeemed") private long spentTotal;
    @JsonProperty(required = true) @JsonPropertyDescription("All points expired") private long expiredTotal;
    @JsonProperty(required = true) @JsonPropertyDescription("All points taken back by reversals")
    private long reversedTotal;

    private Balance() {
    }

    public String residentId() { return residentId; }
    public long available() { return available; }
    public long earnedTotal() { return earnedTotal; }
    public long spentTotal() { return spentTotal; }
    public long expiredTotal() { return expiredTotal; }
    public long reversedTotal() { return reversedTotal; }
}
