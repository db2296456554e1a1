package org.civicledger.api.points;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import org.civicledger.api.WireValue;

@JsonClassDescription("One redemption on a merchant statement.")
public final class StatementLine extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The redemption") private String redemptionId;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident") private String residentId;
    @JsonProperty(required = true) @JsonPropertyDescription("Points spent") private long points;
    @JsonProperty(required = true) @JsonPropertyDescription("What the points bought") private String item;
    @JsonProperty @JsonPropertyDescription("The item's value in fen (0.01 CNY), when the merchant declared it")
    private Long valueFen;
    @JsonProperty(required = true) @JsonPropertyDescription("When (ISO-8601 UTC)") private Instant at;
    @JsonProperty(required = true) @JsonPropertyDescription("Transaction of the redemption") private String txId;
    @JsonProperty(required = true) @JsonPropertyDescription("Whether a settlement has paid it") private boolean settled;

    private StatementLine() {
    }

    public String redemptionId() { return redemptionId; }
    public String residentId() { return residentId; }
    public long points() { return points; }
    public String item() { return item; }
    public Long valueFen() { return valueFen; }
    public Instant at() { return at; }
    public String txId() { return txId; }
    public boolean settled() { return settled; }
}
