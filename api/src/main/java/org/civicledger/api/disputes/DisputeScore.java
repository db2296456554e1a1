package org.civicledger.api.disputes;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.civicledger.api.WireValue;
import org.civicledger.api.credit.Band;

/** A resident's score as a dispute of the score records it: at filing, and recomputed when upheld. */
@JsonClassDescription("A resident's score as a SCORE dispute records it: at filing (scoreAtFiling, "
        + "resolution.scoreBefore) and recomputed with the model in force when upheld (resolution.scoreAfter).")
public final class DisputeScore extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The score, 0-1000") private int score;
    @JsonProperty(required = true) @JsonPropertyDescription("Its band") private Band band;
    @JsonProperty(required = true) @JsonPropertyDescription("The score model version that computed it")
    private long modelVersion;

    private DisputeScore() {
    }

    public int score() { return score; }
    public Band band() { return band; }
    public long modelVersion() { return modelVersion; }
}
