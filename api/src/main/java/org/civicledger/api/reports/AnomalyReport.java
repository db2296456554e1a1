package org.civicledger.api.reports;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import java.util.List;
import org.civicledger.api.WireValue;

/** The anomalies of a period, each traced to its transactions. */
@JsonClassDescription("Answer of GET /api/v1/reports/anomalies: apps, attesters and exchange points far above their "
        + "community's median, and residents at a daily cap every day; each with its transactions.")
public final class AnomalyReport extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("How current the report is") private ReadModelAsOf asOf;
    @JsonProperty(required = true) @JsonPropertyDescription("Start of the period (included)") private Instant from;
    @JsonProperty(required = true) @JsonPropertyDescription("End of the period (excluded)") private Instant to;
    @JsonProperty @JsonPropertyDescription("The community, when the report covers one") private String communityId;
    @JsonProperty(required = true)
    @JsonPropertyDescription("The multiple of the median above which a measure is an anomaly") private int multiple;
    @JsonProperty(required = true)
    @JsonPropertyDescription("The fewest days at the cap that make a CAPPED_RESIDENT finding") private int capDays;
    @JsonProperty(required = true)
    @JsonPropertyDescription("The findings, by community, kind, then most striking first")
    private List<AnomalyFinding> findings;

    private AnomalyReport() {
    }

    public ReadModelAsOf asOf() { return asOf; }
    public Instant from() { return from; }
    public Instant to() { return to; }
    public String communityId() { return communityId; }
    public int multiple() { return multiple; }
    public int capDays() { return capDays; }
    public List<AnomalyFinding> findings() { return findings; }
}
