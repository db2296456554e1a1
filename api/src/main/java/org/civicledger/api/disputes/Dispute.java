package org.civicledger.api.disputes;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.Instant;
import org.civicledger.api.Wire;
import org.civicledger.api.WireValue;

/**
 * A resident's dispute of a points transaction, a suspension, a credit check or their score: the answer to filing (status OPEN) and to resolving (with
 * the transaction and block of that write), and an item of the list.
 */
@JsonClassDescription("A dispute: the answer to filing (status OPEN; 201, or 200 with the original result for a "
        + "replay) and to resolving (200), and an item of GET /api/v1/disputes.")
public final class Dispute extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The dispute") private String disputeId;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident") private String residentId;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident's community") private String communityId;
    @JsonProperty @JsonPropertyDescription("The disputed transaction (absent for a SCORE dispute)")
    private String targetTxId;
    @JsonProperty(required = true) @JsonPropertyDescription("What is disputed: the kind of points transaction, "
            + "SUSPENSION, CREDIT_CHECK or SCORE")
    private DisputeTargetType targetType;
    @JsonProperty
    @JsonPropertyDescription("The record the transaction wrote: the contribution, redemption... id; the bank of a "
            + "CREDIT_CHECK; absent for SUSPENSION and SCORE") private String targetRef;
    @JsonProperty(required = true) @JsonPropertyDescription("Why") private String reason;
    @JsonProperty(required = true) @JsonPropertyDescription("OPEN; OVERDUE once past dueBy unresolved (read at "
            + "the reading transaction's time); then the resolution's outcome")
    private DisputeStatus status;
    @JsonProperty(required = true) @JsonPropertyDescription("The app that filed it") private String filedBy;
    @JsonProperty(required = true) @JsonPropertyDescription("When it was filed") private Instant filedAt;
    @JsonProperty(required = true) @JsonPropertyDescription("When it must be resolved by: 20 days after filing")
    private Instant dueBy;
    @JsonProperty @JsonPropertyDescription("The resolution, once resolved") private DisputeResolution resolution;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Transaction of the filing; on the answer to a resolution, of the resolution")
    private String txId;
    @JsonProperty @JsonPropertyDescription("Block of that transaction (on the answer to a write)")
    private Long blockNumber;
    @JsonProperty @JsonPropertyDescription("The attester of the disputed contribution, when it has one")
    private String attesterId;
    @JsonProperty @JsonPropertyDescription("A SCORE dispute: the resident's score when it was filed")
    private DisputeScore scoreAtFiling;
    @JacksonInject(value = Wire.REPLAYED, useInput = OptBoolean.FALSE)
    private boolean replayed;

    private Dispute() {
    }

    public String disputeId() { return disputeId; }
    public String residentId() { return residentId; }
    public String communityId() { return communityId; }
    public String targetTxId() { return targetTxId; }
    public DisputeTargetType targetType() { return targetType; }
    public String targetRef() { return targetRef; }
    public String reason() { return reason; }
    public DisputeStatus status() { return status; }
    public String filedBy() { return filedBy; }
    public Instant filedAt() { return filedAt; }
    public Instant dueBy() { return dueBy; }
    public DisputeResolution resolution() { return resolution; }
    public String txId() { return txId; }
    public Long blockNumber() { return blockNumber; }
    public String attesterId() { return attesterId; }
    public DisputeScore scoreAtFiling() { return scoreAtFiling; }

    /**
     * On the answer to a filing: whether it is the original result of the same filing sent before (HTTP 200 rather
     * than 201); not a property on the wire. A resolution is answered 200 either way, so only a filing's answer tells.
     *
     * @return whether nothing new was filed
     */
    public boolean replayed() { return replayed; }
}
