package org.civicledger.api.points;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import java.util.List;
import org.civicledger.api.WriteResult;

@JsonClassDescription("Answer of POST /api/v1/settlements: 201 for a new settlement, 200 with the original "
        + "result for a replay.")
public final class Settlement extends WriteResult {
    @JsonProperty(required = true) @JsonPropertyDescription("The settlement") private String settlementId;
    @JsonProperty(required = true) @JsonPropertyDescription("The merchant") private String merchantId;
    @JsonProperty(required = true) @JsonPropertyDescription("Points settled") private long points;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Value settled in fen (0.01 CNY): the sum of the redemptions' declared values (a "
            + "redemption without one counts 0)")
    private long valueFen;
    @JsonProperty(required = true) @JsonPropertyDescription("The merchant's community") private String communityId;
    @JsonProperty(required = true) @JsonPropertyDescription("How many redemptions were settled")
    private int redemptionCount;
    @JsonProperty(required = true) @JsonPropertyDescription("The redemptions settled")
    private List<String> redemptionIds;
    @JsonProperty(required = true) @JsonPropertyDescription("The admin who settled") private String settledBy;
    @JsonProperty(required = true) @JsonPropertyDescription("When (the transaction's time)") private Instant at;

    private Settlement() {
    }

    public String settlementId() { return settlementId; }
    public String merchantId() { return merchantId; }
    public long points() { return points; }
    public long valueFen() { return valueFen; }
    public String communityId() { return communityId; }
    public int redemptionCount() { return redemptionCount; }
    public List<String> redemptionIds() { return redemptionIds; }
    public String settledBy() { return settledBy; }
    public Instant at() { return at; }
}
