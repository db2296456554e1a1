package org.civicledger.api.points;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import org.civicledger.api.WireValue;

@JsonClassDescription("Answer of POST /api/v1/contributions/{contributionId}/reversal: the points taken back and "
        + "the balance after. A contribution is reversed once; reversing it again is INVALID_STATE.")
public final class Reversal extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The reversed contribution") private String contributionId;
    @JsonProperty(required = true) @JsonPropertyDescription("Points taken back") private long reversedPoints;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Points already spent or expired, which could not be taken back")
    private long unrecoveredPoints;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident's available balance after the reversal")
    private long balance;
    @JsonProperty(required = true) @JsonPropertyDescription("Why") private String reason;
    @JsonProperty(required = true) @JsonPropertyDescription("The admin who reversed it") private String by;
    @JsonProperty(required = true) @JsonPropertyDescription("When (the transaction's time)") private Instant at;
    @JsonProperty(required = true) @JsonPropertyDescription("Transaction of the reversal") private String txId;
    @JsonProperty(required = true) @JsonPropertyDescription("Block of that transaction") private long blockNumber;
    @JsonProperty @JsonPropertyDescription("The named attester of the contribution, when there is one")
    private String attesterId;

    private Reversal() {
    }

    public String contributionId() { return contributionId; }
    public long reversedPoints() { return reversedPoints; }
    public long unrecoveredPoints() { return unrecoveredPoints; }
    public long balance() { return balance; }
    public String reason() { return reason; }
    public String by() { return by; }
    public Instant at() { return at; }
    public String txId() { return txId; }
    public long blockNumber() { return blockNumber; }
    public String attesterId() { return attesterId; }
}
