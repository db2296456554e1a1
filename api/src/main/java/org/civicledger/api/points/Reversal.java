package org.civicledger.api.points;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WriteResult;

/** Answer of a reversal: the points taken back and the balance after. */
@JsonClassDescription("Answer of a reversal: the points taken back and the balance after.")
public final class Reversal extends WriteResult {
    @JsonProperty(required = true) @JsonPropertyDescription("The reversed contribution")
    private String contributionId;
    @JsonProperty(required = true) @JsonPropertyDescription("Points taken back")
    private long reversedPoints;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Points already spent or expired, which could not be taken back")
    private long unrecoveredPoints;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident's available balance after the reversal")
    private long balance;
    @JsonProperty(required = true) @JsonPropertyDescription("Why")
    private String reason;

    private Reversal() {
    }

    public String contributionId() { return contributionId; }

    public long reversedPoints() { return reversedPoints; }

    public long unrecoveredPoints() { return unrecoveredPoints; }

    public long balance() { return balance; }

    public String reason() { return reason; }
}
