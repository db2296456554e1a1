package org.civicledger.api.disputes;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import org.civicledger.api.WireValue;

/** One dispute a DisputeOverdue event recorded OVERDUE. */
@JsonClassDescription("One dispute a DisputeOverdue event recorded OVERDUE.")
public final class OverdueNotice extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The dispute") private String disputeId;
    @JsonProperty(required = true) @JsonPropertyDescription("The resident") private String residentId;
    @JsonProperty(required = true) @JsonPropertyDescription("When it was due") private Instant dueBy;
    @JsonProperty(required = true) @JsonPropertyDescription("What it is about") private DisputeTargetType targetType;

    private OverdueNotice() {
    }

    public String disputeId() { return disputeId; }
    public String residentId() { return residentId; }
    public Instant dueBy() { return dueBy; }
    public DisputeTargetType targetType() { return targetType; }
}
