package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.civicledger.api.WireValue;

/**
 * An explained score's parts, the same wherever a score is shown: a resident's own view and a bank's check
 * ({@link CreditScore}), and the score a check logged ({@link LoggedScore}); each says what state it was computed on.
 */
public abstract class ExplainedScore extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The resident") private String residentId;
    @JsonProperty(required = true) @JsonPropertyDescription("The score, 0-1000") private int score;
    @JsonProperty(required = true) @JsonPropertyDescription("The score band, A best") private Band band;
    @JsonProperty(required = true) @JsonPropertyDescription("The score's range") private ScoreRange range;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Why the score is not higher: the factors that lost the most points, at most four, "
            + "largest loss first")
    private List<ScoreReason> reasons;
    @JsonProperty(required = true)
    @JsonPropertyDescription("Each factor of the model: what it measured and the points it earned")
    private List<ScoreFactor> factors;
    @JsonProperty(required = true) @JsonPropertyDescription("Version of the score model") private long modelVersion;
    /** For the scores. */
    ExplainedScore() {
    }

    public final String residentId() { return residentId; }
    public final int score() { return score; }
    public final Band band() { return band; }
    public final ScoreRange range() { return range; }
    public final List<ScoreReason> reasons() { return reasons; }
    public final List<ScoreFactor> factors() { return factors; }
    public final long modelVersion() { return modelVersion; }
}
