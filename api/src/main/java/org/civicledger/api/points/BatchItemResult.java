package org.civicledger.api.points;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.ErrorCode;
import org.civicledger.api.WireValue;

@JsonClassDescription("The outcome of one batch item, in the request's order.")
public final class BatchItemResult extends WireValue {
    @JsonProperty @JsonPropertyDescription("The item's contribution id, unless it is not a valid id")
    private String contributionId;
    @JsonProperty(required = true) @JsonPropertyDescription("AWARDED, ALREADY_AWARDED (a replay), PENDING (awaiting approval) or FAILED")
    private BatchItemStatus status;
    @JsonProperty @JsonPropertyDescription("Points awarded (unless FAILED)") private Long points;
    @JsonProperty @JsonPropertyDescription("Balance after the award (unless FAILED)") private Long balance;
    @JsonProperty @JsonPropertyDescription("Transaction of the award (unless FAILED)") private String txId;
    @JsonProperty @JsonPropertyDescription("Block of that transaction (unless FAILED)") private Long blockNumber;
    @JsonProperty @JsonPropertyDescription("The problem code (when FAILED), as in the Problem schema")
    private ErrorCode code;
    @JsonProperty @JsonPropertyDescription("Why it failed (when FAILED)") private String detail;

    private BatchItemResult() {
    }

    public String contributionId() { return contributionId; }
    public BatchItemStatus status() { return status; }
    public Long points() { return points; }
    public Long balance() { return balance; }
    public String txId() { return txId; }
    public Long blockNumber() { return blockNumber; }
    public ErrorCode code() { return code; }
    public String detail() { return detail; }
}
