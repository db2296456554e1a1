package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WireValue;

@JsonClassDescription("One factor of the score model: what it measured and the points it earned of its maximum.")
public final class ScoreFactor extends WireValue {
    @JsonProperty(required = true)
    @JsonPropertyDescription("The factor, e.g. CONTRIBUTION_VOLUME, ACTIVE_MONTHS, DIVERSITY, TENURE, REVERSALS")
    private String factor;
    @JsonProperty(required = true)
    @JsonPropertyDescription("What it measured over the last 12 months (credit points, months, categories, "
            + "reversals) or since enrolment (months)")
    private long measure;
    @JsonProperty(required = true) @JsonPropertyDescription("Points earned") private int points;
    @JsonProperty(required = true) @JsonPropertyDescription("The factor's maximum points") private int maxPoints;

    private ScoreFactor() {
    }

    public String factor() { return factor; }
    public long measure() { return measure; }
    public int points() { return points; }
    public int maxPoints() { return maxPoints; }
}
