package org.civicledger.api.credit;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Instant;
import java.util.Map;
import org.civicledger.api.WireValue;

/** How a community's bands would move from the model in force to another version; nothing is written. */
@JsonClassDescription("Bands of a community's residents under the model in force (before) and under the evaluated "
        + "version (after), and the moves between them (moved[from][to]), for one page of at most "
        + "Limits.MAX_EVALUATION_RESIDENTS (200) resident records; with nextCursor, ask again for the next page and "
        + "add the counts.")
public final class ScoreModelEvaluation extends WireValue {
    @JsonProperty(required = true) @JsonPropertyDescription("The evaluated version") private long version;
    @JsonProperty(required = true) @JsonPropertyDescription("The version in force") private long baseVersion;
    @JsonProperty(required = true) @JsonPropertyDescription("The community") private String communityId;
    @JsonProperty(required = true) @JsonPropertyDescription("The community's residents on this page")
    private int residents;
    @JsonProperty(required = true) @JsonPropertyDescription("Residents per band under the model in force")
    private Map<String, Integer> before;
    @JsonProperty(required = true) @JsonPropertyDescription("Residents per band under the evaluated version")
    private Map<String, Integer> after;
    @JsonProperty(required = true) @JsonPropertyDescription("Residents per band before, then per band after")
    private Map<String, Map<String, Integer>> moved;
    @JsonProperty @JsonPropertyDescription("The next page's cursor; absent on the last page") private String nextCursor;
    @JsonProperty(required = true) @JsonPropertyDescription("The time the scores were computed at")
    private Instant asOf;

    private ScoreModelEvaluation() {
    }

    public long version() { return version; }
    public long baseVersion() { return baseVersion; }
    public String communityId() { return communityId; }
    public int residents() { return residents; }
    public Map<String, Integer> before() { return before; }
    public Map<String, Integer> after() { return after; }
    public Map<String, Map<String, Integer>> moved() { return moved; }
    public String nextCursor() { return nextCursor; }
    public Instant asOf() { return asOf; }
}
