package org.civicledger.api.reports;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import java.util.List;
import org.civicledger.api.WireValue;

/** Who reversed awards and resolved disputes in a period, and which disputes are overdue. */
@JsonClassDescription("Answer of GET /api/v1/reports/oversight/decisions: reversals and dispute resolutions by "
        + "who decided them, and the disputes still open past their dueBy.")
public final class DecisionsReport extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("How current the report is") private ReadModelAsOf asOf;
    @JsonProperty(required = true) @JsonPropertyDescription("Start of the period (included)") private Instant from;
    @JsonProperty(required = true) @JsonPropertyDescription("End of the period (excluded)") private Instant to;
    @JsonProperty @JsonPropertyDescription("The community, when the report covers one") private String communityId;
    @JsonProperty(required = true) @JsonPropertyDescription("Reversals in the period, by community and decider")
    private List<ReversalTally> reversals;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Disputes resolved in the period, by community and who resolved them")
    private List<DisputeTally> disputes;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Disputes open now whose dueBy passed before the end of the period (and before now), "
            + "most overdue first; at most the report row limit")
    private List<OverdueDispute> overdue;
    @JsonProperty(required = true) @JsonPropertyDescription("How many disputes are overdue in all")
    private long overdueCount;

    private DecisionsReport() {
    }

    public ReadModelAsOf asOf() { return asOf; }
    public Instant from() { return from; }
    public Instant to() { return to; }
    public String communityId() { return communityId; }
    public List<ReversalTally> reversals() { return reversals; }
    public List<DisputeTally> disputes() { return disputes; }
    public List<OverdueDispute> overdue() { return overdue; }
    public long overdueCount() { return overdueCount; }
}
