package org.civicledger.api.disputes;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import org.civicledger.api.WireValue;

/** A dispute: the answer to filing (status OPEN) and resolving, and an item of GET /api/v1/disputes. */
@JsonClassDescription("A dispute: the answer to filing (status OPEN) and resolving, and an item of GET "
        + "/api/v1/disputes.")
public final class Dispute extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The dispute")
    private String disputeId;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident")
    private String residentId;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident's community")
    private String communityId;
    @JsonProperty(required = true) @JsonPropertyDescription("The disputed transaction")
    private String targetTxId;
    @JsonProperty(required = true) @JsonPropertyDescription("Why")
    private String reason;
    @JsonProperty(required = true) @JsonPropertyDescription("OPEN, UPHELD or REJECTED")
    private DisputeStatus status;
    @JsonProperty(required = true) @JsonPropertyDescription("When it was filed")
    private Instant filedAt;
    @JsonProperty(required = true) @JsonPropertyDescription("When it must be resolved by: 20 days after filing")
    private Instant dueBy;
    @JsonProperty @JsonPropertyDescription("The resolution, once resolved")
    private DisputeResolution resolution;
    @JsonProperty(required = true) @JsonPropertyDescription("Transaction of the filing")
    private String txId;
    @JsonProperty @JsonPropertyDescription("Block of the write (on the answer to a write)")
    private Long blockNumber;

    private Dispute() {
    }

    public String disputeId() { return disputeId; }

    public String residentId() { return residentId; }

    public String communityId() { return communityId; }

    public String targetTxId() { return targetTxId; }

    public String reason() { return reason; }

    public DisputeStatus status() { return status; }

    public Instant filedAt() { return filedAt; }

    public Instant dueBy() { return dueBy; }

    public DisputeResolution resolution() { return resolution; }

    public String txId() { return txId; }

    public Long blockNumber() { return blockNumber; }
}
