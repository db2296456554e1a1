package org.civicledger.api.points;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import org.civicledger.api.WriteResult;

@JsonClassDescription("Answer of POST /api/v1/redemptions: 201 for a new redemption, 200 for a replay.")
public final class Redemption extends WriteResult {
    @JsonProperty(required = true) @JsonPropertyDescription("The redemption") private String redemptionId;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident") private String residentId;
    @JsonProperty(required = true) @JsonPropertyDescription("The merchant (the caller)") private String merchantId;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident's community") private String communityId;
    @JsonProperty(required = true) @JsonPropertyDescription("Points spent") private long points;
    @JsonProperty(required = true) @JsonPropertyDescription("What the points bought") private String item;
    @JsonProperty @JsonPropertyDescription("The item's value in fen (0.01 CNY), when the merchant declared it")
    private Long valueFen;
    @JsonProperty(required = true) @JsonPropertyDescription("When (the transaction's time)") private Instant at;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident's available balance after")
    private long balance;

    private Redemption() {
    }

    public String redemptionId() { return redemptionId; }
    public String residentId() { return residentId; }
    public String merchantId() { return merchantId; }
    public String communityId() { return communityId; }
    public long points() { return points; }
    public String item() { return item; }
    public Long valueFen() { return valueFen; }
    public Instant at() { return at; }
    public long balance() { return balance; }
}
