package org.civicledger.api.reports;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WireValue;

/** The pending contributions one coordinator or admin decided in a period. */
@JsonClassDescription("The pending contributions one decider (an ADMIN or COORDINATOR) approved or rejected in the "
        + "period.")
public final class DecisionTally extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The community") private String communityId;
    @JsonProperty(required = true) @JsonPropertyDescription("Who decided (the member's ledger identity)")
    private String decidedBy;
    @JsonProperty(required = true) @JsonPropertyDescription("Contributions approved") private long approved;
    @JsonProperty(required = true) @JsonPropertyDescription("Points paid by those approvals")
    private long approvedPoints;
    @JsonProperty(required = true) @JsonPropertyDescription("Contributions rejected") private long rejected;

    private DecisionTally() {
    }

    public String communityId() { return communityId; }
    public String decidedBy() { return decidedBy; }
    public long approved() { return approved; }
    public long approvedPoints() { return approvedPoints; }
    public long rejected() { return rejected; }
}
