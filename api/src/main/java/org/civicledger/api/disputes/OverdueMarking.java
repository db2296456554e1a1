package org.civicledger.api.disputes;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.civicledger.api.Limits;
import org.civicledger.api.WireValue;

/** The answer to POST /api/v1/disputes/overdue: the disputes this call recorded OVERDUE. */
@JsonClassDescription("The answer to POST /api/v1/disputes/overdue: the disputes this call recorded OVERDUE "
        + "(at most " + Limits.MAX_OVERDUE_MARKED + "), oldest due first; more = true when past-due open "
        + "disputes are left: call again.")
public final class OverdueMarking extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The disputes marked OVERDUE by this call")
    private List<Dispute> marked;
    @JsonProperty(required = true) @JsonPropertyDescription("Whether past-due open disputes are left to mark")
    private boolean more;
    @JsonProperty @JsonPropertyDescription("Transaction of the marking; absent when nothing was marked (nothing "
            + "was written)") private String txId;
    @JsonProperty @JsonPropertyDescription("Block of that transaction") private Long blockNumber;

    private OverdueMarking() {
    }

    public List<Dispute> marked() { return marked; }
    public boolean more() { return more; }
    public String txId() { return txId; }
    public Long blockNumber() { return blockNumber; }
}
