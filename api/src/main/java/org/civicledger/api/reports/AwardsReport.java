package org.civicledger.api.reports;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import java.util.List;
import org.civicledger.api.WireValue;

/** Who awarded what in a period: by app, by attester, and the approvals of pending contributions by decider. */
@JsonClassDescription("Answer of GET /api/v1/reports/oversight/awards: awards by app and by attester, pending "
        + "contributions, and approvals and rejections by who decided them.")
public final class AwardsReport extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("How current the report is") private ReadModelAsOf asOf;
    @JsonProperty(required = true) @JsonPropertyDescription("Start of the period (included)") private Instant from;
    @JsonProperty(required = true) @JsonPropertyDescription("End of the period (excluded)") private Instant to;
    @JsonProperty @JsonPropertyDescription("The community, when the report covers one") private String communityId;
    @JsonProperty(required = true) @JsonPropertyDescription("Awards by app, by community and app id")
    private List<AwardTally> byApp;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Awards that named an attester, by community and attester id")
    private List<AwardTally> byAttester;
    @JsonProperty(required = true) @JsonPropertyDescription("Pending contributions, by community")
    private List<PendingTally> pending;
    @JsonProperty(required = true) @JsonPropertyDescription("Approvals and rejections, by community and decider")
    private List<DecisionTally> decisions;

    private AwardsReport() {
    }

    public ReadModelAsOf asOf() { return asOf; }
    public Instant from() { return from; }
    public Instant to() { return to; }
    public String communityId() { return communityId; }
    public List<AwardTally> byApp() { return byApp; }
    public List<AwardTally> byAttester() { return byAttester; }
    public List<PendingTally> pending() { return pending; }
    public List<DecisionTally> decisions() { return decisions; }
}
