package org.civicledger.api.reports;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import org.civicledger.api.WireValue;

/** A dispute still open after the day it was due to be resolved by. */
@JsonClassDescription("A dispute still open although its dueBy has passed.")
public final class OverdueDispute extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The community") private String communityId;
    @JsonProperty(required = true) @JsonPropertyDescription("The dispute") private String disputeId;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident (pseudonymous)") private String residentId;
    @JsonProperty @JsonPropertyDescription("The disputed transaction; absent for a dispute of a resident's score, "
            + "which names none") private String targetTxId;
    @JsonProperty(required = true) @JsonPropertyDescription("When it was filed") private Instant filedAt;
    @JsonProperty(required = true) @JsonPropertyDescription("When it was due to be resolved by") private Instant dueBy;
    @JsonProperty(required = true) @JsonPropertyDescription("Whole days past dueBy") private long daysOverdue;
    @JsonProperty(required = true) @JsonPropertyDescription("The filing's transaction") private String txId;

    private OverdueDispute() {
    }

    public String communityId() { return communityId; }
    public String disputeId() { return disputeId; }
    public String residentId() { return residentId; }
    public String targetTxId() { return targetTxId; }
    public Instant filedAt() { return filedAt; }
    public Instant dueBy() { return dueBy; }
    public long daysOverdue() { return daysOverdue; }
    public String txId() { return txId; }
}
