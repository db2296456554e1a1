package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WireValue;

@JsonClassDescription("The range of the score.")
public final class ScoreRange extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("Lowest score (0)") private int min;
    @JsonProperty(required = true) @JsonPropertyDescription("Highest score (1000)") private int max;

    private ScoreRange() {
    }

    public int min() { return min; }
    public int max() { return max; }
}
