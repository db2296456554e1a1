package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.civicledger.api.WireValue;

/** Answer of GET /api/v1/residents/{residentId}/credit: the resident's own view of their score. */
@JsonClassDescription("Answer of GET /api/v1/residents/{residentId}/credit: the resident's own view of their "
        + "score.")
public final class CreditScore extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The resident")
    private String residentId;
    @JsonProperty(required = true) @JsonPropertyDescription("The score, 0-1000")
    private int score;
    @JsonProperty(required = true) @JsonPropertyDescription("The score band, A best")
    private Band band;
    @JsonProperty(required = true) @JsonPropertyDescription("The score's range")
    private ScoreRange range;
    @JsonProperty(required = true) @JsonPropertyDescription("Why the score is what it is")
    private List<ScoreReason> reasons;
    @JsonProperty(required = true) @JsonPropertyDescription("Version of the score model")
    private long modelVersion;
    @JsonProperty(required = true) @JsonPropertyDescription("The ledger state the score was computed on")
    private AsOf asOf;

    private CreditScore() {
    }

    public String residentId() { return residentId; }

    public int score() { return score; }

    public Band band() { return band; }

    public ScoreRange range() { return range; }

    public List<ScoreReason> reasons() { return reasons; }

    public long modelVersion() { return modelVersion; }

    public AsOf asOf() { return asOf; }
}
