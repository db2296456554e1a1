package org.civicledger.api.reports;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WireValue;

@JsonClassDescription("One published aggregate and the residents behind it. A suppressed cell has no value, "
        + "valueFen, cny or residents: it counts fewer residents than the anonymity threshold, or it was hidden "
        + "so that another suppressed cell cannot be computed from the published ones (docs/API.md, Reports).")
public final class ReportCell extends WireValue {
    @JsonProperty @JsonPropertyDescription("Points (or, for activeResidents, residents); absent when suppressed")
    private Long value;
    @JsonProperty @JsonPropertyDescription("Redemption cells only: the value of the items in fen; absent when "
            + "suppressed")
    private Long valueFen;
    @JsonProperty @JsonPropertyDescription("Redemption cells only: valueFen in CNY, e.g. \"12.50\"; absent when "
            + "suppressed")
    private String cny;
    @JsonProperty @JsonPropertyDescription("Distinct residents behind the value; absent when suppressed")
    private Long residents;
    @JsonProperty(required = true) @JsonPropertyDescription("Whether the cell is withheld") private boolean suppressed;

    private ReportCell() {
    }

    public Long value() { return value; }
    public Long valueFen() { return valueFen; }
    public String cny() { return cny; }
    public Long residents() { return residents; }
    public boolean suppressed() { return suppressed; }
}
