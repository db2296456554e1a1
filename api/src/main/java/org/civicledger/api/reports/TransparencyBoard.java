package org.civicledger.api.reports;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.civicledger.api.WireValue;

@JsonClassDescription("Answer of GET /api/v1/reports/communities/{communityId}/transparency: a community's public "
        + "aggregates per month, anonymised (no resident, app or attester appears; small cells are suppressed).")
public final class TransparencyBoard extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The community") private String communityId;
    @JsonProperty(required = true) @JsonPropertyDescription("First month, YYYY-MM (UTC)") private String from;
    @JsonProperty(required = true) @JsonPropertyDescription("Last month, YYYY-MM (UTC), included") private String to;
    @JsonProperty(required = true) @JsonPropertyDescription("The fewest distinct residents a published cell counts")
    private int anonymityThreshold;
    @JsonProperty(required = true) @JsonPropertyDescription("Every month of the period, oldest first")
    private List<TransparencyFigures> months;
    @JsonProperty(required = true) @JsonPropertyDescription("The whole period's figures (the months' totals)")
    private TransparencyFigures period;
    @JsonProperty(required = true) @JsonPropertyDescription("How far the read model had followed the ledger")
    private ReadModelAsOf asOf;

    private TransparencyBoard() {
    }

    public String communityId() { return communityId; }
    public String from() { return from; }
    public String to() { return to; }
    public int anonymityThreshold() { return anonymityThreshold; }
    public List<TransparencyFigures> months() { return months; }
    public TransparencyFigures period() { return period; }
    public ReadModelAsOf asOf() { return asOf; }
}
