package org.civicledger.api.points;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import org.civicledger.api.WireValue;

@JsonClassDescription("Answer of POST /api/v1/contributions/{contributionId}/rejection: the pending contribution "
        + "is REJECTED, nothing paid. Deciding it again is INVALID_STATE.")
public final class Rejection extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The rejected contribution") private String contributionId;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident") private String residentId;
    @JsonProperty(required = true) @JsonPropertyDescription("REJECTED") private ContributionStatus status;
    @JsonProperty(required = true) @JsonPropertyDescription("Why (kept on the ledger)") private String reason;
    @JsonProperty(required = true) @JsonPropertyDescription("The COORDINATOR or ADMIN who rejected it")
    private String rejectedBy;
    @JsonProperty(required = true) @JsonPropertyDescription("When (the transaction's time)") private Instant at;
    @JsonProperty @JsonPropertyDescription("The named attester of the contribution, when there is one")
    private String attesterId;
    @JsonProperty(required = true) @JsonPropertyDescription("Transaction of the rejection") private String txId;
    @JsonProperty(required = true) @JsonPropertyDescription("Block of that transaction") private long blockNumber;

    private Rejection() {
    }

    public String contributionId() { return contributionId; }
    public String residentId() { return residentId; }
    public ContributionStatus status() { return status; }
    public String reason() { return reason; }
    public String rejectedBy() { return rejectedBy; }
    public Instant at() { return at; }
    public String attesterId() { return attesterId; }
    public String txId() { return txId; }
    public long blockNumber() { return blockNumber; }
}
