package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.civicledger.api.WireValue;

/** The explained score: the resident's own view, and the first part of a bank's {@link CreditCheck}. */
@JsonClassDescription("Answer of GET /api/v1/residents/{residentId}/credit: the resident's own view of their "
        + "score, computed on committed state; writes nothing.")
public class CreditScore extends WireValue {
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
    @JsonProperty(required = true) @JsonPropertyDescription("The ledger state the score was computed on")
    private AsOf asOf;

    /** For {@link CreditCheck}. */
    CreditScore() {
    }

    public final String residentId() { return residentId; }
    public final int score() { return score; }
    public final Band band() { return band; }
    public final ScoreRange range() { return range; }
    public final List<ScoreReason> reasons() { return reasons; }
    public final List<ScoreFactor> factors() { return factors; }
    public final long modelVersion() { return modelVersion; }
    public final AsOf asOf() { return asOf; }
}
