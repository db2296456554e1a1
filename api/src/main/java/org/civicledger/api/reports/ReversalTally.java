package org.civicledger.api.reports;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WireValue;

/** The reversals one admin decided in a period (directly, or by upholding a dispute). */
@JsonClassDescription("The awards one member reversed in the period: directly, or by upholding a dispute.")
public final class ReversalTally extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The community") private String communityId;
    @JsonProperty
    @JsonPropertyDescription("Who decided (the member's ledger identity; absent on reversals recorded before it was "
            + "kept)")
    private String decidedBy;
    @JsonProperty(required = true) @JsonPropertyDescription("Reversals") private long reversals;
    @JsonProperty(required = true) @JsonPropertyDescription("Points taken back") private long reversedPoints;
    @JsonProperty(required = true) @JsonPropertyDescription("Of them, reversals by upholding a dispute")
    private long byDispute;

    private ReversalTally() {
    }

    public String communityId() { return communityId; }
    public String decidedBy() { return decidedBy; }
    public long reversals() { return reversals; }
    public long reversedPoints() { return reversedPoints; }
    public long byDispute() { return byDispute; }
}
